import { useEffect, useRef, useState } from 'react';
import type { ValidateOptions } from '@/lib/schema/validate-partners';
import type { SheetCheck } from '../lib/check-sheet';
import { useStudioStore } from '../stores/studio-store';

/** The sheet checked off the main thread after each edit; `current` is false while a check is pending. */
export function useSheetCheck(options: ValidateOptions): {
  check: SheetCheck | null;
  current: boolean;
} {
  const header = useStudioStore((s) => s.header);
  const rows = useStudioStore((s) => s.rows);
  const worker = useRef<Worker | null>(null);
  const sent = useRef(0);
  const [result, setResult] = useState<{ seq: number; check: SheetCheck } | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    const w = new Worker(new URL('../lib/check-sheet.worker.ts', import.meta.url), {
      type: 'module',
    });
    w.onmessage = (e: MessageEvent<{ seq: number; check: SheetCheck }>) => {
      if (e.data.seq === sent.current) setResult(e.data);
    };
    worker.current = w;
    return () => w.terminate();
  }, []);

  useEffect(() => {
    if (header.length === 0) return;
    const seq = ++sent.current;
    setAsked(seq);
    // Typing sends one check per pause, not one per key.
    const timer = setTimeout(
      () => worker.current?.postMessage({ seq, table: { header, rows }, options }),
      120,
    );
    return () => clearTimeout(timer);
  }, [header, rows, options]);

  return { check: result?.check ?? null, current: result !== null && result.seq === asked };
}
