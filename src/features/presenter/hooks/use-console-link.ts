import { useEffect } from 'react';
import { openChannel, type ConsoleMessage } from '@/lib/console/channel';
import type { TourStep } from '@/lib/tour/tour';
import { shallow } from 'zustand/shallow';
import { useUiStore, type UiState } from '@/stores/ui-store';
import { stepTour } from './use-presenter-keys';

type ConsoleCommand = Extract<ConsoleMessage, { type: 'command' }>['action'];

/** What the console shows of the presenter window. */
const shown = (s: UiState) => ({
  tourIndex: s.tourIndex,
  partner: s.partner,
  year: s.year,
  fields: s.fields,
  lang: s.lang,
  playing: s.playing,
});

/** Obeys a console command through the store's actions (Play only sets `playing`: the app's controller plays). */
export function applyConsoleCommand(action: ConsoleCommand, steps: readonly TourStep[]) {
  const store = useUiStore.getState();
  if (action === 'next') stepTour(1, steps);
  else if (action === 'previous') stepTour(-1, steps);
  else if (action === 'play') store.setPlaying(!store.playing);
  else if (action === 'reset') store.resetToHome();
}

/** The presenter window tells a console window what it shows, and obeys its commands. */
export function useConsoleLink(steps: readonly TourStep[]) {
  useEffect(() => {
    const send = () => channel.post({ type: 'state', ...shown(useUiStore.getState()) });
    const channel = openChannel((m) => {
      if (m.type !== 'command') return;
      applyConsoleCommand(m.action, steps);
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
