import { useEffect, useRef, useState } from 'react';

const MIN_INTERVAL_MS = 1000;

/** The app's one polite live region; it speaks at most once a second, always the latest message. */
export function LiveRegion({ announcement }: { announcement: { text: string; at: number } }) {
  const [text, setText] = useState('');
  const last = useRef(0);
  useEffect(() => {
    if (!announcement.text) return;
    const wait = Math.max(0, last.current + MIN_INTERVAL_MS - Date.now());
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      setText(announcement.text);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [announcement]);
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {text}
    </div>
  );
}
