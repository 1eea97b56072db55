// Calendar dates at the pane's edge: the date input speaks ISO (yyyy-mm-dd), the engine Excel
// serial days (1900 date system), officers read dd/mm/yyyy.

import { isoFromSerial, serialFromIso } from '../domain/values';

/** A real calendar date written yyyy-mm-dd, in the engine's range (1900 on). */
export function isIsoDate(s: string): boolean {
  return serialFromIso(s) !== undefined;
}

/** The engine's serial of a date isIsoDate accepted (NaN for anything else). */
export function serialOfIso(iso: string): number {
  return serialFromIso(iso) ?? NaN;
}

export const isoOfSerial = isoFromSerial;

/** Today in the officer's own calendar (local time), as yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** 2025-06-30 → 30/06/2025 (Vietnamese and, for these officers, English too: day first). */
export function displayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
