// Calendar dates at the pane's edge: the date input speaks ISO (yyyy-mm-dd), the engine Excel
// serial days (1900 date system), officers read dd/mm/yyyy.

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function serialOfIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY);
}

export function isoOfSerial(serial: number): string {
  return new Date(EPOCH + serial * DAY).toISOString().slice(0, 10);
}

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
