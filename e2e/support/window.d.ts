export {};

declare global {
  interface Window {
    __partnerMap?: {
      map: unknown;
      marks: Record<string, number>;
      setYear: (year: number | null) => void;
      insets: unknown[];
    };
    /** Test-only time scale for kiosk and playback timers; set with addInitScript (docs/testing.md). */
    __partnerMapTimeScale?: unknown;
  }
}
