import type { CellValue } from '../grid';
import { text } from '../text';
import { EMPTY, booleanCell, errorValue, isSpaceCode, shown, unreadable } from './internal';
import type { ReadResult } from './result';

export type NumberKind = 'amount' | 'plain';

/**
 * Why a text could not be read as a number (internal to the readers). 'long-decimals': an amount
 * with four or more digits after a dot ("168.0000"), a thousands group mistyped, not a fraction of a
 * đồng.
 */
export type NumberProblem = 'empty' | 'unreadable' | 'ambiguous' | 'percent' | 'long-decimals';

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
  if (kind === 'amount' && s.charCodeAt(start) === 40 /* ( */) return bracketed(s, start, end);

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

  // "168.0000": no amount of đồng has four decimals; a digit too many in a group is more likely.
  if (kind === 'amount' && dec !== -1 && seps[dec] === DOT && groupEnd[dec + 1] - groupStart[dec + 1] >= 4) return 'long-decimals';

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

/**
 * An accountant's negative amount, in brackets: "(274)", "(1.500.000)", "(1.500.000 đ)" or
 * "(1.500.000)đ" is −1.500.000. A sign inside the brackets says two things at once: unreadable.
 */
function bracketed(s: string, start: number, end: number): number | NumberProblem {
  const close = s.lastIndexOf(')', end - 1);
  if (close <= start || !currencySuffix(s.slice(close + 1, end))) return 'unreadable';
  let first = start + 1;
  while (first < close && isSpaceCode(s.charCodeAt(first))) first++;
  if (!isDigit(s.charCodeAt(first))) return 'unreadable';
  const inner = parseNumberText(s, 'amount', first, close);
  if (typeof inner !== 'number') return inner;
  return inner === 0 ? 0 : -inner;
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

// "50 triệu", "2,5 triệu đồng", "1tr5", "1 triệu 200", "500 nghìn", "500k": an amount with its scale
// in words, as officers write capitals and loans (the province's own documents write "35 triệu
// đồng"). Digits after the scale word fill the places below it: "1tr5" = 1.500.000, "1 triệu 200" =
// 1.200.000, "1 triệu 200 nghìn" likewise.
const SCALE_OF = new Map<string, number>([
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['triệu', 1e6],
  ['trieu', 1e6],
  ['tr', 1e6],
  ['nghìn', 1e3],
  ['nghin', 1e3],
  ['ngàn', 1e3],
  ['ngan', 1e3],
  ['k', 1e3],
]);
const SCALED =
  /^\s*(\d[\d.,\s]*?)\s*(tỷ|tỉ|triệu|trieu|tr|nghìn|nghin|ngàn|ngan|k)\.?\s*(?:(\d{1,3})\s*(?:(nghìn|nghin|ngàn|ngan)\s*)?)?(?:đồng|dong|đ|vnđ|vnd)?\.?\s*$/iu;

function scaledWords(s: string): number | NumberProblem {
  const m = SCALED.exec(s.normalize('NFC'));
  if (!m) return 'unreadable';
  const n = parseNumberText(m[1], 'plain');
  if (typeof n !== 'number') return n;
  const scale = SCALE_OF.get(m[2].toLowerCase()) ?? 1;
  let below = 0;
  if (m[3] !== undefined) {
    const d = +m[3];
    if (m[4] !== undefined) below = d * 1e3;
    else below = (d * scale) / 10 ** m[3].length;
    if (below >= scale || !Number.isInteger(n)) return 'unreadable'; // "1 triệu 2000", "1,5 triệu 2"
  }
  return Math.round(n * scale + below);
}

/**
 * An amount in đồng: a number, or text as readNumber reads it, or with its scale in words ("50
 * triệu", "1tr5", "500 nghìn"). `unit` is the column's stated unit ("Số tiền (1.000 đ)" = 1000):
 * a figure counts in that unit, a figure with its own scale word does not.
 */
export function readAmount(v: CellValue, unit = 1): ReadResult<number> {
  if (typeof v !== 'string') {
    const r = readNumberCell(v);
    return r.ok && unit !== 1 ? { ok: true, value: Math.round(r.value * unit) } : r;
  }
  const r = parseNumberText(v, 'amount');
  if (typeof r === 'number') return { ok: true, value: unit === 1 ? r : Math.round(r * unit) };
  if (r !== 'unreadable') return numberProblem(r, v);
  const w = scaledWords(v);
  return typeof w === 'number' ? { ok: true, value: w } : numberProblem(w, v);
}

// The unit an amount column states in its header or an "ĐVT:" line: "(1.000 đ)", "nghìn đồng",
// "ĐVT: triệu đồng", "Tr.đ". Bare "nghìn" / "triệu" count only in brackets or after ĐVT.
const UNIT_PHRASE =
  /(?:^|[^\p{L}\p{N}])(?:(1[.,\s]?000(?:[.,\s]?000)?)\s*(?:đồng|đ|vnđ|vnd|dong|d)|(nghìn|nghin|ngàn|ngan|triệu|trieu|tr)\s*\.?\s*(?:đồng|đ|vnđ|vnd|dong)|tr\.?đ)(?![\p{L}\p{N}])/iu;
const BARE_UNIT = /(?:[([]|đvt\s*:?|đơn vị(?: tính)?\s*:?)\s*(nghìn|ngàn|triệu)\s*[)\]]?\s*(?:$|[/)\]])/iu;

/** Words one of which a header stating a unit holds; most headers hold none (no pattern is then tried). */
const UNIT_HINTS = ['000', 'ngh', 'ngà', 'ngan', 'tri', 'tr.', 'trđ', 'tr đ'];

/** The scale of amounts under `header`: 1000 for "(1.000 đ)" or "(nghìn đồng)", 1 when it states none. */
export function amountUnitOf(header: string): number {
  const t = header.normalize('NFC');
  const lower = t.toLowerCase();
  if (!UNIT_HINTS.some((h) => lower.includes(h))) return 1;
  const m = UNIT_PHRASE.exec(t);
  if (m) {
    if (m[1] !== undefined) return m[1].replace(/[.,\s]/g, '').length > 4 ? 1e6 : 1e3;
    if (m[2] === undefined) return 1e6; // "tr.đ", "trđ"
    return /^(ngh|ng)/iu.test(m[2]) ? 1e3 : 1e6;
  }
  const b = BARE_UNIT.exec(t);
  return b ? (/^tri/iu.test(b[1]) ? 1e6 : 1e3) : 1;
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
    case 'long-decimals':
      return unreadable(
        `"${q}" có từ 4 chữ số trở lên sau dấu chấm; dấu chấm ngăn hàng nghìn phải có đúng 3 chữ số theo sau`,
        `"${q}" has four or more digits after a dot; a dot grouping thousands is followed by exactly three digits`,
      );
    case 'percent':
      return unreadable(
        `"${q}" là tỷ lệ phần trăm, không phải số tiền hay số lượng`,
        `"${q}" is a percentage, not an amount or a count`,
      );
    default:
      return unreadable(`"${q}" không phải là một số`, `"${q}" is not a number`);
  }
}

/**
 * kind 'amount' = money in đồng (never fractional): a single separator followed by exactly 3 digits
 * groups thousands, whether dot or comma ("500,000" = 500000). kind 'plain': dot+3 digits groups
 * thousands, comma+1-2 digits is a decimal comma, a single comma followed by exactly 3 digits is
 * 'ambiguous'. Both: "5.000.000", "5,000,000", "5 000 000", "5.000.000 đ"/"đồng"/"VNĐ"/"vnd"/"d",
 * "0,8", "1.234.567,5", "1,234,567.5", leading +/-. Non-breaking and thin spaces count as spaces.
 * kind 'amount' also reads a scale in words ("50 triệu", see readAmount). A trailing % is not
 * accepted here (rates go through readRate). Booleans unreadable. CellError → error-value with its
 * code in detail.
 */
export function readNumber(v: CellValue, kind: NumberKind = 'plain'): ReadResult<number> {
  if (typeof v !== 'string') return readNumberCell(v);
  if (kind === 'amount') return readAmount(v);
  const r = parseNumberText(v, kind);
  return typeof r === 'number' ? { ok: true, value: r } : numberProblem(r, v);
}

function readNumberCell(v: Exclude<CellValue, string>): ReadResult<number> {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { ok: true, value: v } : unreadable('Ô không chứa số hợp lệ', 'The cell holds no valid number');
  }
  if (v === null) return EMPTY;
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
// Also typed without diacritics ("1.000 d/thang").
const PER_PERIOD =
  /\s*(?:\/\s*1?|mỗi|một|moi|mot)\s*(?:(?:người|nguoi|tv|thành viên|thanh vien|hội viên|hoi vien)\s*\/\s*)?(tháng|thang|th|năm|nam|quý|quy)(?:\s*\/\s*(?:người|nguoi|tv|thành viên|thanh vien|hội viên|hoi vien))?\s*\.?\s*$/iu;
const MONTHS_OF = new Map<string, number>([
  ['tháng', 1],
  ['thang', 1],
  ['th', 1],
  ['quý', 3],
  ['quy', 3],
  ['năm', 12],
  ['nam', 12],
]);

// A label's period: "Mức phí (đồng/năm)", "Mức đóng góp hằng quý".
const LABEL_PERIOD = /(?:\/\s*(?:(?:người|nguoi|tv|thành viên|thanh vien|hội viên|hoi vien)\s*\/\s*)?|(?:mỗi|hằng|hàng|một|moi|hang|mot)\s+)(tháng|thang|th|năm|nam|quý|quy)(?![\p{L}\p{N}])/iu;

/** How many months the amounts under `label` cover: 12 for "(đồng/năm)", 3 for "hằng quý", else 1. */
export function periodMonthsOf(label: string): number {
  const m = LABEL_PERIOD.exec(label.normalize('NFC'));
  return m ? (MONTHS_OF.get(m[1].toLowerCase()) ?? 1) : 1;
}

/**
 * An amount per month: a number, or text with its period ("3.000 đ/tháng", "36.000đ/năm" = 3,000).
 * `unit` and `months` are what the label states ("Mức phí (nghìn đồng/năm)"); a period written in
 * the value wins over the label's.
 */
export function readPerMonth(v: CellValue, unit = 1, months = 1): ReadResult<number> {
  const t = typeof v === 'string' ? v.normalize('NFC') : undefined;
  const m = t !== undefined ? PER_PERIOD.exec(t) : null;
  if (t === undefined || !m) {
    const r = readAmount(v, unit);
    return r.ok ? { ok: true, value: r.value / months } : r;
  }
  const r = readAmount(t.slice(0, m.index), unit);
  return r.ok ? { ok: true, value: r.value / (MONTHS_OF.get(m[1].toLowerCase()) ?? 1) } : numberProblem('unreadable', v);
}
