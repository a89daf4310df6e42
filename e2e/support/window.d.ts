export {};

declare global {
  interface Window {
    __partnerMap?: {
      map: unknown;
      marks: Record<string, number>;
      setYear: (year: number | null) => void;
      insets: unknown[];
    };
  }
}
