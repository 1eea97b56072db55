import type { CellValue, SheetGrid } from '../grid';
import * as V from '../values';

// Bound once: a CommonJS build (the CLI) would otherwise go through an export getter per cell.
const { isBlank } = V;

/** isBlank, deciding on the first character when it can (most cells hold something). */
export function blank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  if (v.length === 0) return true;
  const c = v.charCodeAt(0);
  if (c > 32 && c < 0xa0) return false;
  return isBlank(v);
}

/** The texts of the lines above a table's header (its title lines), row by row, each at most `maxLength` long. */
export function titleTexts(sheet: SheetGrid, headerTop: number, maxLength = 200): string[] {
  const out: string[] = [];
  for (let i = 0; i < headerTop && i < sheet.values.length; i++) {
    for (const v of sheet.values[i] ?? []) if (typeof v === 'string' && v.length <= maxLength) out.push(v);
  }
  return out;
}
