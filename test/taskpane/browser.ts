// Headless Chromium serving dist/ on a made-up https origin, with every request recorded so a
// test can assert the page talked to nothing but its own origin and the Office.js CDN.
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DIST } from './build';

export const ORIGIN = 'https://addin.test';
export const OFFICE_CDN = 'appsforoffice.microsoft.com';
const OFFICE_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export interface PageRun {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  consoleErrors: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=vi-VN'],
  });
}

/** Opens dist/taskpane.html; `officeJs` says whether the CDN answers (served from the npm package) or is unreachable. */
export async function openPane(browser: Browser, opts: { officeJs: boolean; width?: number; height?: number }): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 360, height: opts.height ?? 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const run: PageRun = { browser, context, page, requests: [], pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (e) => run.pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && run.consoleErrors.push(m.text()));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    run.requests.push(url.href);
    if (url.origin === ORIGIN) {
      const file = path.join(DIST, decodeURIComponent(url.pathname));
      if (file.startsWith(DIST) && fs.existsSync(file) && fs.statSync(file).isFile())
        return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
      return route.fulfill({ status: 404, body: 'not found' });
    }
    if (url.hostname === OFFICE_CDN && opts.officeJs) {
      const file = path.join(OFFICE_DIST, url.pathname.replace('/lib/1/hosted/', ''));
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file) && fs.statSync(file).isFile())
        return route.fulfill({ status: 200, contentType: 'application/javascript', body: fs.readFileSync(file) });
    }
    return route.abort('internetdisconnected');
  });
  return run;
}

/** Console errors that say the Content-Security-Policy blocked something the page needed. */
export function cspViolations(run: PageRun): string[] {
  return run.consoleErrors.filter((m) => /Content Security Policy/i.test(m));
}

/** Hosts the page contacted other than its own origin and the Office.js CDN. */
export function foreignHosts(requests: readonly string[]): string[] {
  return [...new Set(requests.map((r) => new URL(r)).filter((u) => u.origin !== ORIGIN && u.hostname !== OFFICE_CDN && u.protocol !== 'data:').map((u) => u.host))];
}
