// Pure planning for the Office adapter: how to cut reads and mask writes into blocks that keep each
// request and response under the payload budget (Excel on the web refuses bodies over 5 MB) and
// each read under 5,000,000 cells. No Office.js here, so it is unit-testable on its own.

import type { CellMark } from '../../domain/marks';

export const CELL_READ_LIMIT = 5_000_000;

export interface Area {
  /** 0-based sheet row / column, inclusive bounds. */
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export interface ReadBlock extends Area {
  readonly sheet: string;
}

/** Groups blocks into syncs of at most `targetBytes` estimated response each (a block alone may exceed it). */
export function groupBySize<T>(items: readonly T[], size: (t: T) => number, targetBytes: number): T[][] {
  const groups: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const it of items) {
    const s = size(it);
    if (cur.length && bytes + s > targetBytes) {
      groups.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(it);
    bytes += s;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

export interface MaskBlock extends Area {
  /** Codes to write: 2 error, 1 warning, '' nothing. */
  readonly values: (number | string)[][];
}

/** JSON bytes of a block's values (what it adds to the request), plus the action's own overhead. */
export function maskBlockBytes(b: Area): number {
  const cols = b.c1 - b.c0 + 1;
  return (b.r1 - b.r0 + 1) * (cols * 3 + 2) + 400;
}

/**
 * Mask writes for one sheet's marks: runs of marked rows, merged across gaps cheaper to write than
 * a separate range, each cut to at most `maxBytes` of request. Columns span the marked columns.
 */
export function maskBlocks(marks: readonly CellMark[], maxBytes: number): MaskBlock[] {
  if (marks.length === 0) return [];
  let c0 = Infinity;
  let c1 = -1;
  const byRow = new Map<number, CellMark[]>();
  for (const m of marks) {
    if (m.c < c0) c0 = m.c;
    if (m.c > c1) c1 = m.c;
    const list = byRow.get(m.r);
    if (list) list.push(m);
    else byRow.set(m.r, [m]);
  }
  const cols = c1 - c0 + 1;
  const rowBytes = cols * 3 + 2;
  // Fewer, larger writes (54,000 small writes hung desktop Excel, office-js #1046; writes are slower
  // where undo is kept, #6240): a gap of empty rows is written through unless it costs more than
  // ~8 KB of request, far more than a separate range write costs Excel.
  const maxGap = Math.max(1, Math.floor(8000 / rowBytes));
  const maxRows = Math.max(1, Math.floor((maxBytes - 400) / rowBytes));
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r - last[1] <= maxGap && r - last[0] < maxRows) last[1] = r;
    else runs.push([r, r]);
  }
  return runs.map(([r0, r1]) => {
    const values: (number | string)[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: (number | string)[] = new Array(cols).fill('');
      for (const m of byRow.get(r) ?? []) row[m.c - c0] = m.level;
      values.push(row);
    }
    return { r0, c0, r1, c1, values };
  });
}

/** Bounding box of a sheet's marks. */
export function marksArea(marks: readonly CellMark[]): Area | undefined {
  if (marks.length === 0) return undefined;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const m of marks) {
    r0 = Math.min(r0, m.r);
    r1 = Math.max(r1, m.r);
    c0 = Math.min(c0, m.c);
    c1 = Math.max(c1, m.c);
  }
  return { r0, c0, r1, c1 };
}
