import { useEffect } from 'react';
import { openChannel } from '@/lib/console/channel';
import type { TourStep } from '@/lib/tour/tour';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';
import { stepTour } from './use-presenter-keys';

/** The presenter window tells a console window what it shows, and obeys its commands. */
export function useConsoleLink(steps: readonly TourStep[], partners: readonly Partner[]) {
  useEffect(() => {
    const send = () => {
      const s = useUiStore.getState();
      channel.post({
        type: 'state',
        tourIndex: s.tourIndex,
        partner: s.partner,
        year: s.year,
        fields: s.fields,
        lang: s.lang,
        playing: s.playing,
      });
    };
    const channel = openChannel((m) => {
      if (m.type !== 'command') return;
      const store = useUiStore.getState();
      if (m.action === 'next') stepTour(1, steps, partners);
      else if (m.action === 'previous') stepTour(-1, steps, partners);
      else if (m.action === 'play') store.setPlaying(!store.playing);
      else if (m.action === 'reset') store.resetToHome();
      send();
    });
    send();
    const unsubscribe = useUiStore.subscribe((s, prev) => {
      if (
        s.tourIndex !== prev.tourIndex ||
        s.partner !== prev.partner ||
        s.year !== prev.year ||
        s.fields !== prev.fields ||
        s.lang !== prev.lang ||
        s.playing !== prev.playing
      )
        send();
    });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [steps, partners]);
}
