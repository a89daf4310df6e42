import { useEffect } from 'react';

const VARS = ['--map-top', '--map-right', '--map-bottom', '--map-left', '--map-height'] as const;

/**
 * Publishes where the map region sits as CSS variables on the root, so panels drawn in a portal
 * (the partner details) can sit inside the map's box and leave the header, dock and timeline free.
 */
export function useMapBox(selector: string, layoutKey: string) {
  useEffect(() => {
    const el = document.querySelector(selector);
    if (!el) return;
    const root = document.documentElement.style;
    const write = () => {
      const r = el.getBoundingClientRect();
      const values = [
        r.top,
        window.innerWidth - r.right,
        window.innerHeight - r.bottom,
        r.left,
        r.height,
      ];
      VARS.forEach((name, i) => root.setProperty(name, `${Math.round(values[i] ?? 0)}px`));
    };
    write();
    const observer = new ResizeObserver(write);
    observer.observe(el);
    observer.observe(document.documentElement);
    window.addEventListener('resize', write);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', write);
    };
  }, [selector, layoutKey]);
}
