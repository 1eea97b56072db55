import type { CellValue } from '../grid';
import { text } from '../text';
import { EMPTY, booleanCell, errorValue, isSpaceCode, shown, unreadable } from './internal';
import type { ReadResult } from './result';

export type NumberKind = 'amount' | 'plain';

/** Why a text could not be read as a number (internal to the readers). */
export type NumberProblem = 'empty' | 'unreadable' | 'ambiguous' | 'percent';

const DOT = 46;
const COMMA = 44;
const SPACE = 32;

const MAX_SEPS = 64;
const GROUP_START = new Int32Array(MAX_SEPS + 1);
const GROUP_END = new Int32Array(MAX_SEPS + 1);
const SEPS = new Int32Array(MAX_SEPS);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Currency words that may follow an amount: "5.000.000 đ", "5.000.000 đồng", "VNĐ", "vnd", "d", "₫".
const CURRENCY = new Set(['đ', 'đồng', 'dong', 'vnđ', 'vnd', 'd', '₫', 'vn₫']);

function currencySuffix(rest: string): boolean {
  let k = '';
  for (const ch of rest.normalize('NFC').toLowerCase()) {
    if (!isSpaceCode(ch.charCodeAt(0))) k += ch;
  }
  if (k.endsWith('.')) k = k.slice(0, -1);
  return k === '' || CURRENCY.has(k);
}

/**
 * The number written in `s` between `from` and `to`, or why not. Shared with the rate reader.
 * Separators: '.', ',' and any space. See readNumber for the grouping rules.
 */
export function parseNumberText(s: string, kind: NumberKind, from = 0, to = s.length): number | NumberProblem {
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  if (start === end) return 'empty';

  // Fast path: only digits ("500000", "1958").
  let i = start;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  if (i === end && end - start <= 15) return +s.slice(start, end);

  i = start;
  let neg = false;
  let c = s.charCodeAt(i);
  if (c === 45 || c === 43 || c === 0x2212) {
    neg = c !== 43;
    i++;
    while (i < end && isSpaceCode(s.charCodeAt(i))) i++;
  }

  // Split the body into digit groups and the separators between them (reused buffers: the readers
  // are synchronous, and a cell of text numbers must not allocate three arrays).
  const groupStart = GROUP_START;
  const groupEnd = GROUP_END;
  const seps = SEPS;
  let n = 0;
  let gs = i;
  while (i < end) {
    c = s.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      continue;
    }
    let sep: number;
    let j = i;
    if (c === DOT || c === COMMA) {
      sep = c;
      j = i + 1;
    } else if (isSpaceCode(c)) {
      sep = SPACE;
      j = i + 1;
      while (j < end && isSpaceCode(s.charCodeAt(j))) j++;
    } else break;
    // A separator counts only between digits; otherwise the body ends here (a suffix follows).
    if (j >= end || !isDigit(s.charCodeAt(j)) || (i === gs && !(sep !== SPACE && n === 0))) break;
    if (n === MAX_SEPS) return 'unreadable';
    groupStart[n] = gs;
    groupEnd[n] = i;
    seps[n] = sep;
    n++;
    gs = j;
    i = j;
  }
  const bodyEnd = i;
  if (bodyEnd === gs) return 'unreadable'; // no digits in the last group
  groupStart[n] = gs;
  groupEnd[n] = bodyEnd;

  if (bodyEnd < end) {
    if (s.charCodeAt(end - 1) === 37 /* % */) return 'percent';
    if (!currencySuffix(s.slice(bodyEnd, end))) return 'unreadable';
  }

  let dec = -1; // index of the decimal separator in seps, -1 when none
  if (n > 0) {
    let dots = 0;
    let commas = 0;
    let spaces = 0;
    for (let k = 0; k < n; k++) {
      if (seps[k] === DOT) dots++;
      else if (seps[k] === COMMA) commas++;
      else spaces++;
    }
    const last = seps[n - 1];
    if (dots > 0 && commas > 0) {
      // "1.234.567,5" or "1,234,567.5": the last one is the decimal mark and occurs once.
      if (last === SPACE || (last === DOT ? dots : commas) !== 1 || spaces > 0) return 'unreadable';
      dec = n - 1;
    } else if (dots > 0 || commas > 0) {
      const count = dots + commas;
      if (count > 1) {
        if (spaces > 0) return 'unreadable';
      } else if (spaces > 0) {
        // "5 000 000,5": spaces group, so the single mark is decimal and must come last.
        if (last === SPACE) return 'unreadable';
        dec = n - 1;
      } else {
        const len0 = groupEnd[0] - groupStart[0];
        const len1 = groupEnd[1] - groupStart[1];
        if (len1 !== 3 || len0 === 0 || len0 > 3 || allZeros(s, groupStart[0], groupEnd[0])) dec = 0;
        else if (last === COMMA && kind === 'plain') return 'ambiguous';
        // else: "1.500" (both kinds) or "500,000" (amount) group thousands
      }
    }
    // Grouping: first group 1–3 digits, every following group before the decimal mark exactly 3.
    const lastGroup = dec === -1 ? n : dec;
    if (lastGroup > 0) {
      const len0 = groupEnd[0] - groupStart[0];
      if (len0 < 1 || len0 > 3) return 'unreadable';
      for (let k = 1; k <= lastGroup; k++) if (groupEnd[k] - groupStart[k] !== 3) return 'unreadable';
    }
  }

  const intGroups = dec === -1 ? n + 1 : dec + 1;
  let value: number;
  if (dec === -1 && groupEnd[n] - groupStart[0] <= 20) {
    // Whole numbers (the common case): add the digits up, no string building.
    value = 0;
    for (let k = 0; k < intGroups; k++) {
      for (let p = groupStart[k]; p < groupEnd[k]; p++) value = value * 10 + (s.charCodeAt(p) - 48);
    }
  } else {
    let digits = '0';
    for (let k = 0; k < intGroups; k++) digits += s.slice(groupStart[k], groupEnd[k]);
    if (dec !== -1) digits += '.' + s.slice(groupStart[dec + 1], groupEnd[dec + 1]);
    value = +digits;
  }
  if (!Number.isFinite(value)) return 'unreadable';
  return neg ? -value : value;
}

function allZeros(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) !== 48) return false;
  return true;
}

/** The two readings of an ambiguous "1,500": thousands (1500) and decimal (1.5). */
export function ambiguousReadings(s: string): { thousands: number; decimal: number } | undefined {
  const thousands = parseNumberText(s, 'amount');
  if (typeof thousands !== 'number') return undefined;
  return { thousands, decimal: thousands / 1000 };
}

/** A number as a Vietnamese reader writes it: decimal comma, no grouping ("1,5"). */
export function viDecimal(x: number): string {
  return String(x).replace('.', ',');
}

// "50 triệu", "2,5 triệu đồng", "500 nghìn": an amount with its scale in words. Still refused (a
// reading is never guessed), but the message shows the figure the officer most likely meant.
const SCALE_WORDS = /^(.*?\d)\s*(triệu|trieu|nghìn|nghin|ngàn|ngan)\s*(?:đồng|dong|đ|vnđ|vnd)?\.?\s*$/iu;

function wordsProblem(q: string): ReadResult<never> | undefined {
  const m = SCALE_WORDS.exec(q.normalize('NFC'));
  if (!m) return undefined;
  const n = parseNumberText(m[1], 'plain');
  if (typeof n !== 'number') return undefined;
  const scale = /^tri/iu.test(m[2]) ? 1_000_000 : 1_000;
  const figure = String(Math.round(n * scale)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return unreadable(
    `"${q}" ghi đơn vị bằng chữ ("${m[2]}"): hãy ghi số đầy đủ, ví dụ ${figure}`,
    `"${q}" gives its scale in words ("${m[2]}"): write the full figure, e.g. ${figure}`,
  );
}

export function numberProblem(problem: NumberProblem, v: CellValue): ReadResult<never> {
  const q = shown(v);
  switch (problem) {
    case 'empty':
      return EMPTY;
    case 'ambiguous': {
      const r = ambiguousReadings(q);
      const vi = r ? `"${q}" có thể là ${r.thousands} hoặc ${viDecimal(r.decimal)}` : `"${q}" có thể hiểu theo hai cách`;
      const en = r ? `"${q}" could be ${r.thousands} or ${r.decimal}` : `"${q}" could be read two ways`;
      return { ok: false, kind: 'ambiguous', detail: text(vi, en) };
    }
    case 'percent':
      return unreadable(
        `"${q}" là tỷ lệ phần trăm, không phải số tiền hay số lượng`,
        `"${q}" is a percentage, not an amount or a count`,
      );
    default:
      return wordsProblem(q) ?? unreadable(`"${q}" không phải là một số`, `"${q}" is not a number`);
  }
}

/**
 * kind 'amount' = money in đồng (never fractional): a single separator followed by exactly 3 digits
 * groups thousands, whether dot or comma ("500,000" = 500000). kind 'plain': dot+3 digits groups
 * thousands, comma+1-2 digits is a decimal comma, a single comma followed by exactly 3 digits is
 * 'ambiguous'. Both: "5.000.000", "5,000,000", "5 000 000", "5.000.000 đ"/"đồng"/"VNĐ"/"vnd"/"d",
 * "0,8", "1.234.567,5", "1,234,567.5", leading +/-. Non-breaking and thin spaces count as spaces.
 * A trailing % is not accepted here (rates go through readRate). Booleans unreadable.
 * CellError → error-value with its code in detail.
 */
export function readNumber(v: CellValue, kind: NumberKind = 'plain'): ReadResult<number> {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { ok: true, value: v } : unreadable('Ô không chứa số hợp lệ', 'The cell holds no valid number');
  }
  if (v === null) return EMPTY;
  if (typeof v === 'string') {
    const r = parseNumberText(v, kind);
    return typeof r === 'number' ? { ok: true, value: r } : numberProblem(r, v);
  }
  if (typeof v === 'boolean') return booleanCell();
  return errorValue(v);
}

// A loan term is often written with its unit: "24 tháng", "24th", "12T", "2 năm" (SHEETS.md:
// Thời hạn (tháng)). Units in months; a year is 12 months.
const TERM_UNITS = new Map<string, number>([
  ['', 1],
  ['tháng', 1],
  ['thang', 1],
  ['th', 1],
  ['t', 1],
  ['month', 1],
  ['months', 1],
  ['năm', 12],
  ['nam', 12],
  ['year', 12],
  ['years', 12],
]);

function isTermNumberCode(c: number): boolean {
  return isDigit(c) || c === DOT || c === COMMA || isSpaceCode(c);
}

/** A loan term in months: a number, or text with a unit ("24 tháng", "12T", "2 năm" = 24). */
export function readMonths(v: CellValue): ReadResult<number> {
  if (typeof v !== 'string') return readNumber(v, 'plain');
  let k = 0;
  while (k < v.length && isTermNumberCode(v.charCodeAt(k))) k++;
  const n = parseNumberText(v, 'plain', 0, k);
  if (typeof n !== 'number') return readNumber(v, 'plain');
  let unit = '';
  for (const ch of v.slice(k).normalize('NFC').toLowerCase()) if (!isSpaceCode(ch.charCodeAt(0)) && ch !== '.') unit += ch;
  const months = TERM_UNITS.get(unit);
  return months === undefined ? readNumber(v, 'plain') : { ok: true, value: n * months };
}

// A membership fee is written with its period: "3.000 đồng/tháng", "3.000đ/người/tháng",
// "36.000 đ/năm" (RULES.md compares the fee per month: a yearly fee is 1/12 of it).
const PER_PERIOD = /\s*(?:\/\s*1?|mỗi|một)\s*(?:(?:người|tv|thành viên|hội viên)\s*\/\s*)?(tháng|th|năm|quý)\s*\.?\s*$/iu;
const MONTHS_OF = new Map<string, number>([
  ['tháng', 1],
  ['th', 1],
  ['quý', 3],
  ['năm', 12],
]);

/** An amount per month: a number, or text with its period ("3.000 đ/tháng", "36.000đ/năm" = 3,000). */
export function readPerMonth(v: CellValue): ReadResult<number> {
  if (typeof v !== 'string') return readNumber(v, 'amount');
  const t = v.normalize('NFC');
  const m = PER_PERIOD.exec(t);
  if (!m) return readNumber(v, 'amount');
  const r = readNumber(t.slice(0, m.index), 'amount');
  const months = MONTHS_OF.get(m[1].toLowerCase()) ?? 1;
  return r.ok ? { ok: true, value: r.value / months } : numberProblem('unreadable', v);
}
