import { useEffect, useRef, useState } from 'react';
import type { ValidateOptions } from '@/lib/schema/validate-partners';
import type { Table } from '@/lib/partners-file/table';
import type { Changes } from '../lib/changes';
import type { SheetCheck } from '../lib/check-sheet';

interface Checked {
  seq: number;
  check: SheetCheck;
  changes: Changes;
}
import { useStudioStore } from '../stores/studio-store';

/** The sheet checked and diffed off the main thread after each edit; `current` is false while pending. */
export function useSheetCheck(
  options: ValidateOptions,
  deployed: Table | undefined,
): { check: SheetCheck | null; changes: Changes | null; current: boolean } {
  const header = useStudioStore((s) => s.header);
  const rows = useStudioStore((s) => s.rows);
  const worker = useRef<Worker | null>(null);
  const sent = useRef(0);
  const sentDeployed = useRef<Table | undefined>(undefined);
  const [result, setResult] = useState<Checked | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    const w = new Worker(new URL('../lib/check-sheet.worker.ts', import.meta.url), {
      type: 'module',
    });
    w.onmessage = (e: MessageEvent<Checked>) => {
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
    const timer = setTimeout(() => {
      const fresh = deployed !== sentDeployed.current ? deployed : undefined;
      sentDeployed.current = deployed;
      worker.current?.postMessage({ seq, table: { header, rows }, options, deployed: fresh });
    }, 120);
    return () => clearTimeout(timer);
  }, [header, rows, options, deployed]);

  return {
    check: result?.check ?? null,
    changes: result?.changes ?? null,
    current: result !== null && result.seq === asked,
  };
}
