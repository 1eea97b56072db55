// Boots the real office.js + excel-win32-16.01.js in a jsdom window, as Excel for Windows boots a
// task pane (window.external shim, CDN URL served from the npm package, with the ExcelApi 1.18 note
// classes the pinned library lacks appended: notes-library.ts), wired to an emulated host over an
// in-memory workbook. For fast jest tests of code that uses the `Excel` namespace.
//
//   const env = await bootJsdom({ workbook, api: '1.7' });
//   env.installGlobals();                 // globalThis.Excel / Office / OfficeExtension = the window's
//   await env.window.Excel.run(async (ctx) => { ... });
//   env.host.stats.syncs; env.close();

import * as fs from 'fs';
import * as vm from 'vm';
import * as path from 'path';
import type * as JsdomModule from 'jsdom';
import { servedLibrary } from './notes-library';
import { type HostOptions, RichApiHost } from './richapi';
import { BRIDGE, shimSource } from './shim';
import type { Workbook } from './workbook';

// jsdom 29 needs Node's own require(esm) (an ESM-only dependency); jest's module registry cannot load
// it before Node 24.9, so it is loaded with Node's require, outside jest's registry.
function loadJsdom(): typeof JsdomModule {
  // Node's own process (outside jest's sandbox) gives Node's own module loader (Node >= 20.16).
  const realProcess = vm.runInThisContext('process') as { getBuiltinModule?(id: string): typeof import('module') };
  const Module = realProcess.getBuiltinModule?.('module');
  if (!Module) throw new Error('The emulated host needs Node >= 20.16 (process.getBuiltinModule) to load jsdom 29 under jest.');
  return Module.createRequire(__filename)('jsdom') as typeof JsdomModule;
}
const jsdom = loadJsdom();

export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

export function officeDist(): string {
  return path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
}

export interface BootOptions extends HostOptions {
  workbook: Workbook;
  /** UI / data locale (default 'vi-VN'). */
  locale?: string;
  /** Use office.debug.js (readable stacks). */
  debug?: boolean;
  /** Page errors and blocked requests are collected in env.errors; set to print them too. */
  verbose?: boolean;
}

export interface OfficeWindow extends Window {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
}

export interface JsdomEnv {
  readonly window: OfficeWindow;
  readonly host: RichApiHost;
  readonly workbook: Workbook;
  /** What Office.onReady() resolved with. */
  readonly info: { host: string; platform: string };
  /** URLs the page asked for. */
  readonly requests: string[];
  readonly errors: string[];
  /** Sets globalThis.Excel / Office / OfficeExtension to this window's (for adapter code under test). */
  installGlobals(): void;
  /** Removes them again and closes the window. */
  close(): void;
}

export async function bootJsdom(options: BootOptions): Promise<JsdomEnv> {
  const host = new RichApiHost(options.workbook, options);
  const dist = officeDist();
  const requests: string[] = [];
  const errors: string[] = [];
  const note = (m: string) => {
    errors.push(m);
    if (options.verbose) console.log(m);
  };
  // jsdom 29's request interceptors (newer than @types/jsdom 21).
  const { JSDOM, VirtualConsole } = jsdom;
  const requestInterceptor = (jsdom as unknown as { requestInterceptor(f: (r: Request) => Response): unknown }).requestInterceptor;
  const cdn = requestInterceptor((request) => {
    requests.push(request.url);
    const u = new URL(request.url);
    if (request.url.startsWith(OFFICE_CDN)) {
      const f = path.join(dist, decodeURIComponent(u.pathname.replace('/lib/1/hosted/', '')));
      if (f.startsWith(dist) && fs.existsSync(f) && fs.statSync(f).isFile())
        return new Response(servedLibrary(path.basename(f), fs.readFileSync(f)), { headers: { 'Content-Type': 'application/javascript' } });
    }
    note(`[blocked] ${request.url}`);
    return new Response('', { status: 404 });
  });
  const vc = new VirtualConsole();
  vc.on('jsdomError', (e) => note(`[jsdomError] ${e.message.slice(0, 300)}`));
  vc.on('error', (...a: unknown[]) => note(`[console.error] ${a.map(String).join(' ').slice(0, 300)}`));
  const office = options.debug ? 'office.debug.js' : 'office.js';
  const html = `<!doctype html><html><head><meta charset="utf-8"><script src="${OFFICE_CDN}${office}"></script></head><body></body></html>`;
  const shim = shimSource({ matrix: host.supportedMatrix(), locale: options.locale ?? 'vi-VN' });
  const dom = new JSDOM(html, {
    ...({ resources: { interceptors: [cdn] } } as object),
    url: 'https://localhost/taskpane.html',
    runScripts: 'dangerously',
    virtualConsole: vc,
    pretendToBeVisual: true,
    beforeParse(window) {
      (window as unknown as Record<string, unknown>)[BRIDGE] = (body: string) => {
        const r = host.executeWire(body);
        return JSON.stringify([r.status, r.body]);
      };
      (window as unknown as { eval(s: string): void }).eval(shim);
    },
  });
  const w = dom.window as unknown as OfficeWindow;
  const info = await new Promise<{ host: string; platform: string }>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`Office.onReady timed out; page errors: ${errors.join(' | ')}`)), 20000);
    const poll = () => {
      const o = (w as unknown as { Office?: typeof Office }).Office;
      if (o && o.onReady)
        o.onReady().then((i) => {
          clearTimeout(t);
          resolve(i as unknown as { host: string; platform: string });
        });
      else setTimeout(poll, 10);
    };
    poll();
  });
  // Let the library's own NotifyActionHandlerReady request go through, then start counting afresh.
  await new Promise((r) => setTimeout(r, 20));
  host.resetStats();
  const g = globalThis as unknown as Record<string, unknown>;
  return {
    window: w,
    host,
    workbook: options.workbook,
    info,
    requests,
    errors,
    installGlobals() {
      g.Excel = w.Excel;
      g.Office = w.Office;
      g.OfficeExtension = w.OfficeExtension;
    },
    close() {
      if (g.Excel === w.Excel) {
        delete g.Excel;
        delete g.Office;
        delete g.OfficeExtension;
      }
      dom.window.close();
    },
  };
}
