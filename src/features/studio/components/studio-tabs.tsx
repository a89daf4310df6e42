import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STUDIO_NS } from '../lib/studio-i18n';
import { useStudioStore, type StudioTab } from '../stores/studio-store';

/** The studio's three steps as tabs (arrow keys move between them). */
export function StudioTabs({ tabs }: { tabs: [StudioTab, string][] }) {
  const { t } = useTranslation(STUDIO_NS);
  const tab = useStudioStore((s) => s.tab);
  const setTab = useStudioStore((s) => s.setTab);
  const onKey = (e: KeyboardEvent) => {
    const at = tabs.findIndex(([id]) => id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(at + step + tabs.length) % tabs.length]?.[0];
    if (!next) return;
    setTab(next);
    document.getElementById(`studio-tab-${next}`)?.focus();
  };
  return (
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- the tabs inside take focus
    <div role="tablist" aria-label={t('tabs.label')} className="studio-tabs" onKeyDown={onKey}>
      {tabs.map(([id, label]) => (
        <button
          key={id}
          id={`studio-tab-${id}`}
          type="button"
          role="tab"
          aria-selected={tab === id}
          aria-controls={id === 'preview' ? undefined : 'studio-panel'}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => setTab(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
