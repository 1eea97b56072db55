// Boots the real Office.js in jsdom against the emulated host and hands the test an Office port.

import { OfficeWorkbookPort } from '../../../src/workbook/office';
import { type JsdomEnv, bootJsdom } from '../../office-host/jsdom';
import type { HostOptions } from '../../office-host/richapi';
import type { Workbook } from '../../office-host/workbook';

export interface PortEnv {
  env: JsdomEnv;
  port: OfficeWorkbookPort;
  wb: Workbook;
}

export async function withPort<T>(wb: Workbook, api: string, run: (e: PortEnv) => Promise<T>, options: Omit<HostOptions, 'api'> = {}): Promise<T> {
  const env = await bootJsdom({ workbook: wb, api, ...options });
  env.installGlobals();
  try {
    return await run({ env, port: new OfficeWorkbookPort(), wb });
  } finally {
    // Let the library's reference clean-up request finish before the window goes.
    await new Promise((r) => setTimeout(r, 10));
    env.close();
  }
}

/** Syncs since the last reset, not counting the library's own reference clean-up requests. */
export function syncs(e: PortEnv): number {
  return e.env.host.stats.syncs;
}

export function plain<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
