export function findChromium(): string | undefined;
export function hasPlaywrightBrowser(): Promise<boolean>;
export const HOW_TO_GET_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
