import { useTranslation } from 'react-i18next';
import { SPEEDS } from '@/lib/timeline/playback';
import { useUiStore } from '@/stores/ui-store';

/** Play/pause, speed and loop. */
export function PlaybackControls() {
  const { t } = useTranslation();
  const playing = useUiStore((s) => s.playing);
  const speed = useUiStore((s) => s.speed);
  const loop = useUiStore((s) => s.loop);
  const setPlaying = useUiStore((s) => s.setPlaying);
  const setSpeed = useUiStore((s) => s.setSpeed);
  const setLoop = useUiStore((s) => s.setLoop);
  const label = playing ? t('timeline.pause') : t('timeline.play');
  return (
    <div className="playback">
      <button
        type="button"
        className="primary-button play-button"
        title={label}
        onClick={() => setPlaying(!playing)}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        <span className="play-label">{label}</span>
      </button>
      <div className="speed" role="group" aria-label={t('timeline.speed')}>
        {SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            className="text-button"
            aria-pressed={speed === s}
            onClick={() => setSpeed(s)}
          >
            {`${s}×`}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="text-button"
        aria-pressed={loop}
        onClick={() => setLoop(!loop)}
      >
        {t('timeline.loop')}
      </button>
    </div>
  );
}
