// Round trips and payload sizes of the Office adapter on a club and a province workbook, through
// the real Office.js and the emulated host. Used by bench/office-sizes.js (npm run bench).

import { OfficeWorkbookPort } from '../../../src/workbook/office';
import { bootJsdom } from '../../office-host/jsdom';
import type { HostStats } from '../../office-host/richapi';
import type { Workbook } from '../../office-host/workbook';
import { clubPlan, clubWorkbook, provincePlan, provinceWorkbook } from './fixtures';

export interface SizeReport {
  /** name → [value, unit], e.g. 'office.province.read.syncs' → [10, 'syncs']. */
  readonly metrics: Record<string, [number, string]>;
}

async function measure(wb: Workbook, plan: ReturnType<typeof clubPlan>, prefix: string, into: Record<string, [number, string]>): Promise<void> {
  const env = await bootJsdom({ workbook: wb, api: '1.7' });
  env.installGlobals();
  try {
    const port = new OfficeWorkbookPort();
    const t0 = Date.now();
    await port.read();
    const read: HostStats = { ...env.host.stats };
    const t1 = Date.now();
    env.host.resetStats();
    await port.mark(plan);
    const mark: HostStats = { ...env.host.stats };
    const t2 = Date.now();
    into[`${prefix}.read.syncs`] = [read.syncs, 'syncs'];
    into[`${prefix}.read.maxResponse`] = [read.maxResponseBytes, 'bytes'];
    into[`${prefix}.read.maxRequest`] = [read.maxRequestBytes, 'bytes'];
    into[`${prefix}.read.totalResponse`] = [read.totalResponseBytes, 'bytes'];
    into[`${prefix}.read.time`] = [t1 - t0, 'ms'];
    into[`${prefix}.mark.syncs`] = [mark.syncs, 'syncs'];
    into[`${prefix}.mark.maxRequest`] = [mark.maxRequestBytes, 'bytes'];
    into[`${prefix}.mark.maxResponse`] = [mark.maxResponseBytes, 'bytes'];
    into[`${prefix}.mark.time`] = [t2 - t1, 'ms'];
    into[`${prefix}.syncs`] = [read.syncs + mark.syncs, 'syncs'];
  } finally {
    await new Promise((r) => setTimeout(r, 10));
    env.close();
  }
}

/** Club (4 books) and province (20,000 members, 100,000 loans) read + mark at ExcelApi 1.7. */
export async function officeSizes(): Promise<SizeReport> {
  const metrics: Record<string, [number, string]> = {};
  await measure(clubWorkbook(), clubPlan(), 'office.club', metrics);
  await measure(provinceWorkbook(), provincePlan(), 'office.province', metrics);
  return { metrics };
}
