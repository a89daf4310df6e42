import { useEffect } from 'react';
import { openChannel } from '@/lib/console/channel';
import type { TourStep } from '@/lib/tour/tour';
import { shallow } from 'zustand/shallow';
import { useUiStore, type UiState } from '@/stores/ui-store';
import { stepTour } from './use-presenter-keys';

/** What the console shows of the presenter window. */
const shown = (s: UiState) => ({
  tourIndex: s.tourIndex,
  partner: s.partner,
  year: s.year,
  fields: s.fields,
  lang: s.lang,
  playing: s.playing,
});

/** The presenter window tells a console window what it shows, and obeys its commands. */
export function useConsoleLink(steps: readonly TourStep[]) {
  useEffect(() => {
    const send = () => channel.post({ type: 'state', ...shown(useUiStore.getState()) });
    const channel = openChannel((m) => {
      if (m.type !== 'command') return;
      const store = useUiStore.getState();
      if (m.action === 'next') stepTour(1, steps);
      else if (m.action === 'previous') stepTour(-1, steps);
      else if (m.action === 'play') store.setPlaying(!store.playing);
      else if (m.action === 'reset') store.resetToHome();
      send();
    });
    send();
    const unsubscribe = useUiStore.subscribe(shown, send, { equalityFn: shallow });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [steps]);
}
