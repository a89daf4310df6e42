import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render: `first` at once, then `step` more each frame, so a list
 * of thousands is built over several short tasks instead of one long one. Short lists render whole.
 */
export function useGrowingCount(total: number, first = 200, step = 250): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setCount((c) => c + step));
    return () => cancelAnimationFrame(frame);
  }, [count, total, step]);
  return Math.min(count, total);
}
