import { useEffect } from 'react';

/** Ctrl/⌘ + key: print, save, find (and find next), reload, open file, view source, page zoom. */
const BLOCKED_WITH_CTRL = new Set(['p', 's', 'f', 'g', 'r', 'o', 'u', '+', '=', '-', '_', '0']);
/** Alone: reload, find next, caret browsing, history back and forward keys. */
const BLOCKED_KEYS = new Set(['F3', 'F5', 'F7', 'BrowserBack', 'BrowserForward', 'BrowserRefresh']);

export function isEscapeKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) {
  if (BLOCKED_KEYS.has(e.key)) return true;
  if ((e.ctrlKey || e.metaKey) && BLOCKED_WITH_CTRL.has(e.key.toLowerCase())) return true;
  // Alt + ← / → : history back and forward.
  return e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight');
}

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, [contenteditable="true"]');

/**
 * Kiosk: no way out through the page. Shortcuts a page can stop are prevented on keydown; page
 * pinch-zoom, ctrl+wheel zoom, long-press menus, image drag and text selection do nothing (the
 * map keeps its own pinch: it handles touches itself). Overscroll is off in kiosk.css.
 */
export function useNoEscape() {
  useEffect(() => {
    const prevent = (e: Event) => e.preventDefault();
    const onKey = (e: KeyboardEvent) => isEscapeKey(e) && e.preventDefault();
    const onWheel = (e: WheelEvent) => e.ctrlKey && e.preventDefault();
    const onTouchMove = (e: TouchEvent) => {
      const onMap = e.target instanceof Element && e.target.closest('.maplibregl-canvas-container');
      if (e.touches.length > 1 && !onMap) e.preventDefault();
    };
    const onSelect = (e: Event) => !editable(e.target) && e.preventDefault();
    const options = { capture: true, passive: false } as const;
    const listeners: [EventTarget, string, EventListener][] = [
      [window, 'keydown', onKey as EventListener],
      [window, 'wheel', onWheel as EventListener],
      [document, 'touchmove', onTouchMove as EventListener],
      [document, 'gesturestart', prevent],
      [window, 'contextmenu', prevent],
      [window, 'dragstart', prevent],
      [document, 'selectstart', onSelect],
    ];
    for (const [target, type, fn] of listeners) target.addEventListener(type, fn, options);
    return () => {
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn, options);
    };
  }, []);
}
