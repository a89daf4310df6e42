import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ROOT } from './app-page';

export type Kiosk = {
  idleSeconds?: number;
  settleSeconds?: number;
  reloadHours?: number;
  dimAfterMinutes?: number;
};
export const rawConfig = () => JSON.parse(readFileSync(`${ROOT}data/config.json`, 'utf8'));

/** Serves data/config.json with other kiosk times: `first` for the first load, `later` after. */
export async function routeKioskConfig(page: Page, first: Kiosk, later: Kiosk = first) {
  let loads = 0;
  await page.route('**/data/config.json', (route) => {
    const config = rawConfig();
    config.kiosk = { ...config.kiosk, ...(loads++ === 0 ? first : later) };
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) });
  });
  return () => loads;
}
