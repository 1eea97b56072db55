// The club-information sheet: label / value pairs (SHEETS.md section 4). A label is a cell whose
// whole text is one of the labels of headers.ts ("Tên CLB", "Lãi suất cho vay (%/tháng)"), or a
// "Label: value" cell; its value is the next non-empty cell to its right.

import type { ClubInfo, ClubInfoField, InfoValue, ReadIssue } from '../books';
import type { CellValue, SheetGrid } from '../grid';
import { amountUnitOf, isBlank, isPerMilleHeader, periodMonthsOf, ratePeriodOfHeader, readAmount, readPerMonth, readPeriodStart, readRate, type ReadResult } from '../values';
import { isTotalText } from './extent';
import { matchHeader, matchInfoLabel } from './match';

/** How many rows of a sheet are searched for labels. */
const INFO_ROWS = 80;

export interface InfoLabel {
  readonly field: ClubInfoField;
  readonly label: string;
  /** Relative cell of the value (the label's own cell for "Label: value"). */
  readonly i: number;
  readonly j: number;
  readonly value: CellValue;
  /** The label heads a column of a table of labels side by side (Tên CLB | Xã | Mức phí …): one club per row under it. */
  readonly across?: boolean;
}

/** Labels side by side on one row, this many at least, are a table's header, not label | value pairs. */
const ACROSS_MIN = 3;

/** Labels found on a sheet, the first of each field. */
export function findInfoLabels(sheet: SheetGrid): InfoLabel[] {
  const found = new Map<ClubInfoField, InfoLabel>();
  const rows = Math.min(sheet.values.length, INFO_ROWS);
  /** The row whose labels stand side by side (a table header), if any. */
  let across = -1;
  for (let i = 0; i < rows; i++) {
    const row = sheet.values[i] ?? [];
    if (labelsAcross(sheet, i, found)) continue;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string' || isBlank(v) || v.length > 80) continue;
      const colon = v.indexOf(':');
      const labelled = colon > 0 && v.slice(colon + 1).trim() === '';
      let field = matchInfoLabel(v, labelled) as ClubInfoField | undefined;
      let inline: string | undefined;
      if (!field) {
        if (colon <= 0) continue;
        field = matchInfoLabel(v.slice(0, colon), true) as ClubInfoField | undefined;
        if (!field) continue;
        const rest = v.slice(colon + 1).trim();
        if (rest) inline = rest;
      }
      const prev = found.get(field);
      if (prev && !(prev.i < i && laterDate(v, prev.label))) continue;
      let vj = -1;
      // A report form puts the unit between the label and the value (Chỉ tiêu | Đơn vị tính | Kết
      // quả): the unit goes with the label, the value is after it.
      let unit: string | undefined;
      for (let k = j + 1; k < row.length; k++) {
        const cell = row[k] ?? null;
        if (isBlank(cell)) continue;
        if (unit === undefined && isUnitCell(cell)) {
          unit = cell;
          continue;
        }
        vj = k;
        break;
      }
      const named = inline !== undefined ? v.slice(0, v.indexOf(':')) : v;
      const label = unit !== undefined ? `${named} (${unit.trim()})` : named;
      if (inline !== undefined) {
        // "- Lãi suất: ghi theo tháng" on a sheet of instructions is no value.
        if (TEXT_FIELDS.has(field) || readInfoValue(field, label, inline, null).ok) found.set(field, { field, label, i, j, value: inline });
      } else if (vj >= 0 && !isLabel(row[vj])) found.set(field, { field, label, i, j: vj, value: row[vj] });
      else if (vj < 0 && across !== i && firstFilled(row) === j) {
        // A label alone at the start of its row: its value on the lines under it ("Bằng số:
        // 60.000.000", "- Vốn ban đầu: 30.000.000" and "- Vốn bổ sung: …"), or nothing written yet (a
        // blank form, like the standard workbook's): the sheet is still the club's information sheet.
        found.set(field, (TEXT_FIELDS.has(field) ? undefined : valueBelow(sheet, i, field, label)) ?? { field, label, i, j: j + 1, value: null });
      } else if (vj >= 0 || across === i) {
        // The labels side by side as a table header (Tên CLB | Xã | Tỉnh …): the value is below.
        across = i;
        const below = sheet.values[i + 1]?.[j] ?? null;
        if (!isBlank(below) && !isLabel(below)) found.set(field, { field, label, i: i + 1, j, value: below });
      }
    }
  }
  return [...found.values()];
}

// "- Vốn ban đầu: 30.000.000", "+ Vốn bổ sung năm 2024" | 24.000.000: the parts of an amount, one per line.
const PART_LINE = /^\s*[-–+•*]\s*\S/u;
// "Bằng số: 60.000.000" under the label (and "Bằng chữ: …" after it, not read).
const IN_FIGURES = /^\s*(?:bằng số|bang so|số tiền|so tien)\s*:?\s*/iu;

/**
 * The value of a label alone on its row, written on the lines under it: the figures ("Bằng số:"),
 * or the parts added up ("- Vốn ban đầu …", "- Vốn bổ sung …"). Undefined when there is none.
 */
function valueBelow(sheet: SheetGrid, i: number, field: ClubInfoField, label: string): InfoLabel | undefined {
  let sum = 0;
  let parts = 0;
  for (let k = i + 1; k < Math.min(sheet.values.length, i + 8); k++) {
    const row = sheet.values[k] ?? [];
    const first = firstFilled(row);
    if (first < 0) break;
    const lead = row[first];
    if (typeof lead === 'string' && isLabel(lead.replace(PART_LINE, (m) => m.slice(-1)))) break;
    const amount = amountIn(row, first, field, label);
    if (typeof lead === 'string' && PART_LINE.test(lead)) {
      if (amount === undefined) break;
      sum += amount.value;
      parts++;
      continue;
    }
    if (parts > 0) break;
    if (amount !== undefined) return { field, label, i: k, j: amount.j, value: amount.raw };
    if (k > i + 2) break;
  }
  return parts > 0 ? { field, label, i, j: firstFilled(sheet.values[i] ?? []), value: sum } : undefined;
}

/** The first amount on a row from column `from`: a cell, or the text after "Bằng số:" / a part's colon. */
function amountIn(row: readonly CellValue[], from: number, field: ClubInfoField, label: string): { j: number; raw: CellValue; value: number } | undefined {
  for (let j = from; j < row.length; j++) {
    let v = row[j] ?? null;
    if (isBlank(v)) continue;
    if (typeof v === 'string') {
      const colon = v.indexOf(':');
      v = IN_FIGURES.test(v) ? v.replace(IN_FIGURES, '') : colon > 0 ? v.slice(colon + 1) : v;
      if (isBlank(v)) continue;
    }
    const r = readInfoValue(field, label, v, null);
    if (r.ok && typeof r.value === 'number') return { j, raw: v, value: r.value };
  }
  return undefined;
}

/**
 * A row of labels side by side (Tên CLB | Ấp | Ngày thành lập | Mức phí | Vốn quỹ TTN), the values
 * under them: their fields found from the row below. False when the row is no such header.
 */
function labelsAcross(sheet: SheetGrid, i: number, found: Map<ClubInfoField, InfoLabel>): boolean {
  const row = sheet.values[i] ?? [];
  const heads: { j: number; field: ClubInfoField; label: string }[] = [];
  for (let j = 0; j < row.length; j++) {
    const v = row[j];
    if (typeof v !== 'string' || v.length > 80 || v.includes(':')) continue;
    // A roll-up's member list (Tên CLB | Ấp | Họ và tên | Năm sinh …) is a list of people, not of clubs.
    const member = matchHeader('members', v)?.field;
    if (member === 'name' || member === 'birth') return false;
    const field = matchInfoLabel(v) as ClubInfoField | undefined;
    if (field) heads.push({ j, field, label: v });
  }
  if (heads.length < ACROSS_MIN) return false;
  for (const h of heads) {
    if (found.has(h.field)) continue;
    const below = sheet.values[i + 1]?.[h.j] ?? null;
    found.set(h.field, { field: h.field, label: h.label, i: i + 1, j: h.j, value: below, across: true });
  }
  return true;
}

/**
 * The club's details written in a book's title lines instead of an information sheet ("Tên CLB: …;
 * Xã: …; Mức phí: 6.000đ/tháng", "Vốn quỹ tăng thu nhập: 45.000.000 đồng"): "Label: value" parts.
 */
export function titleInfoLabels(sheet: SheetGrid, headerTop: number): InfoLabel[] {
  const out: InfoLabel[] = [];
  for (let i = 0; i < Math.min(headerTop, sheet.values.length); i++) {
    const row = sheet.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string' || !v.includes(':')) continue;
      for (const part of v.split(/\s*;\s*/u)) {
        const colon = part.indexOf(':');
        if (colon <= 0) continue;
        const field = matchInfoLabel(part.slice(0, colon), true) as ClubInfoField | undefined;
        const value = part.slice(colon + 1).trim();
        if (field && value && !out.some((l) => l.field === field)) out.push({ field, label: part.slice(0, colon), i, j, value });
      }
    }
  }
  return out;
}

/**
 * One set of labels per club: a table of labels side by side gives one club per row under its
 * header (a roll-up's information sheet), down to a blank row; label | value pairs give one.
 */
export function infoRows(sheet: SheetGrid, labels: readonly InfoLabel[]): InfoLabel[][] {
  const name = labels.find((l) => l.field === 'name' && l.across);
  if (!name) return [labels.slice()];
  const table = labels.filter((l) => l.across && l.i === name.i);
  const out: InfoLabel[][] = [];
  for (let i = name.i; i < sheet.values.length; i++) {
    const club = sheet.values[i]?.[name.j] ?? null;
    if (typeof club !== 'string' || isBlank(club) || isLabel(club) || isTotalText(club)) break;
    out.push(table.map((l) => ({ ...l, i, value: sheet.values[i]?.[l.j] ?? null })));
  }
  return out.length > 0 ? out : [labels.slice()];
}

// "Vốn quỹ TTN đến 31/12/2024", "… đến 30/6/2025": a figure as of a date; the latest is the club's now.
const LABEL_DATE = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;

/** Does `label` state a later date than `earlier` does? */
function laterDate(label: string, earlier: string): boolean {
  const a = LABEL_DATE.exec(label);
  const b = LABEL_DATE.exec(earlier);
  if (!a || !b) return false;
  const key = (m: RegExpExecArray) => Number(m[3]) * 10_000 + Number(m[2]) * 100 + Number(m[1]);
  return key(a) > key(b);
}

function firstFilled(row: readonly CellValue[]): number {
  for (let k = 0; k < row.length; k++) if (!isBlank(row[k] ?? null)) return k;
  return -1;
}

const UNIT_CELL = /^\s*(?:\(?\s*(?:đồng|đ|vnđ|nghìn đồng|ngàn đồng|triệu đồng|1\.000 đồng|%|‰)\s*(?:\/\s*(?:người\s*\/\s*)?(?:tháng|năm|quý))?\s*\)?|\(?\s*(?:%|‰)?\s*\/\s*(?:tháng|năm)\s*\)?|người|tháng|năm)\s*$/iu;

/** A cell holding only a unit: "đồng", "%/tháng", "đồng/tháng", "(nghìn đồng)". */
function isUnitCell(v: CellValue): v is string {
  return typeof v === 'string' && v.length <= 30 && UNIT_CELL.test(v.normalize('NFC'));
}

function isLabel(v: CellValue): boolean {
  return typeof v === 'string' && v.length <= 80 && matchInfoLabel(v) !== undefined;
}

const TEXT_FIELDS = new Set<ClubInfoField>(['name', 'hamlet', 'commune', 'district', 'province']);

export function readClubInfo(sheet: SheetGrid, labels: readonly InfoLabel[]): ClubInfo {
  const info: Record<string, unknown> = { kind: 'clubInfo', sheet: sheet.name };
  const issues: ReadIssue[] = [];
  for (const l of labels) {
    const r = sheet.top + l.i;
    const c = sheet.left + l.j;
    const raw = l.value;
    const format = sheet.formats?.[l.i]?.[l.j] ?? null;
    let value: unknown;
    if (isBlank(raw)) {
      // Not filled in yet: nothing to read, nothing wrong.
    } else if (TEXT_FIELDS.has(l.field)) {
      value = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : undefined;
      if (value === undefined && typeof raw === 'object' && raw !== null)
        issues.push({ field: l.field, c, kind: 'error-value', raw, detail: { vi: `Ô có lỗi công thức ${raw.error}`, en: `The cell shows the formula error ${raw.error}` } });
    } else {
      const res = readInfoValue(l.field, l.label, raw, format);
      if (res.ok) value = res.value;
      else issues.push(res.detail ? { field: l.field, c, kind: res.kind, raw, detail: res.detail } : { field: l.field, c, kind: res.kind, raw });
    }
    const iv: InfoValue<unknown> = value === undefined ? { r, c, raw } : { value, r, c, raw };
    info[l.field] = iv;
  }
  info.issues = issues.length ? issues : [];
  return info as unknown as ClubInfo;
}

/** A non-text value of the club-information sheet, read in the unit and period its label states. */
function readInfoValue(field: ClubInfoField, label: string, raw: CellValue, format: string | null): ReadResult<unknown> {
  const r = readInfoValueAsWritten(field, label, raw, format);
  // "3.000đ/tháng (ba nghìn đồng)", "45.000.000 đồng (Hội NCT hỗ trợ 30 triệu)": the note after it is not the value.
  if (r.ok || typeof raw !== 'string' || !NOTE_AFTER.test(raw)) return r;
  const bare = readInfoValueAsWritten(field, label, raw.replace(NOTE_AFTER, ''), format);
  return bare.ok ? bare : r;
}

const NOTE_AFTER = /\s*\([^()]*\)\s*$/u;

function readInfoValueAsWritten(field: ClubInfoField, label: string, raw: CellValue, format: string | null): ReadResult<unknown> {
  if (field === 'founded') return readFounded(raw, format);
  if (field === 'rate') return readRate(raw, format, ratePeriodOfHeader(label), isPerMilleHeader(label));
  if (field === 'fee') return readPerMonth(raw, amountUnitOf(label), periodMonthsOf(label));
  return readAmount(raw, amountUnitOf(label));
}

// "Thành lập năm 2019 theo QĐ số 123/QĐ-UBND ngày 15/3/2019": the founding date inside a sentence.
const DATE_IN_TEXT = /\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/u;
const YEAR_IN_TEXT = /(?:năm|nam)\s+(\d{4})/iu;

/** The founding date: a date or a period, else the date (or else the "năm yyyy") a sentence gives. */
function readFounded(raw: CellValue, format: string | null): ReadResult<unknown> {
  const r = readPeriodStart(raw, format);
  if (r.ok || typeof raw !== 'string') return r;
  const t = raw.normalize('NFC');
  const found = DATE_IN_TEXT.exec(t)?.[0] ?? YEAR_IN_TEXT.exec(t)?.[1];
  if (found === undefined) return r;
  const inner = readPeriodStart(found, null);
  return inner.ok ? inner : r;
}
