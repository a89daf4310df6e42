import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches;
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore((notify) => {
    const mq = matchMedia(QUERY);
    mq.addEventListener('change', notify);
    return () => mq.removeEventListener('change', notify);
  }, prefersReducedMotion);
}
