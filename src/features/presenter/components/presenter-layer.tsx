import { useTranslation } from 'react-i18next';
import { usePartners } from '@/hooks/use-partners';
import { useUiStore } from '@/stores/ui-store';
import { usePresenterKeys } from '../hooks/use-presenter-keys';
import { useTour } from '../hooks/use-tour';
import { useConsoleLink } from '../hooks/use-console-link';

/** Presenter overlays: the tour caption and the black screen; keys are wired here. */
export function PresenterLayer() {
  const { t } = useTranslation();
  const { byId } = usePartners();
  const steps = useTour();
  usePresenterKeys(steps);
  useConsoleLink(steps);
  const index = useUiStore((s) => s.tourIndex);
  const lang = useUiStore((s) => s.lang);
  const blackout = useUiStore((s) => s.blackout);
  const setBlackout = useUiStore((s) => s.setBlackout);
  const step = steps[index];
  const partner = step?.type === 'partner' ? byId.get(step.id) : undefined;
  const caption = step?.caption?.[lang] ?? partner?.name[lang];

  return (
    <>
      {step && (
        <p className="tour-caption" data-testid="tour-caption">
          <span className="tour-count">
            {t('presenter.step', { index: index + 1, total: steps.length })}
          </span>
          {caption && <span>{caption}</span>}
        </p>
      )}
      {!step && <p className="tour-hint">{t('presenter.hint')}</p>}
      {blackout && (
        <button
          type="button"
          className="blackout"
          data-testid="blackout"
          aria-label={t('presenter.blackoutEnd')}
          onClick={() => setBlackout(false)}
        />
      )}
    </>
  );
}
