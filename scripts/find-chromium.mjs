// Finds a Chromium for tests and benchmarks: an environment variable, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';

const ENV_VARS = ['PLAYWRIGHT_CHROMIUM_EXECUTABLE', 'CHROMIUM_PATH', 'CHROME_PATH'];
const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a Chromium executable, or undefined to let Playwright use its own browser. */
export function findChromium() {
  for (const name of ENV_VARS) {
    const value = process.env[name];
    if (value && existsSync(value)) return value;
  }
  return SYSTEM.find((p) => existsSync(p));
}

/** True when Playwright has a downloaded browser of its own. */
export async function hasPlaywrightBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found: install one (Debian: apt-get install chromium; or: npx playwright install chromium), or set PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome.';

/** Flags that keep headless Chromium quiet on a closed network; WebGL falls back to SwiftShader. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
];
