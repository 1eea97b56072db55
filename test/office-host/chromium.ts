// Boots a real task pane page in headless Chromium the way Excel for Windows boots it: the host's
// `window.external` is injected before any page script (page.addInitScript), the Office.js CDN
// (https://appsforoffice.microsoft.com/lib/1/hosted/*) is served from the npm package's dist/ (the
// Excel library with the ExcelApi 1.18 note classes appended, see notes-library.ts), the
// page's own files are served from a local directory at https://localhost:3000/, and every RichApi
// request goes to the emulated host on the Node side (page.exposeBinding). Every request the page
// makes is recorded; anything that is neither the page's origin nor the Office.js CDN is refused
// (and stays in `requests`, so a test can assert there was none).
//
//   const s = await openInChromium({ pageDir: 'dist', page: 'taskpane.html', workbook, api: '1.7', locale: 'vi-VN' });
//   await s.page.getByRole('button', { name: 'Kiểm tra' }).click();
//   s.host.stats.syncs; s.requests; s.foreignRequests(); await s.close();

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { OFFICE_CDN, officeDist } from './jsdom';
import { servedLibrary } from './notes-library';
import { type HostOptions, RichApiHost } from './richapi';
import { BRIDGE, shimSource } from './shim';
import type { Workbook } from './workbook';

export const PAGE_ORIGIN = 'https://localhost:3000';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumOptions extends HostOptions {
  /** Directory with the page and its files (e.g. the webpack output 'dist'). */
  pageDir: string;
  /** Page to open, relative to pageDir (default 'taskpane.html'). */
  page?: string;
  workbook: Workbook;
  /** UI / data locale Excel reports (default 'vi-VN'). */
  locale?: string;
  /** Use office.debug.js instead of office.js. */
  debug?: boolean;
  /** Print the page's console and errors. */
  verbose?: boolean;
  /** Navigation timeout, ms (default 30 s). */
  timeout?: number;
  /** Window size (a task pane is narrow: the default is 360 × 900). */
  viewport?: { width: number; height: number };
}

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  /** 'page' (own origin), 'office' (Office.js CDN), 'data' (data:/blob:) or 'foreign' (refused). */
  readonly kind: 'page' | 'office' | 'data' | 'foreign';
}

export interface ChromiumSession {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly host: RichApiHost;
  readonly workbook: Workbook;
  /** Every request the page made, in order. */
  readonly requests: RecordedRequest[];
  /** Console messages and page errors. */
  readonly console: string[];
  readonly pageErrors: string[];
  /** Requests to anywhere but the page's origin and the Office.js CDN. */
  foreignRequests(): RecordedRequest[];
  /** Resolves with what Office.onReady() resolved with in the page. */
  officeReady(): Promise<{ host: string; platform: string }>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function inside(root: string, rel: string): string | undefined {
  const f = path.resolve(root, '.' + decodeURIComponent(rel));
  return f.startsWith(path.resolve(root)) && fs.existsSync(f) && fs.statSync(f).isFile() ? f : undefined;
}

export async function openInChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const host = new RichApiHost(options.workbook, options);
  const dist = officeDist();
  const pageDir = path.resolve(options.pageDir);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ishc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'vi-VN',
    viewport: options.viewport ?? { width: 360, height: 900 },
  });
  const requests: RecordedRequest[] = [];
  const consoleLines: string[] = [];
  const pageErrors: string[] = [];
  try {
    await context.exposeBinding(BRIDGE, (_source, body: string) => {
      const r = host.executeWire(body);
      return JSON.stringify([r.status, r.body]);
    });
    await context.addInitScript(shimSource({ matrix: host.supportedMatrix(), locale: options.locale ?? 'vi-VN' }));
    await context.route('**/*', async (route) => {
      const req = route.request();
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) {
        requests.push({ url, method: req.method(), kind: 'data' });
        return route.continue();
      }
      if (url.startsWith(OFFICE_CDN)) {
        requests.push({ url, method: req.method(), kind: 'office' });
        const f = inside(dist, new URL(url).pathname.replace('/lib/1/hosted', ''));
        return f ? route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: servedLibrary(path.basename(f), fs.readFileSync(f)) }) : route.fulfill({ status: 404, body: '' });
      }
      if (url.startsWith(PAGE_ORIGIN + '/')) {
        requests.push({ url, method: req.method(), kind: 'page' });
        const f = inside(pageDir, new URL(url).pathname);
        if (!f) return route.fulfill({ status: 404, body: 'not found' });
        return route.fulfill({ status: 200, contentType: TYPES[path.extname(f).toLowerCase()] ?? 'application/octet-stream', body: fs.readFileSync(f) });
      }
      requests.push({ url, method: req.method(), kind: 'foreign' });
      return route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      const line = `[${m.type()}] ${m.text()}`;
      consoleLines.push(line);
      if (options.verbose) console.log(line);
    });
    page.on('pageerror', (e) => {
      pageErrors.push(e.message);
      if (options.verbose) console.log('[pageerror]', e.message);
    });
    await page.goto(`${PAGE_ORIGIN}/${options.page ?? 'taskpane.html'}`, { timeout: options.timeout ?? 30_000, waitUntil: 'load' });
    return {
      page,
      context,
      host,
      workbook: options.workbook,
      requests,
      console: consoleLines,
      pageErrors,
      foreignRequests: () => requests.filter((r) => r.kind === 'foreign'),
      officeReady: () => page.evaluate(() => (window as unknown as { Office: { onReady(): Promise<{ host: string; platform: string }> } }).Office.onReady().then((i) => ({ host: String(i.host), platform: String(i.platform) }))),
      async close() {
        await context.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}
