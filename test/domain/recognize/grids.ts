// Building workbooks in code for recognition tests.
import { checkWorkbook } from '../../../src/domain/check';
import type { CellRange, CellValue, SheetGrid, WorkbookGrids } from '../../../src/domain/grid';
import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { serialFromIso } from '../../../src/domain/values';

export interface SheetOptions {
  /** 0-based sheet row / column of the first cell (used range starting below or right of A1). */
  readonly top?: number;
  readonly left?: number;
  /** Merged areas in sheet coordinates. */
  readonly merges?: readonly CellRange[];
  /** Number formats, same shape as the rows (null = General). */
  readonly formats?: (string | null)[][];
  readonly hidden?: boolean | 'very';
}

export function sheet(name: string, rows: CellValue[][], options: SheetOptions = {}): SheetGrid {
  return {
    name,
    top: options.top ?? 0,
    left: options.left ?? 0,
    values: rows,
    formats: options.formats,
    merges: options.merges,
    hidden: options.hidden,
  };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrids {
  return { name: 'CLB Phu Hoa.xlsx', sheets };
}

/** The findings of a workbook of these sheets, with profile default on 30/06/2025. */
export function check(...sheets: SheetGrid[]) {
  return checkWorkbook(workbook(...sheets), { profile: builtinProfile('default') as Profile, asOf: serialFromIso('2025-06-30') as number }).findings;
}

/** A merged area from 0-based inclusive coordinates. */
export function merge(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}

export const ERR_NA: CellValue = { error: '#N/A' };
export const ERR_REF: CellValue = { error: '#REF!' };

/** Real-looking member rows: [name, birth, sex, hardship, role]. */
export const MEMBERS: readonly [string, number, string, string, string][] = [
  ['Nguyễn Thị Lan', 1955, 'Nữ', 'Hộ nghèo', 'Chủ nhiệm'],
  ['Trần Văn Hùng', 1950, 'Nam', '', 'Phó chủ nhiệm'],
  ['Lê Thị Hoà', 1962, 'Nữ', 'Cận nghèo', 'Ủy viên'],
  ['Phạm Thị Thuý', 1948, 'Nữ', 'Khó khăn', 'Ủy viên'],
  ['Võ Văn Hưng', 1970, 'Nam', '', 'Ủy viên'],
  ['Huỳnh Thị Mai', 1958, 'Nữ', 'HN', ''],
  ['Đặng Văn Tư', 1945, 'Nam', 'CN', ''],
  ['Bùi Thị Bảy', 1966, 'Nữ', '', ''],
];

/** The standard member list, one-row header, with title lines above. */
export function memberSheet(name = 'DS thành viên'): SheetGrid {
  return sheet(name, [
    ['HỘI NGƯỜI CAO TUỔI XÃ AN BÌNH', null, null, null, null, null],
    ['DANH SÁCH THÀNH VIÊN CLB LTHTGN ẤP PHÚ HÒA', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Chức vụ'],
    ...MEMBERS.map(([n, b, s, h, r], k) => [k + 1, n, b, s, h || null, r || null]),
  ]);
}

/** A loan book: [borrower, date (serial), amount, rate %/month]. */
export const LOANS: readonly [string, number, number | string, number | string][] = [
  ['Nguyễn Thị Lan', 45310, 5000000, 0.8],
  ['Lê Thị Hoà', 45320, '3.000.000', '0,8'],
  ['Huỳnh Thị Mai', 45400, 4000000, 1],
];

export function loanSheet(name = 'Sổ cho vay'): SheetGrid {
  return sheet(name, [
    ['SỔ THEO DÕI CHO VAY QUỸ TĂNG THU NHẬP', null, null, null, null, null],
    ['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'],
    ...LOANS.map(([n, d, a, r], k) => [k + 1, n, d, a, r, a]),
  ]);
}
