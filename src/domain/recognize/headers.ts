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
// A district's roll-up names the commune (and district) of each club: "CLB ấp 1" is in many communes.
const COMMUNE = ['Xã', 'Xã/Phường', 'Xã/Phường/Thị trấn', 'Tên xã', 'Xã, phường'];
const DISTRICT = ['Huyện', 'Quận/Huyện', 'Huyện/Thị xã', 'Tên huyện'];

export const MEMBER_HEADERS: Readonly<Record<MemberField, readonly string[]>> = {
  stt: STT,
  district: DISTRICT,
  commune: COMMUNE,
  club: CLUB,
  // The first half of a name written in two columns (Họ đệm | Tên) names the column too; see NAME_FIRST_PARTS.
  name: ['Họ và tên', 'Họ tên', 'Họ tên thành viên', 'Họ và tên thành viên', 'Tên thành viên', 'Thành viên', 'Họ đệm', 'Họ lót', 'Họ và đệm', 'Họ và tên đệm', 'Họ và chữ đệm'],
  birth: ['Năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'NS', 'Sinh năm'],
  sex: ['Giới tính', 'Giới', 'Nam/Nữ', 'Nam, Nữ', 'Phái', 'Danh xưng', 'Ông/Bà', 'Ông, bà', 'Xưng hô'],
  birthMale: ['Năm sinh nam', 'Năm sinh (Nam)'],
  birthFemale: ['Năm sinh nữ', 'Năm sinh (Nữ)'],
  // Sex written as a mark: "Giới tính" over Nam | Nữ (SUB_HEADERS), or a lone "Nữ" column where
  // only the women are marked. A lone "Nam" is left out: without diacritics it is "Năm" (year).
  maleMark: [],
  femaleMark: ['Nữ', 'Phụ nữ', 'Nữ giới', 'Là nữ', 'Trong đó nữ', 'Trong đó: Nữ'],
  hardship: [
    'Hoàn cảnh',
    'Hoàn cảnh gia đình',
    'Đối tượng',
    'Diện',
    'Diện hộ',
    'Hộ nghèo/cận nghèo/khó khăn',
    'Hộ nghèo, cận nghèo, khó khăn',
    'Hộ nghèo/cận nghèo',
    'Hộ nghèo, cận nghèo',
    'Người nghèo, cận nghèo hoặc có hoàn cảnh khó khăn',
    'Người nghèo, cận nghèo, hoàn cảnh khó khăn',
    'Phân loại hộ',
    'Loại hộ',
    'Thuộc diện',
    'Thuộc hộ',
    'Hoàn cảnh kinh tế',
    'Điều kiện kinh tế',
    'Kinh tế hộ',
  ],
  poorMark: ['Hộ nghèo', 'Nghèo'],
  nearPoorMark: ['Hộ cận nghèo', 'Cận nghèo', 'Hộ CN'],
  hardshipMark: ['Khó khăn', 'Hoàn cảnh khó khăn', 'Hộ khó khăn', 'HCKK'],
  role: ['Chức vụ', 'Chức vụ trong CLB', 'Chức danh', 'Vai trò', 'Ban chủ nhiệm', 'BCN', 'Chức vụ BCN', 'Thành viên BCN'],
  volunteer: [
    ...['Tình nguyện viên', 'TNV', 'TNV chăm sóc tại nhà', 'Tình nguyện viên chăm sóc tại nhà', 'Là TNV', 'Tham gia TNV'],
    // The province documents' "tổ tình nguyện viên chăm sóc tại nhà" (a group of the club).
    ...['Tổ tình nguyện viên', 'Tổ TNV', 'Tổ tình nguyện viên chăm sóc tại nhà', 'Tổ TNV chăm sóc tại nhà', 'Thành viên tổ TNV'],
  ],
  caredAtHome: ['Được chăm sóc tại nhà', 'Người được chăm sóc', 'Được chăm sóc'],
  ethnicity: ['Dân tộc'],
  hamlet: ['Thôn', 'Ấp', 'Tổ', 'Địa chỉ', 'Thôn/Ấp', 'Thôn/Tổ', 'Nơi ở'],
  joined: ['Ngày vào CLB', 'Ngày tham gia', 'Ngày kết nạp', 'Ngày vào', 'Năm tham gia'],
  // Membership of another body (the Hội NCT, the Party): no club date, no volunteer or hardship mark.
  otherMembership: ['Ngày vào Hội', 'Ngày vào Hội NCT', 'Ngày vào Hội người cao tuổi', 'Ngày vào Đảng', 'Ngày vào Đoàn', 'Ngày vào Hội phụ nữ', 'Đảng viên', 'Hội viên', 'Hội viên Hội NCT', 'Hội viên Hội người cao tuổi'],
  left: ['Ngày ra', 'Ngày rời CLB', 'Ngày ra khỏi CLB', 'Ngày rời'],
  status: ['Tình trạng', 'Trạng thái', 'Tình trạng sinh hoạt'],
  // Read only for a note that is a status of its own ("Đã mất 2024"), see readStatusNote.
  note: ['Ghi chú', 'Ghi chu'],
};

export const LOAN_HEADERS: Readonly<Record<LoanField, readonly string[]>> = {
  stt: STT,
  district: DISTRICT,
  commune: COMMUNE,
  club: CLUB,
  id: ['Mã vay', 'Mã khoản vay', 'Số HĐ', 'Số hợp đồng', 'Số khế ước', 'Mã HĐ'],
  borrower: ['Họ tên người vay', 'Họ và tên người vay', 'Người vay', 'Họ và tên', 'Họ tên', 'Thành viên vay', 'Tên người vay', 'Họ đệm', 'Họ lót', 'Họ và tên đệm', 'Tên thành viên', 'Họ tên thành viên', 'Người nhận vốn'],
  date: ['Ngày vay', 'Ngày giải ngân', 'Ngày nhận vốn', 'Ngày cho vay', 'Ngày nhận', 'Ngày phát vốn', 'Ngày nhận tiền', 'Thời điểm vay'],
  amount: ['Số tiền vay', 'Số tiền', 'Vốn vay', 'Số tiền (đồng)', 'Giá trị (quy ra tiền)', 'Giá trị', 'Số vốn vay', 'Mức vay', 'Số vốn', 'Tiền vay', 'Thành tiền', 'Trị giá'],
  kind: ['Hình thức', 'Hình thức vay', 'Hiện vật', 'Tiền mặt/Hiện vật', 'Hình thức (Tiền mặt/Hiện vật)'],
  rate: ['Lãi suất', 'Lãi suất (%/tháng)', 'Lãi suất (%/năm)', 'Lãi suất cho vay', 'LS', 'Mức lãi suất'],
  term: ['Thời hạn', 'Kỳ hạn', 'Thời hạn (tháng)', 'Thời gian vay', 'Thời hạn vay'],
  // "Thời hạn trả (nợ)" is a date, not the term ("Thời hạn"): the longer wording wins.
  due: ['Ngày đến hạn', 'Hạn trả', 'Ngày trả (dự kiến)', 'Ngày trả dự kiến', 'Hạn trả nợ', 'Ngày hết hạn', 'Thời hạn trả', 'Thời hạn trả nợ', 'Hạn trả gốc'],
  extended: ['Gia hạn đến', 'Gia hạn', 'Ngày gia hạn', 'Gia hạn tới', 'Hạn mới', 'Hạn trả mới', 'Gia hạn nợ'],
  // "Số tiền gốc đã trả" would otherwise start with the amount's "Số tiền".
  principalRepaid: [
    ...['Đã trả gốc', 'Gốc đã trả', 'Tiền gốc đã trả', 'Đã thu gốc', 'Gốc đã thu', 'Số tiền gốc đã trả', 'Số gốc đã trả', 'Gốc đã thu hồi', 'Đã thu hồi gốc', 'Trả gốc', 'Thu gốc', 'Trả nợ gốc', 'Thu nợ gốc', 'Số tiền đã trả', 'Đã trả', 'Số đã trả', 'Tiền đã trả'],
    // A running total (=H+SUM(I:T)) beside what was repaid before the year and month by month: see RUNNING_TOTAL_WORDS.
    ...['Lũy kế gốc đã trả', 'Lũy kế đã trả gốc', 'Lũy kế trả gốc', 'Lũy kế thu gốc', 'Tổng gốc đã trả', 'Tổng số gốc đã trả', 'Cộng gốc đã trả'],
  ],
  interestPaid: ['Đã trả lãi', 'Lãi đã trả', 'Tiền lãi', 'Đã thu lãi', 'Lãi đã thu', 'Tiền lãi đã trả', 'Số tiền lãi đã trả', 'Số lãi đã trả', 'Lũy kế lãi đã trả', 'Tổng lãi đã trả'],
  // A report of one period (half-year, year) starts from what was owed when it began: that is no outstanding balance.
  openingBalance: ['Dư nợ đầu kỳ', 'Dư nợ đầu năm', 'Dư nợ đầu quý', 'Dư nợ đầu tháng', 'Dư nợ kỳ trước chuyển sang', 'Dư nợ kỳ trước', 'Dư nợ năm trước chuyển sang', 'Dư nợ chuyển sang'],
  outstanding: ['Dư nợ', 'Còn nợ', 'Số dư nợ', 'Dư nợ còn lại', 'Dư nợ hiện tại', 'Số tiền còn nợ', 'Số còn nợ', 'Nợ gốc còn lại', 'Dư nợ cuối kỳ', 'Dư nợ cuối năm', 'Dư nợ cuối quý', 'Dư nợ cuối tháng'],
  purpose: ['Mục đích', 'Mục đích vay', 'Mục đích sử dụng vốn'],
  // The guarantor's name is never the borrower's ("Họ tên người bảo lãnh" starts with "Họ tên").
  guarantor: ['Người bảo lãnh', 'Họ tên người bảo lãnh', 'Họ và tên người bảo lãnh', 'Người bảo lãnh vay', 'Bảo lãnh', 'Người bảo đảm', 'Người bảo lĩnh'],
  // Read for an extension written only there ("Gia hạn 3 tháng", "Gia hạn đến 31/12/2025").
  note: ['Ghi chú', 'Ghi chu'],
};

export const REPAYMENT_HEADERS: Readonly<Record<RepaymentField, readonly string[]>> = {
  stt: STT,
  district: DISTRICT,
  commune: COMMUNE,
  club: CLUB,
  loanId: ['Mã vay', 'Mã khoản vay', 'Số HĐ', 'Số hợp đồng', 'Số khế ước', 'Mã HĐ'],
  borrower: ['Người vay', 'Họ tên', 'Họ và tên', 'Họ tên người vay', 'Họ và tên người vay', 'Người trả'],
  date: ['Ngày trả', 'Ngày thu', 'Ngày nộp', 'Ngày trả nợ', 'Ngày thu nợ'],
  principal: ['Tiền gốc', 'Gốc', 'Trả gốc', 'Thu gốc', 'Số tiền gốc', 'Nợ gốc', 'Số tiền trả gốc', 'Trả nợ gốc', 'Thu nợ gốc', 'Số gốc'],
  interest: ['Tiền lãi', 'Lãi', 'Trả lãi', 'Thu lãi', 'Số tiền lãi', 'Số tiền trả lãi', 'Trả tiền lãi', 'Số lãi'],
};

export const CASH_HEADERS: Readonly<Record<CashField, readonly string[]>> = {
  stt: STT,
  club: CLUB,
  date: ['Ngày', 'Ngày tháng', 'Ngày ghi sổ', 'Ngày tháng ghi sổ', 'Ngày thu chi'],
  voucher: ['Số phiếu', 'Chứng từ', 'Số CT', 'Số chứng từ', 'Số hiệu chứng từ'],
  description: ['Diễn giải', 'Nội dung', 'Nội dung thu chi'],
  fund: ['Quỹ', 'Loại quỹ', 'Nguồn quỹ'],
  receipt: ['Thu', 'Số tiền thu', 'Tiền thu', 'Thu vào', 'Số thu'],
  payment: ['Chi', 'Số tiền chi', 'Tiền chi', 'Chi ra', 'Số chi'],
  balance: ['Tồn', 'Tồn quỹ', 'Số dư', 'Còn lại', 'Tồn cuối', 'Số tồn', 'Tiền tồn', 'Số tiền tồn'],
};

/**
 * A column saying whether each row of a cash book is a receipt or a payment ("Thu/Chi": Thu, Chi),
 * beside one amount column (CASH_AMOUNT_HEADERS): no receipt column, although it starts with "Thu".
 * Matched on the whole header, slashes and dashes read as spaces.
 */
export const CASH_TYPE_HEADERS: readonly string[] = ['Thu/Chi', 'Thu - Chi', 'Thu, chi', 'Thu hay chi', 'Loại (Thu/Chi)', 'Loại thu chi', 'Loại phiếu thu chi'];

/** The one amount column of a cash book with a Thu/Chi column. */
export const CASH_AMOUNT_HEADERS: readonly string[] = ['Số tiền', 'Thành tiền', 'Số tiền thu chi', 'Số tiền thu/chi', 'Số tiền thu, chi'];

/** The total sub-column of a balance in parts ("Tồn quỹ" over Tiền mặt | Tiền gửi NH | Cộng): the fund's balance. */
export const BALANCE_TOTAL_SUBS: readonly string[] = ['Cộng', 'Tổng', 'Tổng cộng', 'Tổng số', 'Cộng tồn', 'Tổng tồn', 'Tổng số dư'];

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
/** Headers of the first half of a name written in two columns; the second is headed GIVEN_NAME. */
export const NAME_FIRST_PARTS: readonly string[] = ['Họ', 'Họ đệm', 'Họ lót', 'Họ và đệm', 'Họ và tên đệm', 'Họ và chữ đệm', 'Họ, chữ đệm'];
export const GIVEN_NAME: readonly string[] = ['Tên', 'Tên gọi'];

// "Họ và tên" over Họ đệm | Tên: the name written in two columns, read as one.
const NAME_PARTS = [...NAME_FIRST_PARTS, ...GIVEN_NAME];
function nameParts<F extends string>(field: F): Record<string, F> {
  return Object.fromEntries(NAME_PARTS.map((w) => [w, field])) as Record<string, F>;
}

function ledgerSide(money: 'receipt' | 'payment'): Record<string, CashField> {
  const words = money === 'receipt' ? ['Nội dung thu', 'Số tiền thu'] : ['Nội dung chi', 'Số tiền chi'];
  return {
    Ngày: 'date',
    'Ngày tháng': 'date',
    'Số phiếu': 'voucher',
    'Số CT': 'voucher',
    'Số chứng từ': 'voucher',
    'Nội dung': 'description',
    'Diễn giải': 'description',
    [words[0]]: 'description',
    'Số tiền': money,
    [words[1]]: money,
  };
}

export const SUB_HEADERS: { readonly [K in TableKind]: readonly { group: FieldOf<K>; sub: Readonly<Record<string, FieldOf<K>>> }[] } = {
  members: [
    { group: 'name', sub: nameParts('name') },
    // "Ngày tháng năm sinh" over Ngày | Tháng | Năm: the year column is the birth year (age counts by year).
    { group: 'birth', sub: { Nam: 'birthMale', Nữ: 'birthFemale', Năm: 'birth', 'Năm sinh': 'birth' } },
    { group: 'sex', sub: { Nam: 'maleMark', Nữ: 'femaleMark' } },
    // Abbreviations mean a hardship only under a hardship title ("CN" is also chủ nhiệm).
    {
      group: 'hardship',
      sub: {
        HN: 'poorMark',
        'Hộ nghèo': 'poorMark',
        Nghèo: 'poorMark',
        CN: 'nearPoorMark',
        HCN: 'nearPoorMark',
        CHN: 'nearPoorMark',
        'Cận nghèo': 'nearPoorMark',
        'Hộ cận nghèo': 'nearPoorMark',
        KK: 'hardshipMark',
        HKK: 'hardshipMark',
        HCKK: 'hardshipMark',
        'Khó khăn': 'hardshipMark',
        'Hộ khó khăn': 'hardshipMark',
        'Hoàn cảnh khó khăn': 'hardshipMark',
      },
    },
    // "Chức vụ" over "Ở thôn, đoàn thể" | "Trong CLB": the club role is the second; the first is another body's.
    { group: 'role', sub: { 'Trong CLB': 'role', 'Trong câu lạc bộ': 'role', 'Ở CLB': 'role', 'Tại CLB': 'role', 'CLB': 'role', 'Ở thôn, đoàn thể': 'otherMembership', 'Ở thôn': 'otherMembership', 'Đoàn thể': 'otherMembership', 'Ở địa phương': 'otherMembership' } },
    // "Hội viên" over Hội NCT | Phụ nữ | Nông dân | CCB: the bodies a member belongs to, not the sex or a hardship.
    { group: 'otherMembership', sub: { 'Hội NCT': 'otherMembership', 'Phụ nữ': 'otherMembership', 'Nông dân': 'otherMembership', CCB: 'otherMembership', 'Cựu chiến binh': 'otherMembership', 'Đoàn TN': 'otherMembership', 'Hội PN': 'otherMembership', 'Hội ND': 'otherMembership', 'Hội CCB': 'otherMembership' } },
  ],
  loans: [
    { group: 'borrower', sub: nameParts('borrower') },
    // "Số tiền vay" over Bằng số | Bằng chữ, as on the contract: the figures are the amount, the words are not read.
    { group: 'amount', sub: { 'Bằng số': 'amount', 'Ghi bằng số': 'amount' } },
    { group: 'guarantor', sub: { ...nameParts('guarantor'), 'Họ và tên': 'guarantor', 'Họ tên': 'guarantor', 'Quan hệ': 'guarantor', 'Quan hệ với người vay': 'guarantor' } },
  ],
  repayments: [{ group: 'borrower', sub: nameParts('borrower') }],
  // The standard cash book (mẫu S07) has "Số hiệu chứng từ" over Thu | Chi: receipt and payment
  // voucher numbers, not amounts (those are under "Số tiền").
  cashbook: [
    { group: 'voucher', sub: { Số: 'voucher', 'Số hiệu': 'voucher', Ngày: 'date', 'Ngày tháng': 'date', Thu: 'voucher', Chi: 'voucher' } },
    // A two-sided ledger: THU over Ngày | Số phiếu | Nội dung | Số tiền, then CHI over the same.
    { group: 'receipt', sub: ledgerSide('receipt') },
    { group: 'payment', sub: ledgerSide('payment') },
  ],
};

/**
 * A loan book's columns under each period's title ("Tháng 1/2025" over Gốc | Lãi): the principal and
 * the interest paid that period, added up across the periods.
 */
export const PERIOD_SUB_HEADERS: Readonly<Record<string, LoanField>> = {
  Gốc: 'principalRepaid',
  'Trả gốc': 'principalRepaid',
  'Thu gốc': 'principalRepaid',
  'Tiền gốc': 'principalRepaid',
  'Nợ gốc': 'principalRepaid',
  'Gốc đã trả': 'principalRepaid',
  Lãi: 'interestPaid',
  'Trả lãi': 'interestPaid',
  'Thu lãi': 'interestPaid',
  'Tiền lãi': 'interestPaid',
  'Lãi đã trả': 'interestPaid',
};

/**
 * First words of a running total of what was repaid ("Lũy kế gốc đã trả" = H + SUM(I:T)): that column
 * is what was repaid, not one more part of it.
 */
export const RUNNING_TOTAL_WORDS: readonly string[] = ['Lũy kế', 'Tổng', 'Tổng cộng', 'Tổng số', 'Cộng', 'Cộng dồn'];

/**
 * A second header row that only gives units ("(đồng)", "%/tháng", "ĐVT: đồng") belongs to the header
 * above it. Matched on the whole cell (headerKey), or on a cell wholly in parentheses, or on a cell
 * starting with ĐVT (đơn vị tính).
 */
export const UNIT_WORDS: readonly string[] = [
  'đồng',
  'đ',
  'vnđ',
  'VND',
  'nghìn đồng',
  'ngàn đồng',
  '1.000 đồng',
  '1.000 đ',
  'triệu đồng',
  'tr.đ',
  '%',
  '%/tháng',
  '%/năm',
  '‰',
  '‰/tháng',
  '‰/năm',
  'tháng',
  'năm',
  'ngày/tháng/năm',
  'dd/mm/yyyy',
  'người',
];

/** Headers that say which book a sheet is (STT, club and name columns are in every book). */
export const DISTINCTIVE: { readonly [K in TableKind]: readonly FieldOf<K>[] } = {
  members: ['birth', 'sex', 'birthMale', 'birthFemale', 'maleMark', 'femaleMark', 'hardship', 'poorMark', 'nearPoorMark', 'hardshipMark', 'role', 'volunteer', 'caredAtHome', 'ethnicity', 'joined', 'left', 'status'],
  loans: ['id', 'date', 'amount', 'kind', 'rate', 'term', 'due', 'principalRepaid', 'interestPaid', 'outstanding', 'purpose'],
  repayments: ['date', 'principal', 'interest'],
  cashbook: ['date', 'voucher', 'description', 'fund', 'receipt', 'payment', 'balance'],
};

/** What each book needs; each entry is one requirement, satisfied by any of its alternatives (each a set of fields). */
export const REQUIRED: { readonly [K in TableKind]: readonly (readonly (readonly FieldOf<K>[])[])[] } = {
  members: [[['name']], [['birth', 'sex'], ['birthMale', 'birthFemale'], ['birth', 'femaleMark']]],
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
  fee: ['Mức phí thành viên (đồng/tháng)', 'Mức phí thành viên', 'Phí thành viên', 'Hội phí', 'Mức hội phí', 'Mức đóng góp', 'Mức phí', 'Phí sinh hoạt', 'Mức phí sinh hoạt', 'Mức đóng phí'],
  rate: ['Lãi suất cho vay (%/tháng)', 'Lãi suất cho vay', 'Lãi suất', 'Lãi suất cho vay (%/năm)'],
  incomeCapital: [
    ...['Vốn quỹ tăng thu nhập (đồng)', 'Vốn quỹ tăng thu nhập', 'Quỹ tăng thu nhập', 'Vốn quỹ TTN', 'Tổng vốn quỹ tăng thu nhập', 'Tổng vốn quỹ TTN', 'Tổng quỹ tăng thu nhập'],
    // The seeds' names for the same fund (seed 003: "quỹ để tăng thu nhập"; seed 004: "quỹ tín dụng vi mô").
    ...['Quỹ để tăng thu nhập', 'Vốn quỹ để tăng thu nhập', 'Quỹ tín dụng vi mô', 'Vốn quỹ tín dụng vi mô'],
  ],
  activityCapital: ['Vốn quỹ hoạt động (đồng)', 'Vốn quỹ hoạt động', 'Quỹ hoạt động', 'Tổng vốn quỹ hoạt động', 'Tổng quỹ hoạt động'],
};

/** First words of a total row (matched on the start of the cell). */
// "Total": the total row of an Excel Table, as Excel writes it in English.
export const TOTAL_WORDS: readonly string[] = ['Tổng', 'Tổng cộng', 'Cộng', 'Tổng số', 'Tong cong', 'Tong so', 'Total'];

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
  // "T/M" is short for "Thay mặt" (on behalf of); the commune's leaders sign under the club's.
  'Thay mặt',
  'Chủ tịch',
  'Trưởng ấp',
  'Trưởng thôn',
];

/**
 * A remark written on its own under a table ("Ghi chú: …", "Danh sách có 60 thành viên."): the
 * table has ended. Only a row holding nothing else counts, so a member's cell never does.
 */
// ("Lưu ý" needs its colon: Lưu is also a family name.)
export const REMARK_WORDS: readonly string[] = [
  'Ghi chú',
  'Chú ý',
  'Chú thích',
  'Danh sách có',
  'Danh sách gồm',
  'Danh sách này',
  'Danh sách trên',
  'Sổ này',
  'Ghi chu',
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
  'Dư đầu',
  'Mang sang',
  'Tồn tháng trước',
  'Số dư tháng trước',
  'Tồn năm trước',
  'Số dư năm trước',
  'Dư nợ đầu kỳ',
  'Dư nợ đầu năm',
  'Dư nợ kỳ trước',
  'Dư nợ năm trước',
];

/** Descriptions of a subtotal line inside a cash book (not data, not the end of the table). */
// A monthly "Tổng cộng tháng 1" is a subtotal too: only a bare "Tổng cộng" ends a cash book.
export const CASH_SUBTOTAL_WORDS: readonly string[] = [
  'Cộng tháng',
  'Cộng phát sinh',
  'Cộng quý',
  'Cộng lũy kế',
  'Cộng luỹ kế',
  'Cộng số phát sinh',
  'Cộng kỳ',
  'Cộng năm',
  'Tổng cộng tháng',
  'Tổng tháng',
  'Tổng phát sinh',
  'Tổng cộng phát sinh',
  'Tổng cộng quý',
  'Lũy kế',
  'Luỹ kế',
];

/**
 * Descriptions of a closing-balance line of a cash book ("Tồn cuối tháng 3", "Số dư cuối kỳ"): a
 * balance with no movement, which must agree with the running balance.
 */
export const CLOSING_WORDS: readonly string[] = ['Tồn cuối', 'Số dư cuối', 'Tồn quỹ cuối', 'Dư cuối'];

/**
 * A subtotal of one group inside a longer table (a commune's loan book sorted by club, "Cộng CLB Phú
 * Hòa" after each club): skipped, not the end of the table, since the next club's rows follow.
 */
export const GROUP_SUBTOTAL_WORDS: readonly string[] = [
  // A log kept month by month sums each month ("Cộng tháng 1") and goes on.
  'Cộng tháng',
  'Cộng quý',
  'Cộng kỳ',
  // A district's roll-up sums each commune ("Cộng xã Long Phước") and goes on.
  'Cộng xã',
  'Cộng phường',
  'Cộng thị trấn',
  // Loans made in tranches ("Đợt 1 - Tháng 3/2024" … "Cộng đợt 1").
  'Cộng đợt',
  'Tổng đợt',
  'Cộng lần',
  'Tổng cộng tháng',
  'Tổng tháng',
  'Cộng CLB',
  'Cộng câu lạc bộ',
  'Cộng ấp',
  'Cộng thôn',
  'Cộng tổ',
  'Cộng xóm',
  'Cộng bản',
  'Cộng khu phố',
  'Cộng nhóm',
  'Tổng CLB',
  'Tổng cộng CLB',
  'Tổng câu lạc bộ',
  'Tổng cộng câu lạc bộ',
];

/** Headers of an age column: a member list that has one instead of the birth year is told so. */
export const AGE_WORDS: readonly string[] = ['Tuổi', 'Tuổi đời', 'Số tuổi', 'Tuổi (năm)', 'Độ tuổi', 'Nhóm tuổi'];

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

/**
 * Columns whose cell merged down over several rows holds for each of them (a borrower over her
 * payments, one date over a day's loans): read for every row, and no merged-cells warning.
 */
export const FILLED_DOWN: Readonly<Partial<Record<TableKind, readonly string[]>>> = {
  // A list kept by household: the household's hardship and hamlet merged over its members' rows.
  members: ['hardship', 'poorMark', 'nearPoorMark', 'hardshipMark', 'hamlet'],
  loans: ['borrower', 'id', 'date'],
  repayments: ['borrower', 'loanId', 'date'],
  // A meeting day's entries under one date merged down.
  cashbook: ['date'],
};

/** The two funds of a club, as a Quỹ column, a cash book's part or a section title names them. */
export const FUND_WORDS = {
  income: ['Tăng thu nhập', 'Quỹ tăng thu nhập', 'TTN', 'Quỹ TTN', 'Tang thu nhap', 'Quy tang thu nhap', 'Quy TTN', 'Tín dụng', 'Cho vay'],
  activity: ['Hoạt động', 'Quỹ hoạt động', 'HĐ', 'Quỹ HĐ', 'Hoat dong', 'Quy hoat dong', 'HD', 'Quy HD'],
} as const;
