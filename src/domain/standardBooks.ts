// The blank standard workbook for a club starting fresh (../shared/SHEETS.md): the four books with
// the headers the recognizer knows, widths, number formats, drop-down lists and print setup.
// Plain data: the file writer (workbook/file/standard.ts) and the Office adapter both build from it.

import type { BookKind } from './books';

/** Number formats used by the standard books ('@' = text, so "0123" and leading zeros survive). */
export type StandardFormat = '@' | '0' | '#,##0' | '0.0' | '0.0#' | 'dd/mm/yyyy';

export const SEX_LIST = ['Nam', 'Nữ'] as const;
export const HARDSHIP_LIST = ['Hộ nghèo', 'Hộ cận nghèo', 'Hoàn cảnh khó khăn', 'Không'] as const;
export const ROLE_LIST = ['Chủ nhiệm', 'Phó chủ nhiệm', 'Ủy viên', 'Thành viên'] as const;
export const YES_MARK_LIST = ['x'] as const;
export const LOAN_KIND_LIST = ['Tiền mặt', 'Hiện vật'] as const;
export const FUND_LIST = ['Tăng thu nhập', 'Hoạt động'] as const;
export const STATUS_LIST = ['Đang sinh hoạt', 'Đã rời', 'Chuyển đi', 'Đã mất'] as const;

export interface StandardColumn {
  /** Header text as written in the header row. */
  readonly header: string;
  /** Column width in Excel character units. */
  readonly width: number;
  readonly format: StandardFormat;
  /** In-cell drop-down list for the prepared rows. */
  readonly list?: readonly string[];
}

/** One label / value line of a two-column information sheet. */
export interface StandardField {
  readonly label: string;
  /** Format of the value cell. */
  readonly format: StandardFormat;
  readonly list?: readonly string[];
}

export interface StandardPrint {
  readonly landscape: boolean;
  readonly fitToWidth: boolean;
  /** Rows repeated on every printed page, 1-based Excel style ("3:3"). */
  readonly repeatRows?: string;
}

export interface StandardSheet {
  readonly kind: BookKind;
  /** Sheet (tab) name; at most 31 characters. */
  readonly name: string;
  /** Title lines above the header, from row 0 (bold, merged across the table). */
  readonly title: readonly string[];
  /** 0-based row of the header. */
  readonly headerRow: number;
  readonly columns: readonly StandardColumn[];
  /** Label / value lines under the header (information sheet only); the labels fill column A. */
  readonly fields?: readonly StandardField[];
  /** Empty rows prepared under the header with formats, borders and drop-down lists. */
  readonly blankRows: number;
  /** Rows frozen at the top (title + header). */
  readonly freezeRows: number;
  readonly print: StandardPrint;
}

const CLUB_FIELDS: readonly StandardField[] = [
  { label: 'Tên CLB', format: '@' },
  { label: 'Thôn/Ấp', format: '@' },
  { label: 'Xã/Phường', format: '@' },
  { label: 'Tỉnh', format: '@' },
  { label: 'Ngày thành lập', format: 'dd/mm/yyyy' },
  { label: 'Mức phí thành viên (đồng/tháng)', format: '#,##0' },
  { label: 'Lãi suất cho vay (%/tháng)', format: '0.0#' },
  { label: 'Vốn quỹ tăng thu nhập (đồng)', format: '#,##0' },
  { label: 'Vốn quỹ hoạt động (đồng)', format: '#,##0' },
];

export const STANDARD_BOOKS: readonly StandardSheet[] = [
  {
    kind: 'clubInfo',
    name: 'Thông tin CLB',
    title: ['THÔNG TIN CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU'],
    headerRow: 2,
    columns: [
      { header: 'Thông tin', width: 36, format: '@' },
      { header: 'Giá trị', width: 36, format: '@' },
    ],
    fields: CLUB_FIELDS,
    blankRows: CLUB_FIELDS.length,
    freezeRows: 0,
    print: { landscape: false, fitToWidth: true },
  },
  {
    kind: 'members',
    name: 'Danh sách thành viên',
    title: ['DANH SÁCH THÀNH VIÊN CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU'],
    headerRow: 2,
    columns: [
      { header: 'STT', width: 6, format: '0' },
      { header: 'Họ và tên', width: 26, format: '@' },
      { header: 'Năm sinh', width: 10, format: '0' },
      { header: 'Giới tính', width: 10, format: '@', list: SEX_LIST },
      { header: 'Hoàn cảnh', width: 20, format: '@', list: HARDSHIP_LIST },
      { header: 'Chức vụ', width: 16, format: '@', list: ROLE_LIST },
      { header: 'TNV chăm sóc tại nhà', width: 13, format: '@', list: YES_MARK_LIST },
      { header: 'Được chăm sóc tại nhà', width: 13, format: '@', list: YES_MARK_LIST },
      { header: 'Dân tộc', width: 10, format: '@' },
      { header: 'Thôn/Ấp', width: 14, format: '@' },
      { header: 'Ngày vào CLB', width: 13, format: 'dd/mm/yyyy' },
      { header: 'Tình trạng', width: 16, format: '@', list: STATUS_LIST },
    ],
    blankRows: 70,
    freezeRows: 3,
    print: { landscape: true, fitToWidth: true, repeatRows: '3:3' },
  },
  {
    kind: 'loans',
    name: 'Sổ cho vay',
    title: ['SỔ THEO DÕI CHO VAY (QUỸ TĂNG THU NHẬP)'],
    headerRow: 2,
    columns: [
      { header: 'STT', width: 6, format: '0' },
      { header: 'Mã vay', width: 10, format: '@' },
      { header: 'Họ tên người vay', width: 26, format: '@' },
      { header: 'Ngày vay', width: 12, format: 'dd/mm/yyyy' },
      { header: 'Số tiền vay (đồng)', width: 15, format: '#,##0' },
      { header: 'Hình thức', width: 11, format: '@', list: LOAN_KIND_LIST },
      { header: 'Lãi suất (%/tháng)', width: 11, format: '0.0#' },
      { header: 'Thời hạn (tháng)', width: 10, format: '0' },
      { header: 'Ngày đến hạn', width: 12, format: 'dd/mm/yyyy' },
      { header: 'Đã trả gốc', width: 14, format: '#,##0' },
      { header: 'Đã trả lãi', width: 13, format: '#,##0' },
      { header: 'Dư nợ', width: 14, format: '#,##0' },
      { header: 'Mục đích', width: 22, format: '@' },
    ],
    blankRows: 100,
    freezeRows: 3,
    print: { landscape: true, fitToWidth: true, repeatRows: '3:3' },
  },
  {
    kind: 'cashbook',
    name: 'Sổ quỹ',
    title: ['SỔ QUỸ'],
    headerRow: 2,
    columns: [
      { header: 'Ngày', width: 12, format: 'dd/mm/yyyy' },
      { header: 'Số phiếu', width: 10, format: '@' },
      { header: 'Diễn giải', width: 36, format: '@' },
      { header: 'Quỹ', width: 15, format: '@', list: FUND_LIST },
      { header: 'Thu', width: 14, format: '#,##0' },
      { header: 'Chi', width: 14, format: '#,##0' },
      { header: 'Tồn quỹ', width: 15, format: '#,##0' },
    ],
    blankRows: 200,
    freezeRows: 3,
    print: { landscape: false, fitToWidth: true, repeatRows: '3:3' },
  },
];
