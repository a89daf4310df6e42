import type { BrowserContext, Page } from '@playwright/test';

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    /** Set by every script a broken data file or a test tries to inject; must stay unset. */
    __pwned?: unknown;
    __cspViolations?: CspViolation[];
  }
}

/**
 * Records every `securitypolicyviolation` event on the page (from the first script on), and every
 * console line about the Content-Security-Policy (which also covers workers).
 */
export async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
      });
    });
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  return {
    console,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}

/** What the app keeps in the browser: it must be nothing but the offline cache. */
export async function browserStorage(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => ({
    documentCookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
  }));
  return { ...inPage, cookies: await context.cookies() };
}
