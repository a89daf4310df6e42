// Runs the Playwright suite after making sure a Chromium exists; says in one line how to get one if not.
import { spawnSync } from 'node:child_process';
import { findChromium, hasPlaywrightBrowser, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

if (!findChromium() && !(await hasPlaywrightBrowser())) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
