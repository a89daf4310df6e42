import { contentLangOf } from '@/lib/i18n/languages';
import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@/api/config';
import { usePartners } from '@/hooks/use-partners';
import { useUiStore } from '@/stores/ui-store';
import { useDeployed } from '../hooks/use-deployed';
import { useLeaveGuard } from '../hooks/use-leave-guard';
import { usePreviewData } from '../hooks/use-preview-data';
import { useProblemText } from '../hooks/use-problem-text';
import { useSheetCheck } from '../hooks/use-sheet-check';
import { STUDIO_NS } from '../lib/studio-i18n';
import { useStudioStore, type StudioTab } from '../stores/studio-store';
import { ChangeSummary } from './change-summary';
import { DownloadBar } from './download-bar';
import { PlacePartner } from './place-partner';
import { PreviewMode, usePreviewModeInForce } from './preview-mode';
import { ProblemList, type ShownProblem } from './problem-list';
import { SheetGrid } from './sheet-grid';
import { StartPanel } from './start-panel';
import { StudioTabs } from './studio-tabs';
import './studio.css';

interface Props {
  /** The real map, legend, timeline and details (the app shell); it shows the edited rows. */
  preview: ReactNode;
}

/** `?mode=studio`: load a sheet, fix it row by row, preview it on the real map, download it. */
export function StudioView({ preview }: Props) {
  const { t } = useTranslation(STUDIO_NS);
  const config = useConfig();
  // The published file, as loaded before the preview replaced its partners in the query cache.
  const loadedFile = usePartners().file;
  const [dataFile] = useState(loadedFile);
  // A staff view: vi or en only (the content language of any interface language).
  const lang = useUiStore((s) => contentLangOf(s.lang));
  const deployed = useDeployed(dataFile);
  const tab = useStudioStore((s) => s.tab);
  const header = useStudioStore((s) => s.header);
  const rows = useStudioStore((s) => s.rows);
  const readProblems = useStudioStore((s) => s.readProblems);
  const [page, setPage] = useState(0);
  // The map app mounts in a background render the first time, in slices that keep the page responsive.
  const previewed = useDeferredValue(useStudioStore((s) => s.previewed));
  const options = useMemo(
    () => ({
      fieldIds: config.fields.map((f) => f.id) as [string, ...string[]],
      maxBytes: config.maxDataBytes,
    }),
    [config],
  );
  const { check, changes, current } = useSheetCheck(options);
  const { text } = useProblemText();
  useLeaveGuard();
  usePreviewModeInForce(tab === 'preview' && previewed);

  // Start from the published data until the user opens something else.
  useEffect(() => {
    const s = useStudioStore.getState();
    if (deployed.data && s.header.length === 0) s.load(deployed.data.table, null);
  }, [deployed.data]);

  const shown = useMemo(() => {
    const nameAt = header.indexOf(`name_${lang}`);
    const idAt = header.indexOf('id');
    const all = [...readProblems, ...(check?.problems ?? [])];
    const line = (p: (typeof all)[number]): ShownProblem => {
      if (p.row === undefined) return { text: t('problems.sheet', { text: text(p) }) };
      const cells = rows[p.row - 2];
      const name = cells?.[nameAt] || cells?.[idAt] || p.id || '—';
      return { row: p.row, text: t('problems.row', { row: p.row, name, text: text(p) }) };
    };
    const problems = all.map(line);
    const byRow = new Map<number, string[]>();
    const invalid = new Set<string>();
    all.forEach((p, i) => {
      if (p.row === undefined) return;
      byRow.set(p.row, [...(byRow.get(p.row) ?? []), problems[i]?.text ?? '']);
      invalid.add(`${p.row}:${String(p.params.column ?? '')}`);
    });
    const warnings = (check?.warnings ?? []).map(line);
    return { problems, warnings, byRow, invalid };
  }, [check, readProblems, rows, header, lang, t, text]);

  const changeCount = changes
    ? changes.added.length + changes.changed.length + changes.removed.length
    : 0;
  const partners = check?.partners;
  usePreviewData(config, dataFile, partners, tab === 'preview');
  const tabs: [StudioTab, string][] = [
    ['sheet', t('tabs.sheet')],
    ['preview', t('tabs.preview')],
    ['changes', t('tabs.changes', { count: changeCount })],
  ];

  return (
    <div className="studio">
      <section className="studio-bar" aria-labelledby="studio-title">
        <h1 id="studio-title">{t('title')}</h1>
        <p className="studio-hint">{t('intro')}</p>
        <button
          type="button"
          className="text-button"
          lang={lang === 'vi' ? 'en' : 'vi'}
          onClick={() => useUiStore.getState().setLang(lang === 'vi' ? 'en' : 'vi')}
        >
          {t('lang')}
        </button>
        <StudioTabs tabs={tabs} />
      </section>
      {tab !== 'preview' && (
        <main className="studio-main">
          <div id="studio-panel" role="tabpanel" aria-labelledby={`studio-tab-${tab}`}>
            {tab === 'sheet' && (
              <>
                <StartPanel deployed={deployed.data?.table} />
                <ProblemList
                  problems={shown.problems}
                  warnings={shown.warnings}
                  checking={!current}
                />
                <DownloadBar check={check} current={current} />
                <SheetGrid
                  problems={shown.byRow}
                  invalid={shown.invalid}
                  page={page}
                  setPage={setPage}
                />
              </>
            )}
            {tab === 'changes' && changes && <ChangeSummary changes={changes} lang={lang} />}
          </div>
        </main>
      )}
      {previewed && (
        // Not a labelled tabpanel: it holds the app's own banner and main landmarks. Hidden by
        // content-visibility (out of the a11y tree and tab order), it keeps its styles and layout, so
        // showing it again does not lay out the app anew (`inert` or `hidden` would restyle it all).
        <div className={tab === 'preview' ? 'studio-preview' : 'studio-preview is-hidden'}>
          <section className="studio-preview-bar" aria-label={t('preview.label')}>
            <PreviewMode />
            <PlacePartner />
            <p className="studio-hint">{t('preview.note', { count: partners?.length ?? 0 })}</p>
          </section>
          {preview}
        </div>
      )}
    </div>
  );
}
