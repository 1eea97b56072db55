// Header wordings seen in clubs' own books (../shared/SHEETS.md). This file is data, not code:
// to accept a new wording, add it to the list of its field. Matching ignores case, spacing,
// punctuation and tone-mark placement (headerKey), so "HỌ VÀ TÊN", "Họ  và tên:" and "Họ và tên"
// are one wording; a wording written with diacritics also matches the same words typed without
// them ("Ho va ten"). A header that starts with a wording ("Số tiền vay (đồng)", "Họ và tên thành
// viên") matches it too; the longest wording wins.

import type { BookKind, CashField, ClubInfoField, LoanField, MemberField, RepaymentField } from '../books';
import type { Text } from '../text';

export type TableKind = Exclude<BookKind, 'clubInfo'>;

export type FieldOf<K extends TableKind> = K extends 'members'
  ? MemberField
  : K extends 'loans'
    ? LoanField
    : K extends 'repayments'
      ? RepaymentField
      : CashField;

const STT = ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự', 'No'];
const CLUB = ['CLB', 'Tên CLB', 'Câu lạc bộ', 'Tên câu lạc bộ', 'CLB LTHTGN'];

export const MEMBER_HEADERS: Readonly<Record<MemberField, readonly string[]>> = {
  stt: STT,
  club: CLUB,
  name: ['Họ và tên', 'Họ tên', 'Họ tên thành viên', 'Họ và tên thành viên', 'Tên thành viên', 'Thành viên'],
  birth: ['Năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'NS', 'Sinh năm'],
  sex: ['Giới tính', 'Giới', 'Nam/Nữ', 'Nam, Nữ', 'Phái'],
  birthMale: ['Năm sinh nam', 'Năm sinh (Nam)'],
  birthFemale: ['Năm sinh nữ', 'Năm sinh (Nữ)'],
  hardship: [
    'Hoàn cảnh',
    'Hoàn cảnh gia đình',
    'Đối tượng',
    'Diện',
    'Diện hộ',
    'Hộ nghèo/cận nghèo/khó khăn',
    'Hộ nghèo, cận nghèo, khó khăn',
    'Phân loại hộ',
    'Loại hộ',
  ],
  poorMark: ['Hộ nghèo', 'Nghèo'],
  nearPoorMark: ['Hộ cận nghèo', 'Cận nghèo', 'Hộ CN'],
  hardshipMark: ['Khó khăn', 'Hoàn cảnh khó khăn', 'Hộ khó khăn', 'HCKK'],
  role: ['Chức vụ', 'Chức vụ trong CLB', 'Chức danh', 'Vai trò'],
  volunteer: ['Tình nguyện viên', 'TNV', 'TNV chăm sóc tại nhà', 'Tình nguyện viên chăm sóc tại nhà'],
  caredAtHome: ['Được chăm sóc tại nhà', 'Người được chăm sóc', 'Được chăm sóc'],
  ethnicity: ['Dân tộc'],
  hamlet: ['Thôn', 'Ấp', 'Tổ', 'Địa chỉ', 'Thôn/Ấp', 'Thôn/Tổ', 'Nơi ở'],
  joined: ['Ngày vào CLB', 'Ngày tham gia', 'Ngày kết nạp', 'Ngày vào', 'Năm tham gia'],
  left: ['Ngày ra', 'Ngày rời CLB', 'Ngày ra khỏi CLB', 'Ngày rời'],
  status: ['Tình trạng', 'Trạng thái', 'Tình trạng sinh hoạt'],
};

export const LOAN_HEADERS: Readonly<Record<LoanField, readonly string[]>> = {
  stt: STT,
  club: CLUB,
  id: ['Mã vay', 'Mã khoản vay', 'Số HĐ', 'Số hợp đồng', 'Số khế ước', 'Mã HĐ'],
  borrower: ['Họ tên người vay', 'Họ và tên người vay', 'Người vay', 'Họ và tên', 'Họ tên', 'Thành viên vay', 'Tên người vay'],
  date: ['Ngày vay', 'Ngày giải ngân', 'Ngày nhận vốn', 'Ngày cho vay', 'Ngày nhận', 'Ngày phát vốn'],
  amount: ['Số tiền vay', 'Số tiền', 'Vốn vay', 'Số tiền (đồng)', 'Giá trị (quy ra tiền)', 'Giá trị', 'Số vốn vay', 'Mức vay'],
  kind: ['Hình thức', 'Hình thức vay', 'Hiện vật', 'Tiền mặt/Hiện vật', 'Hình thức (Tiền mặt/Hiện vật)'],
  rate: ['Lãi suất', 'Lãi suất (%/tháng)', 'Lãi suất (%/năm)', 'Lãi suất cho vay'],
  term: ['Thời hạn', 'Kỳ hạn', 'Thời hạn (tháng)', 'Thời gian vay', 'Thời hạn vay'],
  due: ['Ngày đến hạn', 'Hạn trả', 'Ngày trả (dự kiến)', 'Ngày trả dự kiến', 'Hạn trả nợ', 'Ngày hết hạn'],
  principalRepaid: ['Đã trả gốc', 'Gốc đã trả', 'Tiền gốc đã trả', 'Đã thu gốc', 'Gốc đã thu'],
  interestPaid: ['Đã trả lãi', 'Lãi đã trả', 'Tiền lãi', 'Đã thu lãi', 'Lãi đã thu', 'Tiền lãi đã trả'],
  outstanding: ['Dư nợ', 'Còn nợ', 'Số dư nợ', 'Dư nợ còn lại', 'Dư nợ hiện tại'],
  purpose: ['Mục đích', 'Mục đích vay', 'Mục đích sử dụng vốn'],
};

export const REPAYMENT_HEADERS: Readonly<Record<RepaymentField, readonly string[]>> = {
  stt: STT,
  club: CLUB,
  loanId: ['Mã vay', 'Mã khoản vay', 'Số HĐ', 'Số hợp đồng', 'Số khế ước', 'Mã HĐ'],
  borrower: ['Người vay', 'Họ tên', 'Họ và tên', 'Họ tên người vay', 'Họ và tên người vay', 'Người trả'],
  date: ['Ngày trả', 'Ngày thu', 'Ngày nộp', 'Ngày trả nợ', 'Ngày thu nợ'],
  principal: ['Tiền gốc', 'Gốc', 'Trả gốc', 'Thu gốc', 'Số tiền gốc', 'Nợ gốc'],
  interest: ['Tiền lãi', 'Lãi', 'Trả lãi', 'Thu lãi', 'Số tiền lãi'],
};

export const CASH_HEADERS: Readonly<Record<CashField, readonly string[]>> = {
  stt: STT,
  club: CLUB,
  date: ['Ngày', 'Ngày tháng', 'Ngày ghi sổ', 'Ngày tháng ghi sổ', 'Ngày thu chi'],
  voucher: ['Số phiếu', 'Chứng từ', 'Số CT', 'Số chứng từ', 'Số hiệu chứng từ'],
  description: ['Diễn giải', 'Nội dung', 'Nội dung thu chi'],
  fund: ['Quỹ', 'Loại quỹ', 'Nguồn quỹ'],
  receipt: ['Thu', 'Số tiền thu', 'Tiền thu', 'Thu vào'],
  payment: ['Chi', 'Số tiền chi', 'Tiền chi', 'Chi ra'],
  balance: ['Tồn', 'Tồn quỹ', 'Số dư', 'Còn lại', 'Tồn cuối'],
};

export const HEADERS: { readonly [K in TableKind]: Readonly<Record<FieldOf<K>, readonly string[]>> } = {
  members: MEMBER_HEADERS,
  loans: LOAN_HEADERS,
  repayments: REPAYMENT_HEADERS,
  cashbook: CASH_HEADERS,
};

/**
 * Sub-headers that mean something only under a group title of a two-row header: `Năm sinh` over
 * `Nam | Nữ` (the year is written in the column of the member's sex), `Chứng từ` over `Số | Ngày`.
 * group: the field the group title matches; sub: sub-header wording → field.
 */
export const SUB_HEADERS: { readonly [K in TableKind]: readonly { group: FieldOf<K>; sub: Readonly<Record<string, FieldOf<K>>> }[] } = {
  members: [{ group: 'birth', sub: { Nam: 'birthMale', Nữ: 'birthFemale' } }],
  loans: [],
  repayments: [],
  cashbook: [{ group: 'voucher', sub: { Số: 'voucher', 'Số hiệu': 'voucher', Ngày: 'date', 'Ngày tháng': 'date' } }],
};

/** Headers that say which book a sheet is (STT, club and name columns are in every book). */
export const DISTINCTIVE: { readonly [K in TableKind]: readonly FieldOf<K>[] } = {
  members: ['birth', 'sex', 'birthMale', 'birthFemale', 'hardship', 'poorMark', 'nearPoorMark', 'hardshipMark', 'role', 'volunteer', 'caredAtHome', 'ethnicity', 'joined', 'left', 'status'],
  loans: ['id', 'date', 'amount', 'kind', 'rate', 'term', 'due', 'principalRepaid', 'interestPaid', 'outstanding', 'purpose'],
  repayments: ['date', 'principal', 'interest'],
  cashbook: ['date', 'voucher', 'description', 'fund', 'receipt', 'payment', 'balance'],
};

/** What each book needs; each entry is one requirement, satisfied by any of its alternatives (each a set of fields). */
export const REQUIRED: { readonly [K in TableKind]: readonly (readonly (readonly FieldOf<K>[])[])[] } = {
  members: [[['name']], [['birth', 'sex'], ['birthMale', 'birthFemale']]],
  loans: [[['borrower']], [['date']], [['amount']], [['rate']]],
  repayments: [[['loanId'], ['borrower']], [['date']], [['principal']]],
  cashbook: [[['date']], [['receipt']], [['payment']]],
};

/** A column's name in messages ("… has no birth year column"). */
export const FIELD_NAMES: Readonly<Record<string, Text>> = {
  name: { vi: 'họ và tên', en: 'name' },
  birth: { vi: 'năm sinh', en: 'birth year' },
  sex: { vi: 'giới tính', en: 'sex' },
  birthMale: { vi: 'năm sinh Nam', en: 'birth year (men)' },
  birthFemale: { vi: 'năm sinh Nữ', en: 'birth year (women)' },
  borrower: { vi: 'người vay', en: 'borrower' },
  loanId: { vi: 'mã vay', en: 'loan id' },
  date: { vi: 'ngày', en: 'date' },
  amount: { vi: 'số tiền vay', en: 'loan amount' },
  rate: { vi: 'lãi suất', en: 'interest rate' },
  principal: { vi: 'tiền gốc', en: 'principal' },
  receipt: { vi: 'thu', en: 'receipts' },
  payment: { vi: 'chi', en: 'payments' },
};

/** A date column's name depends on the book. */
export const DATE_NAMES: Readonly<Record<TableKind, Text>> = {
  members: { vi: 'ngày', en: 'date' },
  loans: { vi: 'ngày vay', en: 'loan date' },
  repayments: { vi: 'ngày trả', en: 'payment date' },
  cashbook: { vi: 'ngày', en: 'date' },
};

export const BOOK_NAMES: Readonly<Record<BookKind, Text>> = {
  members: { vi: 'danh sách thành viên', en: 'a member list' },
  loans: { vi: 'sổ theo dõi cho vay', en: 'a loan book' },
  repayments: { vi: 'sổ theo dõi trả nợ', en: 'a repayment log' },
  cashbook: { vi: 'sổ quỹ', en: 'a cash book' },
  clubInfo: { vi: 'trang thông tin CLB', en: 'a club information sheet' },
};

/** Labels of the club-information sheet (label in one cell, value in the next non-empty cell to its right). */
export const CLUB_INFO_LABELS: Readonly<Record<ClubInfoField, readonly string[]>> = {
  name: ['Tên CLB', 'Tên câu lạc bộ', 'Tên CLB LTHTGN', 'Câu lạc bộ'],
  hamlet: ['Thôn/Ấp', 'Thôn', 'Ấp', 'Thôn/Ấp/Bản', 'Thôn/Tổ dân phố', 'Bản'],
  commune: ['Xã/Phường', 'Xã', 'Phường', 'Xã/Phường/Thị trấn', 'Thị trấn'],
  district: ['Huyện', 'Quận/Huyện', 'Huyện/Thị xã', 'Huyện/Thị xã/Thành phố'],
  province: ['Tỉnh', 'Tỉnh/Thành phố', 'Tỉnh/TP'],
  founded: ['Ngày thành lập', 'Thành lập ngày', 'Ngày thành lập CLB'],
  fee: ['Mức phí thành viên (đồng/tháng)', 'Mức phí thành viên', 'Phí thành viên', 'Hội phí', 'Mức hội phí', 'Mức đóng góp'],
  rate: ['Lãi suất cho vay (%/tháng)', 'Lãi suất cho vay', 'Lãi suất', 'Lãi suất cho vay (%/năm)'],
  incomeCapital: ['Vốn quỹ tăng thu nhập (đồng)', 'Vốn quỹ tăng thu nhập', 'Quỹ tăng thu nhập', 'Vốn quỹ TTN'],
  activityCapital: ['Vốn quỹ hoạt động (đồng)', 'Vốn quỹ hoạt động', 'Quỹ hoạt động'],
};

/** First words of a total row (matched on the start of the cell). */
export const TOTAL_WORDS: readonly string[] = ['Tổng', 'Tổng cộng', 'Cộng', 'Tổng số', 'Tong cong', 'Tong so'];

/** First words of a signature block. */
export const SIGNATURE_WORDS: readonly string[] = [
  'Người lập biểu',
  'Người lập',
  'Người ghi sổ',
  'Chủ nhiệm CLB',
  'Chủ nhiệm câu lạc bộ',
  'Chủ nhiệm',
  'Người duyệt',
  'Thủ trưởng',
  'Ban chủ nhiệm',
  'TM Ban chủ nhiệm',
  'TM BCN',
  'Thủ quỹ',
  'Kế toán',
  'Xác nhận',
  'Xác nhận của',
  'Trưởng ban',
  'Đại diện',
  'Ký tên',
  'Ký, ghi rõ họ tên',
  'Ký và ghi rõ họ tên',
];

/** Descriptions of an opening-balance line of a cash book (matched anywhere in the cell). */
export const OPENING_WORDS: readonly string[] = [
  'Tồn đầu kỳ',
  'Số dư đầu kỳ',
  'Tồn quỹ đầu',
  'Chuyển sang',
  'Dư đầu kỳ',
  'Tồn đầu',
  'Số dư đầu',
  'Tồn kỳ trước',
  'Số dư kỳ trước',
];

/** Descriptions of a subtotal line inside a cash book (not data, not the end of the table). */
export const CASH_SUBTOTAL_WORDS: readonly string[] = ['Cộng tháng', 'Cộng phát sinh', 'Tồn cuối', 'Số dư cuối', 'Cộng quý', 'Cộng lũy kế', 'Cộng luỹ kế'];

/** Words removed from a sheet name before matching a loan sheet to its club's member sheet. */
export const BOOK_WORDS: readonly string[] = [
  'Danh sách thành viên',
  'Danh sách',
  'DS thành viên',
  'DSTV',
  'DS',
  'Thành viên',
  'Sổ theo dõi cho vay',
  'Sổ cho vay',
  'Theo dõi cho vay',
  'Cho vay',
  'Vay',
  'Sổ theo dõi trả nợ',
  'Sổ thu nợ',
  'Trả nợ',
  'Thu nợ',
  'Sổ quỹ',
  'Sổ quỹ tiền mặt',
  'Quỹ',
  'Sổ',
  'Thông tin',
  'TV',
];

/** Words that name a club, not a place (removed before comparing club names). */
export const CLUB_WORDS: readonly string[] = [
  'Câu lạc bộ liên thế hệ tự giúp nhau',
  'Câu lạc bộ',
  'CLB',
  'LTHTGN',
  'LTH',
  'Liên thế hệ tự giúp nhau',
  'Liên thế hệ',
  'Ấp',
  'Thôn',
  'Xóm',
  'Bản',
  'Tổ',
  'Khu phố',
];
