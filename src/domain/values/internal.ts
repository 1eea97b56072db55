// Helpers shared by the value readers; not part of the public API (index.ts does not re-export them).
import type { CellError, CellValue } from '../grid';
import { text } from '../text';
import type { ReadFail } from './result';

/** One shared, frozen result for every empty cell: the hot path allocates nothing for blanks. */
export const EMPTY: ReadFail = Object.freeze({ ok: false, kind: 'empty' }) as ReadFail;

/**
 * Spaces as they appear in pasted Vietnamese text: ASCII whitespace, NBSP, the U+2000 block
 * (thin, figure, hair spaces), narrow NBSP, ideographic space, BOM / zero-width no-break space;
 * and the invisible marks pasted with them (soft hyphen, zero-width joiners, direction marks, word
 * joiner), which around a number or a date mean nothing either.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0xad ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202f) ||
    (c >= 0x205f && c <= 0x2064) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The value as it is shown in a message: text in quotes, shortened when long. */
export function shown(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') {
    const t = v.trim();
    return t.length > 40 ? t.slice(0, 39) + '…' : t;
  }
  if (typeof v === 'object') return v.error;
  return String(v);
}

export function unreadable(vi: string, en: string): ReadFail {
  return { ok: false, kind: 'unreadable', detail: text(vi, en) };
}

export function errorValue(e: CellError): ReadFail {
  return {
    ok: false,
    kind: 'error-value',
    detail: text(`Ô có lỗi công thức ${e.error}`, `The cell shows the formula error ${e.error}`),
  };
}

export function booleanCell(): ReadFail {
  return unreadable('Ô chứa giá trị TRUE/FALSE (đúng/sai)', 'The cell holds TRUE/FALSE');
}
