import { useEffect } from 'react';
import { contextLosses } from '../lib/context-losses';

/** Counts WebGL context losses from the first frame, for self-healing and the operator view. */
export function useContextLosses() {
  useEffect(() => {
    // webglcontextlost does not bubble; a capturing listener on the document still sees it.
    const onLost = () => contextLosses.push(performance.now());
    document.addEventListener('webglcontextlost', onLost, true);
    return () => document.removeEventListener('webglcontextlost', onLost, true);
  }, []);
}
