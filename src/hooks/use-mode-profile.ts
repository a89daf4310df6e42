import type { ModeProfile } from '@/lib/modes/profiles';
import { selectProfile, useUiStore } from '@/stores/ui-store';

/** What the current mode does (lib/modes/profiles.ts): features read this, never the mode's name. */
export function useModeProfile(): ModeProfile {
  return useUiStore(selectProfile);
}
