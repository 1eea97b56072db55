import type { Finding } from './findings';
import { parseA1 } from './grid';

/** 1 = warning, 2 = error (the codes of the add-in's hidden mask sheet). */
export type MarkLevel = 1 | 2;

export interface CellMark {
  /** 0-based sheet row and column. */
  readonly r: number;
  readonly c: number;
  readonly level: MarkLevel;
  /** Rule ids marking this cell, for a note or a tooltip. */
  readonly rules: readonly string[];
}

export interface SheetMarks {
  readonly sheet: string;
  readonly marks: readonly CellMark[];
}

/** What to mark where: one entry per cell, the worst level wins. Sheets and cells in a stable order. */
export type MarkPlan = readonly SheetMarks[];

export function planMarks(findings: readonly Finding[]): MarkPlan {
  const bySheet = new Map<string, Map<string, { r: number; c: number; level: MarkLevel; rules: string[] }>>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const level: MarkLevel = f.severity === 'error' ? 2 : 1;
    let cells = bySheet.get(f.sheet);
    if (!cells) bySheet.set(f.sheet, (cells = new Map()));
    for (const address of f.cells) {
      const at = parseA1(address);
      if (!at) continue;
      const key = address.toUpperCase();
      const mark = cells.get(key);
      if (!mark) cells.set(key, { ...at, level, rules: [f.rule] });
      else {
        if (level > mark.level) mark.level = level;
        if (!mark.rules.includes(f.rule)) mark.rules.push(f.rule);
      }
    }
  }
  return [...bySheet.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sheet, cells]) => ({
      sheet,
      marks: [...cells.values()].sort((a, b) => a.r - b.r || a.c - b.c),
    }));
}
