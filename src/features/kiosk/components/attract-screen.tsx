import { useAttractLoop } from '../hooks/use-attract-loop';
import { useScreenCare } from '../hooks/use-screen-care';

export { AttractCta } from './attract-cta';

/**
 * What runs while the attract loop is on, mounted with it (issue 19: loaded when the loop first
 * starts, not with the first view): the loop itself and screen care, whose dimming it draws.
 */
export function AttractLoop({ dimAfterMinutes }: { dimAfterMinutes: number | null }) {
  useAttractLoop();
  const { dimmed } = useScreenCare(dimAfterMinutes);
  return dimmed && <div className="kiosk-dim" data-testid="kiosk-dim" />;
}
