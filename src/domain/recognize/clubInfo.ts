// The club-information sheet: label / value pairs (SHEETS.md section 4). A label is a cell whose
// whole text is one of the labels of headers.ts ("Tên CLB", "Lãi suất cho vay (%/tháng)"), or a
// "Label: value" cell; its value is the next non-empty cell to its right.

import type { ClubInfo, ClubInfoField, InfoValue, ReadIssue } from '../books';
import type { CellValue, SheetGrid } from '../grid';
import { amountUnitOf, isBlank, isPerMilleHeader, periodMonthsOf, ratePeriodOfHeader, readAmount, readPerMonth, readPeriodStart, readRate, type ReadResult } from '../values';
import { matchInfoLabel } from './match';

/** How many rows of a sheet are searched for labels. */
const INFO_ROWS = 80;

export interface InfoLabel {
  readonly field: ClubInfoField;
  readonly label: string;
  /** Relative cell of the value (the label's own cell for "Label: value"). */
  readonly i: number;
  readonly j: number;
  readonly value: CellValue;
}

/** Labels found on a sheet, the first of each field. */
export function findInfoLabels(sheet: SheetGrid): InfoLabel[] {
  const found = new Map<ClubInfoField, InfoLabel>();
  const rows = Math.min(sheet.values.length, INFO_ROWS);
  /** The row whose labels stand side by side (a table header), if any. */
  let across = -1;
  for (let i = 0; i < rows; i++) {
    const row = sheet.values[i] ?? [];
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
      if (found.has(field)) continue;
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
        // A label alone at the start of its row, nothing written after it yet (a blank form, like
        // the standard workbook's): the sheet is still the club's information sheet.
        found.set(field, { field, label, i, j: j + 1, value: null });
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
