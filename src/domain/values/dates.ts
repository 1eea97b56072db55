import type { CellValue } from '../grid';
import { EMPTY, booleanCell, errorValue, isSpaceCode, shown, unreadable } from './internal';
import type { ReadFail, ReadResult } from './result';

// Excel's 1900 date system: serial 1 = 1900-01-01, and 60 is the 1900-02-29 that never was (Excel
// keeps Lotus 1-2-3's leap-year bug), so from 1900-03-01 (61) on, serial = days since 1899-12-30.
const SERIAL_OF_1970 = 25569;
const MAX_SERIAL = 2958465; // 9999-12-31

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Excel serial of a calendar date; months and days past their end roll over like Date.UTC. */
export function serialFromYmd(y: number, m: number, d: number): number {
  if (y === 1900 && m === 2 && d === 29) return 60;
  const m0 = m - 1;
  y += Math.floor(m0 / 12);
  m = (((m0 % 12) + 12) % 12) + 1;
  const s = daysFromCivil(y, m, d) + SERIAL_OF_1970;
  return s < 61 ? s - 1 : s;
}

export function ymdFromSerial(s: number): { y: number; m: number; d: number } {
  s = Math.floor(s);
  if (s === 60) return { y: 1900, m: 2, d: 29 };
  let z = (s < 60 ? s + 1 : s) - SERIAL_OF_1970 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  z = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y: z, m, d };
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad4(n: number): string {
  return n >= 1000 ? String(n) : String(n).padStart(4, '0');
}

/** 45838 → "2025-06-30". */
export function isoFromSerial(s: number): string {
  const { y, m, d } = ymdFromSerial(s);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return to > from ? n : -1;
}

/** "2025-06-30" → serial; undefined unless it is exactly a valid yyyy-mm-dd date. */
export function serialFromIso(iso: string): number | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 7);
  const d = digitsAt(iso, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return undefined;
  if (y === 1900 && m === 2 && d === 29) return 60;
  if (d > daysInMonth(y, m) || y < 1900) return undefined;
  return serialFromYmd(y, m, d);
}

/** 45838 → "30/06/2025". */
export function formatDateVi(s: number): string {
  const { y, m, d } = ymdFromSerial(s);
  return `${pad2(d)}/${pad2(m)}/${pad4(y)}`;
}

const dateFormats = new Map<string, boolean>();

/**
 * The number format shows a date or time: a d, m, y or h code outside quoted text and brackets.
 * "General", "0.00", "#,##0", "@", `#,##0 "đ"` are not date formats.
 */
export function isDateFormat(format: string | null): boolean {
  if (format === null) return false;
  if (format === lastDateFormat) return lastDateFormatResult;
  let hit = dateFormats.get(format);
  if (hit === undefined) {
    hit = computeDateFormat(format);
    if (dateFormats.size > 10_000) dateFormats.clear();
    dateFormats.set(format, hit);
  }
  lastDateFormat = format;
  lastDateFormatResult = hit;
  return hit;
}

// The same format usually repeats down a column: remember the last one before asking the map.
let lastDateFormat: string | null = null;
let lastDateFormatResult = false;

function computeDateFormat(format: string): boolean {
  let found = false;
  const lower = format.toLowerCase();
  if (!lower.startsWith('general') && !lower.startsWith('standard')) {
    for (let i = 0; i < lower.length && !found; i++) {
      const c = lower.charCodeAt(i);
      if (c === 34) {
        const close = lower.indexOf('"', i + 1);
        if (close < 0) break;
        i = close;
      } else if (c === 91) {
        const close = lower.indexOf(']', i + 1);
        if (close < 0) break;
        i = close;
      } else if (c === 92 || c === 95 || c === 42) i++;
      else if (c === 100 || c === 109 || c === 121 || c === 104) found = true;
    }
  }
  return found;
}

function noSuchDate(q: string, y: number, m: number, d: number): ReadFail | undefined {
  if (m < 1 || m > 12) return unreadable(`"${q}": không có tháng ${m}`, `"${q}": there is no month ${m}`);
  if (d < 1 || d > daysInMonth(y, m)) {
    return unreadable(
      `"${q}" không có thật (tháng ${m}${m === 2 ? ` năm ${y}` : ''} không có ngày ${d})`,
      `"${q}" does not exist (month ${m}${m === 2 ? ` of ${y}` : ''} has no day ${d})`,
    );
  }
  if (y < 1900) return unreadable(`"${q}": năm ${y} quá xa (trước 1900)`, `"${q}": the year ${y} is before 1900`);
  return undefined;
}

function notADate(v: CellValue): ReadFail {
  const q = shown(v);
  return unreadable(
    `"${q}" không phải là ngày (viết ngày/tháng/năm, ví dụ 30/06/2025)`,
    `"${q}" is not a date (write day/month/year, e.g. 30/06/2025)`,
  );
}

// Reused buffers for the three numbers of a date text (the readers are synchronous).
const PARTS = new Int32Array(3);
const LENS = new Int32Array(3);

const VI_LONG_DATE = /^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/;

// "15 / 3 / 2025", "15- 03 -2025": spaces typed around the separators of a date.
const SPACED_SEPARATOR = /(\d)\s*([/.-])\s*(?=\d)/g;

/** parseDateText, and again without the spaces around separators when the text has them. */
// "2017-03-01T00:00:00", "2025-03-15T12:00:00Z": an ISO date-time as web exports write it.
const ISO_DATE_TIME = /^\s*(\d{4}-\d{1,2}-\d{1,2})T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

function parseDateLoose(s: string): number | ReadFail | undefined {
  const iso = s.length > 10 && s.charCodeAt(4) === 45 ? ISO_DATE_TIME.exec(s) : null;
  const r = parseDateText(iso ? iso[1] : s);
  if (typeof r === 'number' || !/\d\s+[/.-]|[/.-]\s+\d/.test(s)) return r ?? monthNameDate(s);
  const compact = parseDateText(s.replace(SPACED_SEPARATOR, '$1$2'));
  return compact ?? r ?? monthNameDate(s);
}

/** A date written as text, day first always: a serial, why not, or undefined when it is no date at all. */
function parseDateText(s: string): number | ReadFail | undefined {
  let start = 0;
  let end = s.length;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  if (start === end) return EMPTY;
  // The date ends at the first space; a time of day may follow ("30/06/2025 08:00") and is ignored.
  let dateEnd = start;
  while (dateEnd < end && !isSpaceCode(s.charCodeAt(dateEnd))) dateEnd++;
  if (dateEnd < end && !isTimeText(s, dateEnd, end)) return longDate(s);

  const parts = PARTS;
  const lens = LENS;
  let count = 0;
  let sep = -1;
  let from = start;
  for (let i = start; i <= dateEnd; i++) {
    const c = i < dateEnd ? s.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) continue;
    if (c !== -1) {
      if (c !== 47 && c !== 45 && c !== 46) return undefined;
      if (sep === -1) sep = c;
      else if (c !== sep) return undefined;
    }
    if (i === from || i - from > 4 || count === 3) return undefined;
    parts[count] = digitsAt(s, from, i);
    lens[count] = i - from;
    count++;
    from = i + 1;
  }
  if (count !== 3) return undefined;
  let y: number;
  let m: number;
  let d: number;
  if (lens[0] === 4) {
    if (lens[2] > 2 || lens[1] > 2) return undefined;
    y = parts[0];
    m = parts[1];
    d = parts[2];
  } else {
    if (lens[0] > 2 || lens[1] > 2 || (lens[2] !== 2 && lens[2] !== 4)) return undefined;
    d = parts[0];
    m = parts[1];
    y = parts[2];
    if (lens[2] === 2) y += y < 50 ? 2000 : 1900;
  }
  // The whole text is quoted (with a time after the date, too), so the message quotes the cell once.
  const bad = noSuchDate(s.slice(start, end), y, m, d);
  return bad ?? serialFromYmd(y, m, d);
}

function isTimeText(s: string, from: number, to: number): boolean {
  while (from < to && isSpaceCode(s.charCodeAt(from))) from++;
  const first = s.charCodeAt(from);
  if (!(first >= 48 && first <= 57)) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) | 0x20;
    const ok = (c >= 48 && c <= 58) || c === 46 || isSpaceCode(s.charCodeAt(i)) || c === 97 || c === 112 || c === 109 || c === 115 || c === 99 || c === 104 || c === 103;
    if (!ok) return false;
  }
  return true;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A date cell pasted as the text Excel showed: "15-Mar-2025", "15 Mar 25" (an English Excel's
// d-mmm-yy), "15-Thg3-2025", "15-thg 3-25" (a Vietnamese Excel's), "15 thg 3, 2025" (Google Sheets
// in Vietnamese). Day first still.
const MONTH_NAME_DATE = /^(\d{1,2})[\s./-]*(?:th(?:g|áng)?\.?\s*(\d{1,2})|([a-z]{3,9})\.?)[\s,./-]+(\d{4}|\d{2})$/i;

function monthNameDate(s: string): number | ReadFail | undefined {
  const m = MONTH_NAME_DATE.exec(s.trim().normalize('NFC'));
  if (!m) return undefined;
  const month = m[2] !== undefined ? Number(m[2]) : MONTHS.indexOf(m[3].slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return unknownMonthName(s.trim(), m[3]);
  const year = m[4].length === 2 ? Number(m[4]) + (Number(m[4]) < 50 ? 2000 : 1900) : Number(m[4]);
  const d = Number(m[1]);
  return noSuchDate(s.trim(), year, month, d) ?? serialFromYmd(year, month, d);
}

/** The day is already first: only the month's name could not be read, so say that, not "write d/m/y". */
function unknownMonthName(q: string, name: string): ReadFail {
  return unreadable(
    `"${q}" không phải là ngày: "${name}" không phải tên tháng (Excel tiếng Anh viết Jan, Feb, Mar … Dec; tiếng Việt viết Thg1 … Thg12)`,
    `"${q}" is not a date: "${name}" is no month name (Excel writes Jan, Feb, Mar … Dec in English, Thg1 … Thg12 in Vietnamese)`,
  );
}

/** "ngày 30 tháng 6 năm 2025" (a club's founding date is often written out). */
function longDate(s: string): number | ReadFail | undefined {
  const k = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
  const m = VI_LONG_DATE.exec(k);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return noSuchDate(s.trim(), y, mo, d) ?? serialFromYmd(y, mo, d);
}

function dateFromNumber(v: number, format: string | null): number | ReadFail {
  if (!Number.isFinite(v)) return notADate(v);
  if (isDateFormat(format)) {
    if (v >= 1 && v < MAX_SERIAL + 1) return Math.floor(v);
    return notADate(v);
  }
  if (Number.isInteger(v) && v > 3000 && v <= MAX_SERIAL) return v;
  if (Number.isInteger(v) && v >= 1900 && v <= 2100) {
    return unreadable(`${v} là một năm, chưa phải ngày đầy đủ`, `${v} is a year, not a full date`);
  }
  return notADate(v);
}

/**
 * A date cell: a serial when the format is a date format or the number is a plausible serial (an
 * integer above 3000); text "dd/mm/yyyy", "d/m/yy", "dd-mm-yyyy", "dd.mm.yyyy", "yyyy-mm-dd", a time
 * after a space ignored. Day first, always. 2-digit years: 00–49 → 20xx, 50–99 → 19xx.
 */
export function readDate(v: CellValue, format: string | null): ReadResult<number> {
  let r: number | ReadFail;
  if (typeof v === 'number') r = dateFromNumber(v, format);
  else if (v === null) return EMPTY;
  else if (typeof v === 'string') r = parseDateLoose(v) ?? notADate(v);
  else if (typeof v === 'boolean') return booleanCell();
  else return errorValue(v);
  return typeof r === 'number' ? { ok: true, value: r } : r;
}

// "1.958": a year pasted from a column formatted #,##0 with Vietnamese separators.
const YEAR_THOUSANDS = /^\s*(1|2)\.(\d{3})\s*$/;

function birthYearText(s: string): number | undefined {
  const grouped = YEAR_THOUSANDS.exec(s);
  if (grouped) return Number(grouped[1] + grouped[2]);
  // "1958", "1958.0", "1958,0"
  const t = s.trim();
  if (t.length < 4) return undefined;
  const y = digitsAt(t, 0, 4);
  if (y < 0) return undefined;
  if (t.length > 4) {
    const c = t.charCodeAt(4);
    if ((c !== 46 && c !== 44) || t.length === 5) return undefined;
    for (let i = 5; i < t.length; i++) if (t.charCodeAt(i) !== 48) return undefined;
  }
  return y;
}

function notABirth(v: CellValue): ReadFail {
  const q = shown(v);
  // A birth date typed into a column formatted as a plain number (the standard book's Năm sinh)
  // shows as its serial: 20163 is 15/03/1955.
  if (typeof v === 'number' && Number.isInteger(v) && v >= 3000 && v <= 73050) {
    const date = formatDateVi(v);
    const year = ymdFromSerial(v).y;
    return unreadable(
      `${q} là ngày ${date} gõ vào cột năm sinh (Excel hiện thành số): ghi năm sinh ${year}`,
      `${q} is the date ${date} typed into the birth-year column (Excel shows it as a number): write the year ${year}`,
    );
  }
  // Some rosters give the age instead of the year: say so, the fix is different.
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 120) {
    return unreadable(
      `"${q}" là tuổi hoặc năm viết tắt, chưa phải năm sinh: ghi năm sinh đủ 4 chữ số (ví dụ 1958)`,
      `"${q}" is an age or a shortened year, not a birth year: write the 4-digit year of birth (e.g. 1958)`,
    );
  }
  return unreadable(
    `"${q}" không phải là năm sinh hay ngày sinh (ví dụ 1958 hoặc 15/03/1958)`,
    `"${q}" is not a birth year or birth date (e.g. 1958 or 15/03/1958)`,
  );
}

/**
 * A birth year (number or text 1900..2100, also "1958.0") or a full date (a serial in a date-formatted
 * cell, or date text) → { year, date? }. An integer 1900..2100 is a year even in a date-formatted
 * cell: typed there, Excel shows it as a 1905 date, which nobody on a roster was born on.
 */
export function readBirth(v: CellValue, format: string | null): ReadResult<{ year: number; date?: number }> {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return { ok: true, value: { year: v } };
    if (isDateFormat(format) && Number.isFinite(v) && v >= 1 && v < MAX_SERIAL + 1) {
      const date = Math.floor(v);
      return { ok: true, value: { year: ymdFromSerial(date).y, date } };
    }
    return notABirth(v);
  }
  if (v === null) return EMPTY;
  if (typeof v === 'boolean') return booleanCell();
  if (typeof v !== 'string') return errorValue(v);
  // "1958 (âm lịch)", "1962 (AL)": a year of the lunar calendar is still the year of birth.
  const t = v.normalize('NFC').replace(LUNAR_NOTE, '').replace(APPROX_BEFORE, '').replace(APPROX_AFTER, '');
  const y = birthYearText(t);
  if (y !== undefined) {
    if (y >= 1900 && y <= 2100) return { ok: true, value: { year: y } };
    // "1854": a year, but no member's (over 110 years old): say so rather than "not a year".
    if (y >= 1000 && y < 1900) return unreadable(`"${shown(v)}": năm sinh ${y} quá xa (trước 1900)`, `"${shown(v)}": the birth year ${y} is before 1900`);
    return notABirth(v);
  }
  const r = parseDateLoose(t);
  if (typeof r === 'number') return { ok: true, value: birthOn(r, t) };
  // "3/1958", "tháng 10/1956": the month and year of birth.
  const my = MONTH_YEAR.exec(t.trim());
  if (my && Number(my[1]) >= 1 && Number(my[1]) <= 12 && Number(my[2]) >= 1900 && Number(my[2]) <= 2100) return { ok: true, value: { year: Number(my[2]) } };
  return r ?? notABirth(v);
}

// "khoảng 1950", "~1948", "1950?", "1948 (khoảng)": many older members know their year only roughly;
// the year they give is their year of birth for the age bands.
const APPROX_BEFORE = /^\s*(?:khoảng|khoang|ước|uoc|tầm|chừng|~|≈)\s*(?=\d)/iu;
const APPROX_AFTER = /(?<=\d)\s*(?:\?+|\(\s*(?:khoảng|khoang|ước tính|ước|uoc tinh|\?)\s*\))\s*$/iu;
const LUNAR_NOTE = /\s*(?:\(\s*(?:âm lịch|am lich|al|âl)\s*\)|(?:âm lịch|am lich|al|âl)\.?)\s*$/iu;
const TWO_DIGIT_YEAR = /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2}\s*$/;

/**
 * A birth date as read. A two-digit year is of the 1900s unless that would make a member younger
 * than ten or so: "12/5/44" is 1944 (readDate alone reads it as 2044), "3/4/08" stays 2008.
 */
function birthOn(serial: number, typed: string): { year: number; date: number } {
  const { y, m, d } = ymdFromSerial(serial);
  if (y > 2010 && TWO_DIGIT_YEAR.test(typed)) {
    const date = serialFromYmd(y - 100, m, d);
    return { year: y - 100, date };
  }
  return { year: y, date: serial };
}

const MONTH_YEAR = /^(?:th(?:á|a)ng\s*)?(\d{1,2})\s*(?:[/.-]|\s+n(?:ă|a)m\s+)\s*(\d{4})$/iu;

/** A due date: a date, or a month ("Tháng 12/2025", "12/2025"), which falls due on its last day. */
export function readDueDate(v: CellValue, format: string | null): ReadResult<number> {
  const r = readDate(v, format);
  if (r.ok || typeof v !== 'string') return r;
  const my = MONTH_YEAR.exec(v.normalize('NFC').trim());
  const m = my ? Number(my[1]) : 0;
  if (!my || m < 1 || m > 12) return r;
  return { ok: true, value: serialFromYmd(Number(my[2]), m + 1, 1) - 1 };
}

/** Serial + whole months, on the same day of the month or the month's last day (31/1 + 1 = 28 or 29/2). */
/** When a loan with no due date written falls due by its term; undefined when either is unknown. */
export function termEnd(date: number | undefined, months: number | undefined): number | undefined {
  return date !== undefined && months !== undefined && Number.isInteger(months) && months > 0 ? addMonths(date, months) : undefined;
}

export function addMonths(serial: number, months: number): number {
  const { y, m, d } = ymdFromSerial(serial);
  const monthDays = serialFromYmd(y, m + months + 1, 1) - serialFromYmd(y, m + months, 1);
  return serialFromYmd(y, m + months, Math.min(d, monthDays));
}

// An extension written in a loan's notes: "Gia hạn đến 31/12/2025 do ốm", "Gia hạn tới tháng 9/2025",
// "Gia hạn 3 tháng (BCN họp 15/5/2025)", "Đã gia hạn thêm 6 tháng".
const EXTENDED_TO = /gia\s+hạn(?:\s+nợ)?\s+(?:đến|tới)\s+(?:ngày\s+|tháng\s+)?(\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)/iu;
const EXTENDED_BY = /gia\s+hạn(?:\s+nợ)?(?:\s+thêm)?\s+(\d{1,2})\s*tháng/iu;

/**
 * The due date an extension written in a note moves a loan to: the date it names, or the due date
 * plus the months it names; undefined when the note names no extension (or the months have no due
 * date to count from).
 */
export function readExtensionNote(v: CellValue, due: number | undefined): number | undefined {
  if (typeof v !== 'string' || v.length < 8) return undefined;
  const t = v.normalize('NFC');
  const to = EXTENDED_TO.exec(t);
  if (to) {
    const r = readDueDate(to[1].replace(/\s+/g, ''), null);
    return r.ok ? r.value : undefined;
  }
  const by = EXTENDED_BY.exec(t);
  return by && due !== undefined && Number(by[1]) > 0 ? addMonths(due, Number(by[1])) : undefined;
}

const YEAR_ONLY = /^(?:n(?:ă|a)m\s*)?(\d{4})$/iu;

/**
 * The start of a period: a date (readDate), else a month "3/2018", "tháng 3 năm 2018" (its first day),
 * else a year "2018" (1 January). For dates where only the period is known, such as the day a club
 * was founded; never for loan or payment dates.
 */
export function readPeriodStart(v: CellValue, format: string | null): ReadResult<number> {
  const r = readDate(v, format);
  if (r.ok || (typeof v !== 'string' && typeof v !== 'number')) return r;
  const t = String(v).normalize('NFC').trim();
  const my = MONTH_YEAR.exec(t);
  const y = my ? Number(my[2]) : Number(YEAR_ONLY.exec(t)?.[1] ?? NaN);
  const m = my ? Number(my[1]) : 1;
  if (!Number.isInteger(y) || y < 1900 || y > 2100 || m < 1 || m > 12) return r;
  return { ok: true, value: serialFromYmd(y, m, 1) };
}
