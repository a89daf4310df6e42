import { useEffect, useRef, useState } from 'react';
import type { ValidateOptions } from '@/lib/schema/validate-partners';
import type { Changes } from '../lib/changes';
import type { SheetCheck } from '../lib/check-sheet';
import { checkTable, type Checked } from '../lib/sheet-client';
import { useStudioStore } from '../stores/studio-store';

/** The sheet checked and diffed off the main thread after each edit; `current` is false while pending. */
export function useSheetCheck(options: ValidateOptions): {
  check: SheetCheck | null;
  changes: Changes | null;
  current: boolean;
} {
  const header = useStudioStore((s) => s.header);
  const rows = useStudioStore((s) => s.rows);
  const latest = useRef(0);
  // The answer with the rows it was asked for: it is current while the sheet still holds them.
  const [result, setResult] = useState<(Checked & { rows: unknown; header: unknown }) | null>(null);

  useEffect(() => {
    if (header.length === 0) return;
    const ask = ++latest.current;
    // Typing sends one check per pause, not one per key.
    const timer = setTimeout(() => {
      void checkTable({ header, rows }, options).then((checked) => {
        if (ask === latest.current) setResult({ ...checked, rows, header });
      });
    }, 120);
    return () => clearTimeout(timer);
  }, [header, rows, options]);

  return {
    check: result?.check ?? null,
    changes: result?.changes ?? null,
    current: result !== null && result.rows === rows && result.header === header,
  };
}
