import type { RateRead } from '../books';
import type { CellValue } from '../grid';
import { EMPTY, booleanCell, errorValue, isSpaceCode, shown, unreadable } from './internal';
import { looseKey } from './names';
import { numberProblem, parseNumberText } from './numbers';
import type { ReadResult } from './result';

// RULES.md "Reading values": a percent-formatted cell holds a fraction (0.008 = 0.8%); a plain number
// in a column headed %/tháng is already a percent; a column headed %/năm is yearly (÷ 12).

export type RatePeriod = 'month' | 'year' | 'unknown';

const percentFormats = new Map<string, boolean>();

/** The number format shows a percent: a '%' outside quoted text and not escaped ("0.00%", not `0 "%"`). */
export function isPercentFormat(format: string | null): boolean {
  if (format === null) return false;
  if (format === lastPercentFormat) return lastPercentFormatResult;
  if (format.indexOf('%') < 0) return false;
  let hit = percentFormats.get(format);
  if (hit === undefined) {
    hit = computePercentFormat(format);
    if (percentFormats.size > 10_000) percentFormats.clear();
    percentFormats.set(format, hit);
  }
  lastPercentFormat = format;
  lastPercentFormatResult = hit;
  return hit;
}

// The same format usually repeats down a column: remember the last one before asking the map.
let lastPercentFormat: string | null = null;
let lastPercentFormatResult = false;

function computePercentFormat(format: string): boolean {
  let found = false;
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 92 || c === 95 || c === 42) i++; // \x escaped, _x space, *x fill
    else if (c === 37) {
      found = true;
      break;
    }
  }
  return found;
}

const MONTH_WORDS = new Set(['thang', 'th', 'month', 'months', 'mo']);
const YEAR_WORDS = new Set(['nam', 'year', 'years', 'yr', 'annual']);

/** Header text → the period its rates are per: "Lãi suất (%/tháng)" month, "LS %/năm" year. */
export function ratePeriodOfHeader(header: string): RatePeriod {
  const k = looseKey(header);
  let month = false;
  let year = false;
  let afterSlash: RatePeriod = 'unknown';
  let slashes = 0;
  let i = 0;
  while (i < k.length) {
    const c = k.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) {
      i++;
      continue;
    }
    let j = i;
    while (j < k.length && k.charCodeAt(j) >= 97 && k.charCodeAt(j) <= 122) j++;
    const word = k.slice(i, j);
    const kind: RatePeriod = MONTH_WORDS.has(word) ? 'month' : YEAR_WORDS.has(word) ? 'year' : 'unknown';
    if (kind !== 'unknown') {
      if (kind === 'month') month = true;
      else year = true;
      let p = i - 1;
      while (p >= 0 && k.charCodeAt(p) === 32) p--;
      if (p >= 0 && k.charCodeAt(p) === 47) {
        afterSlash = kind;
        slashes++;
      }
    }
    i = j;
  }
  if (month !== year) return month ? 'month' : 'year';
  if (month && slashes === 1) return afterSlash;
  return 'unknown';
}

interface Suffix {
  readonly percent: boolean;
  /** "8‰/tháng": per mille, a tenth of a percent (how banks long wrote monthly rates). */
  readonly perMille?: boolean;
  readonly period?: 'month' | 'year';
}

// What may follow the figure in a rate text, spaces removed: "%", "%/tháng", "%/năm", "/tháng"…
const SUFFIXES = new Map<string, Suffix>();
// "8‰", "8 phần nghìn" (a tenth of a percent, in words too).
const PER_MILLE = ['‰', 'phầnnghìn', 'phầnngàn', 'phannghin', 'phanngan'];
for (const [unit, period] of [
  ['tháng', 'month'],
  ['thang', 'month'],
  ['th', 'month'],
  ['month', 'month'],
  ['mo', 'month'],
  ['năm', 'year'],
  ['nam', 'year'],
  ['year', 'year'],
  ['yr', 'year'],
] as const) {
  for (const pre of ['%/', '%', '%1', '%/1', '%mỗi', '/', '/1', 'mỗi', '%per', '%a', 'per', 'a']) {
    SUFFIXES.set(pre + unit, { percent: pre.startsWith('%'), period });
  }
  for (const mille of PER_MILLE) for (const pre of [mille + '/', mille, mille + '/1', mille + 'mỗi']) SUFFIXES.set(pre + unit, { percent: true, perMille: true, period });
}
SUFFIXES.set('', { percent: false });
SUFFIXES.set('%', { percent: true });
for (const mille of PER_MILLE) SUFFIXES.set(mille, { percent: true, perMille: true });

/** A rate column headed in per mille ("Lãi suất (‰/tháng)"): its plain numbers are tenths of a percent. */
export function isPerMilleHeader(header: string): boolean {
  return header.includes('‰');
}

function isRateNumberCode(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 44 || c === 43 || c === 45 || c === 0x2212 || isSpaceCode(c);
}

// Floating-point noise from ×100 and ÷12 (0.007 × 100 = 0.7000000000000001) is not what was typed.
function tidy(x: number): number {
  return Math.abs(x) < 1e6 ? Math.round(x * 1e10) / 1e10 : x;
}

function rate(percent: number, typed: number, form: RateRead['form'], period: 'month' | 'year'): RateRead {
  return { monthlyPercent: period === 'year' ? tidy(percent / 12) : percent, typed, form, period };
}

/**
 * A loan interest rate. `format` is the cell's number format; `columnPeriod` comes from the header
 * ('unknown' is read as per month).
 * - a number in a %-formatted cell is a fraction: percent = value × 100, form 'percent-cell';
 * - text "0,8%", "0.8 %", "0,8%/tháng", "9,6%/năm", "0.8%/th": a percent, a unit in the text
 *   overriding the column's, form 'percent';
 * - a plain number or plain text number is already a percent figure (0.8 = 0.8%/month), form
 *   'percent'. Nothing is guessed: 0.008 stays 0.008 percent; the rules decide whether it looks
 *   like a fraction.
 * - per mille: "8‰", "8‰/tháng", or a plain number in a column headed ‰ (`columnPerMille`) is
 *   0.8 percent, form 'per-mille'.
 * Yearly rates: monthlyPercent = percent / 12; `typed` is the number as typed or stored.
 */
export function readRate(v: CellValue, format: string | null, columnPeriod: RatePeriod, columnPerMille = false): ReadResult<RateRead> {
  const period = columnPeriod === 'year' ? 'year' : 'month';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return unreadable('Ô không chứa số hợp lệ', 'The cell holds no valid number');
    if (isPercentFormat(format)) return { ok: true, value: rate(tidy(v * 100), v, 'percent-cell', period) };
    if (columnPerMille) return { ok: true, value: rate(tidy(v / 10), v, 'per-mille', period) };
    return { ok: true, value: rate(v, v, 'percent', period) };
  }
  if (v === null) return EMPTY;
  if (typeof v === 'boolean') return booleanCell();
  if (typeof v !== 'string') return errorValue(v);

  let k = 0;
  while (k < v.length && isRateNumberCode(v.charCodeAt(k))) k++;
  const n = parseNumberText(v, 'plain', 0, k);
  if (typeof n !== 'number') {
    if (n === 'empty' && k === v.length) return EMPTY;
    if (n === 'ambiguous') return numberProblem(n, v.slice(0, k));
    return notARate(v);
  }
  let key = '';
  for (const ch of v.slice(k).normalize('NFC').toLowerCase()) {
    if (!isSpaceCode(ch.charCodeAt(0)) && ch !== '.' && ch !== ')' && ch !== '(') key += ch;
  }
  const suffix = SUFFIXES.get(key);
  if (!suffix) return notARate(v);
  if (suffix.perMille || (columnPerMille && !suffix.percent)) return { ok: true, value: rate(tidy(n / 10), n, 'per-mille', suffix.period ?? period) };
  return { ok: true, value: rate(n, n, 'percent', suffix.period ?? period) };
}

function notARate(v: CellValue) {
  const q = shown(v);
  return unreadable(
    `"${q}" không phải là lãi suất (ví dụ đúng: 0,8 hoặc 0,8%/tháng)`,
    `"${q}" is not an interest rate (for example 0.8 or 0.8%/month)`,
  );
}
