import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyPart } from '@/components/ui/lazy-part';
import './numbers.css';
import { withStrings } from '@/i18n/i18n';

// Loaded on first open: the first view does not need it.
const NumbersPanel = lazy(withStrings(() => import('./numbers-panel'), 'numbers', 'comparison'));

export function NumbersSection() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="numbers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="section-heading">{t('numbers.title')}</summary>
      {open && (
        <LazyPart>
          <NumbersPanel />
        </LazyPart>
      )}
    </details>
  );
}
