import { useEffect } from 'react';
import { useConfig } from '@/api/config';
import { useModeProfile } from '@/hooks/use-mode-profile';
import type { TourStep } from '@/lib/tour/tour';
import { useUiStore } from '@/stores/ui-store';
import { applyTourStep } from './use-tour';

/** True when a focused widget should get the key itself: text boxes, the slider, selects. */
export function focusedWidgetWants(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select, [role="slider"]'))
    return true;
  // Buttons and links keep Space and Enter.
  return (
    (key === ' ' || key === 'Enter') &&
    Boolean(target.closest('button, a, summary, [role="button"]'))
  );
}

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Moves the tour by `delta` steps (clamped) and shows the step. */
export function stepTour(delta: number, steps: readonly TourStep[]) {
  const store = useUiStore.getState();
  const index = Math.min(steps.length - 1, Math.max(0, store.tourIndex + delta));
  const step = steps[index];
  if (!step) return;
  store.setTourIndex(index);
  applyTourStep(step);
}

/** Clicker and keyboard control for presenters: → ← PageDown PageUp, Space, 1–9, 0, B or ., L, R, F. */
export function usePresenterKeys(steps: readonly TourStep[]) {
  const config = useConfig();
  const enabled = useModeProfile().presenterKeys;
  useEffect(() => {
    if (!enabled) return;
    const go = (delta: number) => stepTour(delta, steps);
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (focusedWidgetWants(e.target, e.key)) return;
      const store = useUiStore.getState();
      if (store.dialog && store.dialog !== 'help') return;
      const key = e.key;
      const fieldIds = config.fields.map((f) => f.id);
      let handled = true;
      if (key === 'ArrowRight' || key === 'PageDown') go(1);
      else if (key === 'ArrowLeft' || key === 'PageUp') go(-1);
      else if (key === ' ') store.setPlaying(!store.playing);
      else if (/^[1-9]$/.test(key)) {
        const field = fieldIds[Number(key) - 1];
        if (field) store.setFields([field]);
      } else if (key === '0') store.setFields(null);
      else if (key === 'b' || key === 'B' || key === '.') store.setBlackout(!store.blackout);
      else if (key === 'l' || key === 'L') store.setLang(store.lang === 'vi' ? 'en' : 'vi');
      else if (key === 'r' || key === 'R') store.resetToHome();
      else if (key === 'f' || key === 'F') toggleFullscreen();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, config, steps]);
}
