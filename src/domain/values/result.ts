import type { CellValue } from '../grid';
import type { Text } from '../text';
import { isSpaceCode } from './internal';

/** Why a cell could not be read. `detail` says it in words a treasurer understands. */
export type ReadFail = {
  ok: false;
  kind: 'empty' | 'unreadable' | 'error-value' | 'ambiguous' | 'legacy-encoding';
  detail?: Text;
};

export type ReadResult<T> = { ok: true; value: T } | ReadFail;

/** null, '' or a string of spaces only (NBSP and thin spaces count as spaces). */
export function isBlank(v: CellValue): boolean {
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  for (let i = 0; i < v.length; i++) {
    if (!isSpaceCode(v.charCodeAt(i))) return false;
  }
  return true;
}

/** Only dashes and dots ("-", "--", "…"), or blank: the way many rosters and ledgers leave a cell empty. */
export function isDashes(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch !== '-' && ch !== '–' && ch !== '—' && ch !== '.' && ch !== '…' && ch !== '_' && !isSpaceCode(s.charCodeAt(i))) return false;
  }
  return true;
}
