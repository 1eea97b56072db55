// A1 addresses as Excel writes them: "B3", "B3:D10", "A:C", "2:5", "'Sổ quỹ'!B3:D10".
// Written apart from src/domain/grid.ts on purpose: the emulated host is the tests' oracle, and an
// oracle that shared the add-in's address code would agree with its bugs.

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based, inclusive bounds. */
export interface Bounds {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export function colLetters(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

export function cellAddress(r: number, c: number): string {
  return colLetters(c) + (r + 1);
}

export function boundsAddress(b: Bounds): string {
  if (b.c0 === 0 && b.c1 === MAX_COLS - 1 && !(b.r0 === 0 && b.r1 === MAX_ROWS - 1)) return `${b.r0 + 1}:${b.r1 + 1}`;
  if (b.r0 === 0 && b.r1 === MAX_ROWS - 1 && !(b.c0 === 0 && b.c1 === MAX_COLS - 1)) return `${colLetters(b.c0)}:${colLetters(b.c1)}`;
  const a = cellAddress(b.r0, b.c0);
  return b.r0 === b.r1 && b.c0 === b.c1 ? a : `${a}:${cellAddress(b.r1, b.c1)}`;
}

/** Sheet names that are not plain words are quoted, with quotes doubled. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, b: Bounds): string {
  return `${quoteSheet(sheet)}!${boundsAddress(b)}`;
}

/** Splits "'A b'!B3:C4" into sheet and area; sheet undefined when not qualified. */
export function splitSheet(address: string): { sheet?: string; area: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.*)$/.exec(address.trim());
  if (!m) return { area: address.trim() };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], area: m[3] };
}

function part(p: string): { r?: number; c?: number } | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(p);
  if (!m || (!m[1] && !m[2])) return undefined;
  const out: { r?: number; c?: number } = {};
  if (m[1]) out.c = colIndex(m[1]);
  if (m[2]) out.r = Number(m[2]) - 1;
  return out;
}

/** One rectangular area ("B3", "B3:D4", "A:C", "2:5"); undefined when not one. */
export function parseArea(area: string): Bounds | undefined {
  const ps = area.trim().split(':');
  if (ps.length < 1 || ps.length > 2) return undefined;
  const a = part(ps[0]);
  const b = ps.length === 2 ? part(ps[1]) : a;
  if (!a || !b) return undefined;
  const whole = (x: { r?: number; c?: number }) => (x.r === undefined ? 'col' : x.c === undefined ? 'row' : 'cell');
  const ka = whole(a);
  const kb = whole(b);
  if (ka !== kb) return undefined;
  if (ps.length === 1 && ka !== 'cell') return undefined;
  let r0 = a.r ?? 0;
  let r1 = b.r ?? (ka === 'col' ? MAX_ROWS - 1 : 0);
  let c0 = a.c ?? 0;
  let c1 = b.c ?? (ka === 'row' ? MAX_COLS - 1 : 0);
  if (ka === 'col') r1 = MAX_ROWS - 1;
  if (ka === 'row') c1 = MAX_COLS - 1;
  if (r0 > r1) [r0, r1] = [r1, r0];
  if (c0 > c1) [c0, c1] = [c1, c0];
  if (r1 >= MAX_ROWS || c1 >= MAX_COLS || r0 < 0 || c0 < 0) return undefined;
  return { r0, c0, r1, c1 };
}

export function intersect(a: Bounds, b: Bounds): Bounds | undefined {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : undefined;
}

export function cellCount(b: Bounds): number {
  return (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
}
