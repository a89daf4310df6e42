import { useEffect } from 'react';
import { useStudioStore } from '../stores/studio-store';

/** Leaving the page with changes not yet downloaded asks first. */
export function useLeaveGuard() {
  const dirty = useStudioStore((s) => s.dirty);
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
}
