// Every string the task pane shows, Vietnamese first. `en` is typed against `vi`, so a key missing
// in either language is a compile error. Rule titles are keyed by the stable rule ids.

import type { BookKind } from '../domain/books';
import type { RuleId } from '../domain/findings';
import type { Lang } from '../domain/text';

export type { Lang };

const viNumber = (n: number): string => n.toLocaleString('vi-VN');
const enNumber = (n: number): string => n.toLocaleString('en-US');

type BookLabel = Record<BookKind | 'none', string>;
type RuleTitle = Record<RuleId, string>;

const vi = {
  appTitle: 'Kiểm tra sổ sách CLB Liên thế hệ tự giúp nhau',
  appTagline:
    'Kiểm tra danh sách thành viên, sổ cho vay và sổ quỹ theo quy định của CLB, rồi đánh dấu ô có vấn đề ngay trong bảng tính.',
  language: 'Ngôn ngữ',
  langVi: 'Tiếng Việt',
  langEn: 'English',
  loading: 'Đang khởi động…',

  // outside Excel
  outsideTitle: 'Trang này chạy bên trong Excel',
  outsideIntro:
    'Đây là phần bổ trợ (add-in) cho Excel. Mở nó trong Excel để kiểm tra sổ sách của CLB ngay trong tệp của bạn. Phần bổ trợ không gửi dữ liệu đi đâu cả.',
  outsideHowTitle: 'Cách đưa vào Excel',
  outsideWeb:
    'Excel trên web: mở tệp, chọn Chèn (Insert) → Phần bổ trợ (Add-ins) → Tải lên phần bổ trợ của tôi (Upload My Add-in), rồi chọn tệp manifest.xml.',
  outsideWindows:
    'Excel trên Windows: cán bộ tin học đặt manifest.xml vào một thư mục dùng chung, thêm thư mục đó vào Tệp → Tùy chọn → Trung tâm Tin cậy → Danh mục phần bổ trợ tin cậy, rồi vào Chèn → Phần bổ trợ của tôi → Thư mục dùng chung.',
  outsideAdmin:
    'Cả tổ chức (Microsoft 365): quản trị viên tải manifest.xml lên Trung tâm quản trị Microsoft 365 → Cài đặt → Ứng dụng tích hợp (triển khai tập trung); phần bổ trợ sẽ tự hiện ra trên thẻ Trang đầu.',
  outsideDemoTitle: 'Xem thử không cần Excel',
  outsideDemoText:
    'Dùng sổ mẫu của một CLB (dữ liệu giả) để xem các quy tắc được kiểm tra như thế nào — tiện cho tập huấn.',
  startDemo: 'Xem thử với sổ mẫu',
  openFileTitle: 'Kiểm tra một tệp trên máy này',
  openFileText: 'Chọn một tệp .xlsx của CLB. Tệp được đọc ngay trên máy này, không gửi đi đâu và không bị thay đổi.',
  openFile: 'Chọn tệp .xlsx…',
  openingFile: (name: string) => `Đang mở "${name}"…`,
  fileBanner: (name: string) => `Đang xem tệp "${name}" (chỉ đọc, ngoài Excel). Muốn đánh dấu trong ô, hãy mở tệp bằng Excel và dùng phần bổ trợ.`,
  fileUnreadable: (reason: string) => `Không mở được tệp: ${reason}`,
  demoBanner: 'Đang xem thử trên sổ mẫu (dữ liệu giả, không phải tệp Excel của bạn).',
  leaveDemo: 'Thoát xem thử',
  demoSelected: (sheet: string, cells: string) => `Trong Excel sẽ chọn ô ${cells} trên trang "${sheet}".`,
  leaveFile: 'Đóng tệp',

  // settings
  settingsHeading: 'Thiết lập kiểm tra',
  profile: 'Bộ quy định',
  profileHint: 'Các ngưỡng (tỷ lệ, lãi suất, số thành viên) theo văn bản của tỉnh hoặc toàn quốc.',
  asOf: 'Tính đến ngày',
  asOfHint: 'Ngày cuối kỳ báo cáo. Tuổi tính theo năm sinh.',
  savedInWorkbook: 'Thiết lập được lưu trong tệp này.',
  asOfChosen: (date: string) => `Đang chọn ngày ${date} (ngày/tháng/năm).`,
  settingsChanged: 'Thiết lập đã thay đổi sau lần kiểm tra này. Bấm “Kiểm tra lại” để cập nhật kết quả.',
  actionsLabel: 'Thao tác',

  // sheets
  sheetsHeading: 'Các trang tính đã nhận ra',
  sheetsEmpty: 'Bấm “Kiểm tra” để xem trang nào là sổ nào.',
  sheetKindLabel: (sheet: string) => `Loại sổ của trang "${sheet}"`,
  sheetGuessWrong: 'Nếu đoán sai, chọn lại loại sổ; lựa chọn được lưu trong tệp và dùng cho lần kiểm tra sau.',
  sheetChosen: 'bạn đã chọn',
  book: {
    members: 'Danh sách thành viên',
    loans: 'Sổ theo dõi cho vay',
    repayments: 'Sổ theo dõi trả nợ',
    cashbook: 'Sổ quỹ',
    clubInfo: 'Thông tin CLB',
    none: 'Không phải sổ (bỏ qua)',
  } satisfies BookLabel,

  // actions
  check: 'Kiểm tra',
  checkAgain: 'Kiểm tra lại',
  cancel: 'Dừng',
  clearMarks: 'Xóa đánh dấu',
  clearMarksHint: 'Bỏ mọi đánh dấu của phần bổ trợ; dữ liệu và định dạng của bạn giữ nguyên.',
  marksCleared: 'Đã xóa đánh dấu. Bảng tính trở lại như trước khi kiểm tra.',
  insertBooks: 'Tạo sổ chuẩn',
  insertBooksHint: 'Thêm các trang trống theo mẫu chuẩn (danh sách thành viên, sổ cho vay, sổ quỹ, thông tin CLB). Trang có sẵn không bị đổi.',
  booksInserted: (names: string) => (names ? `Đã thêm các trang: ${names}.` : 'Đã thêm các trang sổ chuẩn.'),

  // progress
  progressReading: 'Đang đọc bảng tính…',
  progressCells: (done: number, total: number) => `Đã đọc ${viNumber(done)} / ${viNumber(total)} ô`,
  progressChecking: 'Đang kiểm tra theo quy định…',
  progressMarking: 'Đang đánh dấu các ô…',
  cancelled: 'Đã dừng kiểm tra. Bảng tính không bị thay đổi.',

  // summary
  resultHeading: 'Kết quả',
  summaryErrors: (n: number) => `${viNumber(n)} lỗi`,
  summaryWarnings: (n: number) => `${viNumber(n)} cảnh báo`,
  summaryAcknowledged: (n: number) => `${viNumber(n)} đã biết`,
  summaryChecked: (members: number, loans: number) =>
    `${viNumber(members)} thành viên · ${viNumber(loans)} khoản vay đã kiểm tra`,
  summaryInfo: (n: number) => `${viNumber(n)} ghi chú`,
  allGood: 'Không thấy lỗi nào. Sổ sách đúng quy định.',
  noErrorsButWarnings: 'Không có lỗi. Còn cảnh báo: xem từng mục bên dưới.',
  nothingChecked: 'Chưa kiểm tra được gì: không nhận ra sổ nào trong tệp.',
  nextSteps: 'Bấm vào từng mục bên dưới để đến ô cần sửa. Sửa xong, bấm “Kiểm tra lại”.',
  announceDone: (errors: number, warnings: number) =>
    `Kiểm tra xong: ${viNumber(errors)} lỗi, ${viNumber(warnings)} cảnh báo.`,
  checkedAt: (profile: string, asOf: string) => `Bộ quy định: ${profile} · tính đến ${asOf}`,

  // findings
  findingsHeading: 'Các vấn đề tìm thấy',
  findingsHint: 'Bấm vào một mục để chọn ô đó trong bảng tính.',
  dismiss: 'Đóng thông báo',
  readingGroup: 'Đọc sổ',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
  cellsLabel: (sheet: string, cells: string) => `Ô ${cells} — trang "${sheet}"`,
  rowLabel: (row: number) => `dòng ${row}`,
  fixLabel: 'Cách sửa:',
  selectHint: 'Bấm để chọn ô trong bảng tính',
  findingCount: (n: number) => `${viNumber(n)} mục`,
  showMore: (n: number) => `Xem thêm ${viNumber(n)} mục`,
  acknowledge: 'Đã biết',
  acknowledgeTitle: 'Đánh dấu cảnh báo là đã biết',
  acknowledgeText:
    'Cảnh báo này sẽ không còn tính vào số cảnh báo và không được tô trong bảng tính nữa. Ghi lý do để người kiểm tra sau hiểu.',
  acknowledgeReason: 'Lý do',
  acknowledgeSave: 'Lưu',
  acknowledgeCancel: 'Hủy',
  acknowledgedBadge: 'Đã biết',
  acknowledgedReason: (reason: string, at: string) => `Ngày ${at}, lý do: ${reason}`,
  unacknowledge: 'Bỏ “đã biết”',
  acknowledgedHeading: (n: number) => `Cảnh báo đã biết (${viNumber(n)})`,

  // composition
  compositionHeading: 'Thành phần CLB',
  compositionActive: (n: number) => `${viNumber(n)} thành viên đang sinh hoạt`,
  shareOlder: 'Người cao tuổi',
  shareWomen: 'Phụ nữ',
  shareDisadvantaged: 'Hộ nghèo, cận nghèo, khó khăn',
  shareBorrowers: 'Đã từng vay vốn',
  shareValue: (part: number, whole: number, pct: string) => `${viNumber(part)}/${viNumber(whole)} = ${pct}`,
  target: (band: string) => `mục tiêu ${band}`,
  noTarget: 'không có mục tiêu',
  statusOk: 'đạt',
  statusLow: 'thấp',
  statusHigh: 'cao',
  barLabel: (what: string, value: string, band: string, status: string) => `${what}: ${value}, ${band}, ${status}`,

  // problems
  problemNoBook: (canInsert: boolean) =>
    'Không nhận ra sổ nào trong tệp này. Cần một bảng có dòng tiêu đề như “Họ và tên”, “Năm sinh”, “Giới tính” (danh sách thành viên) hoặc “Người vay”, “Số tiền vay”, “Lãi suất” (sổ cho vay). Có thể chọn loại sổ cho từng trang ở mục “Các trang tính đã nhận ra” bên dưới' +
    (canInsert ? ', hoặc bấm “Tạo sổ chuẩn” để thêm các trang mẫu.' : '.'),
  problemUnreadable: (n: number) =>
    `${viNumber(n)} trang trông giống sổ nhưng không đọc được (thiếu cột, chữ mã cũ TCVN3/VNI hoặc ô gộp). Xem mục “Đọc sổ” bên dưới.`,
  problemProtected: (sheets: string) =>
    `Không đánh dấu được trên trang đang khóa: ${sheets}. Danh sách bên dưới vẫn đầy đủ; muốn thấy dấu trong ô, bỏ khóa trang (Xem lại → Bỏ bảo vệ trang) rồi kiểm tra lại.`,
  problemUserNotes: (n: number) =>
    `${viNumber(n)} ô có lỗi đã có ghi chú riêng của bạn, nên không thêm ghi chú giải thích vào đó (ghi chú của bạn giữ nguyên). Ô vẫn được tô màu và có trong danh sách bên dưới.`,
  problemChanged: (button: string) =>
    `Bảng tính đã bị sửa trong lúc kiểm tra, nên chưa có kết quả mới và chưa đánh dấu ô nào. Sửa xong, hãy bấm “${button}” một lần nữa.`,
  problemMarkFailed: (detail: string) =>
    `Không đánh dấu được các ô (${detail}). Danh sách bên dưới vẫn đúng; bấm vào từng mục để đến ô.`,
  problemReadFailed: (detail: string) => `Không đọc được bảng tính: ${detail}`,
  problemSelectFailed: (detail: string) => `Không chọn được ô: ${detail}`,
  problemStateFailed: (detail: string) => `Không lưu được thiết lập vào tệp: ${detail}`,
  problemGeneric: (detail: string) => `Có lỗi: ${detail}`,
  problemOfficeTimeout: 'Excel không phản hồi. Đóng và mở lại phần bổ trợ.',

  rule: {
    'member.name-missing': 'Thiếu họ tên',
    'member.birth-missing': 'Thiếu năm sinh',
    'member.birth-invalid': 'Năm sinh không hợp lệ',
    'member.sex-missing': 'Thiếu giới tính',
    'member.duplicate': 'Thành viên ghi trùng',
    'member.status-unknown': 'Giá trị không nhận ra',
    'club.size': 'Số thành viên',
    'club.older-share': 'Tỷ lệ người cao tuổi',
    'club.women-share': 'Tỷ lệ phụ nữ',
    'club.poor-share': 'Tỷ lệ hộ nghèo, cận nghèo, khó khăn',
    'club.board': 'Ban chủ nhiệm',
    'club.volunteers': 'Tình nguyện viên chăm sóc tại nhà',
    'loan.borrower-missing': 'Thiếu tên người vay',
    'loan.borrower-not-member': 'Người vay không có trong danh sách',
    'loan.borrower-inactive': 'Người vay không còn/chưa là thành viên',
    'loan.amount-invalid': 'Số tiền vay không hợp lệ',
    'loan.date-invalid': 'Ngày vay không hợp lệ',
    'loan.rate-invalid': 'Thiếu lãi suất',
    'loan.rate-out-of-range': 'Lãi suất ngoài khung',
    'loan.due-before-disbursed': 'Hạn trả trước ngày vay',
    'loan.term-too-long': 'Thời hạn vay quá dài',
    'loan.amount-over-limit': 'Số tiền vay vượt mức',
    'loan.overpaid': 'Trả gốc nhiều hơn tiền vay',
    'loan.outstanding-mismatch': 'Dư nợ không khớp',
    'loan.overdue': 'Khoản vay quá hạn',
    'loan.duplicate-id': 'Mã vay trùng',
    'loan.multiple-active': 'Một người vay nhiều khoản cùng lúc',
    'loan.fund-exceeded': 'Cho vay vượt vốn quỹ',
    'club.borrower-share': 'Tỷ lệ thành viên được vay',
    'fund.balance-mismatch': 'Số tồn quỹ sai',
    'fund.overdrawn': 'Quỹ bị âm',
    'fund.entry-invalid': 'Dòng sổ quỹ không hợp lệ',
    'fund.fee-out-of-range': 'Mức phí thành viên ngoài khung',
    'book.missing-column': 'Đọc sổ: thiếu cột',
    'book.legacy-encoding': 'Đọc sổ: chữ mã cũ (TCVN3/VNI)',
    'book.merged-cells': 'Đọc sổ: ô gộp',
    'book.older-copy': 'Đọc sổ: bản cũ của danh sách',
    'book.other-list': 'Đọc sổ: danh sách khác của cùng những người',
    'book.headerless-rows': 'Đọc sổ: bảng không có dòng tiêu đề',
    'book.unreadable-value': 'Ô không đọc được',
  } satisfies RuleTitle,
};

export type Messages = typeof vi;

const en: Messages = {
  appTitle: 'Intergenerational Self-Help Club book checker',
  appTagline:
    "Checks the member list, loan book and cash book against the club's rules, and marks the cells with problems right in the sheet.",
  language: 'Language',
  langVi: 'Tiếng Việt',
  langEn: 'English',
  loading: 'Starting…',

  outsideTitle: 'This page runs inside Excel',
  outsideIntro:
    "This is an Excel add-in. Open it in Excel to check a club's books in its own file. The add-in sends no data anywhere.",
  outsideHowTitle: 'How to get it into Excel',
  outsideWeb:
    'Excel on the web: open a workbook, choose Insert → Add-ins → Upload My Add-in, and pick the manifest.xml file.',
  outsideWindows:
    'Excel on Windows: IT staff put manifest.xml in a shared folder and add that folder under File → Options → Trust Center → Trusted Add-in Catalogs; then Insert → My Add-ins → Shared Folder.',
  outsideAdmin:
    'A whole organisation (Microsoft 365): an administrator uploads manifest.xml in the Microsoft 365 admin center → Settings → Integrated apps (centralized deployment); the add-in then appears on the Home tab.',
  outsideDemoTitle: 'Try it without Excel',
  outsideDemoText: "Use a sample club's books (made-up data) to see how the rules are checked — handy for training.",
  startDemo: 'Try with the sample books',
  openFileTitle: 'Check a file on this computer',
  openFileText: "Choose a club's .xlsx file. It is read on this computer, sent nowhere and not changed.",
  openFile: 'Choose an .xlsx file…',
  openingFile: (name: string) => `Opening "${name}"…`,
  fileBanner: (name: string) => `Viewing "${name}" (read only, outside Excel). To mark the cells, open the file in Excel and use the add-in.`,
  fileUnreadable: (reason: string) => `Could not open the file: ${reason}`,
  demoBanner: 'Demo on the sample books (made-up data, not your Excel file).',
  leaveDemo: 'Leave the demo',
  demoSelected: (sheet: string, cells: string) => `In Excel this selects ${cells} on sheet "${sheet}".`,
  leaveFile: 'Close the file',

  settingsHeading: 'Check settings',
  profile: 'Rule set',
  profileHint: 'Thresholds (shares, interest, member count) from the province or national documents.',
  asOf: 'As of',
  asOfHint: 'End of the reporting period. Ages count by birth year.',
  savedInWorkbook: 'Settings are saved in this file.',
  asOfChosen: (date: string) => `Date chosen: ${date} (day/month/year).`,
  settingsChanged: 'The settings changed after this check. Press “Check again” to update the result.',
  actionsLabel: 'Actions',

  sheetsHeading: 'Sheets recognized',
  sheetsEmpty: 'Press “Check” to see which sheet is which book.',
  sheetKindLabel: (sheet: string) => `Book kind of sheet "${sheet}"`,
  sheetGuessWrong: 'If a guess is wrong, choose the right kind; the choice is saved in the file and used for the next check.',
  sheetChosen: 'your choice',
  book: {
    members: 'Member list',
    loans: 'Loan book',
    repayments: 'Repayment log',
    cashbook: 'Cash book',
    clubInfo: 'Club information',
    none: 'Not a book (ignore)',
  },

  check: 'Check',
  checkAgain: 'Check again',
  cancel: 'Stop',
  clearMarks: 'Clear marks',
  clearMarksHint: "Removes all of the add-in's marks; your data and formatting stay as they were.",
  marksCleared: 'Marks cleared. The workbook is as it was before the check.',
  insertBooks: 'Insert standard books',
  insertBooksHint: 'Adds blank standard sheets (member list, loan book, cash book, club information). Existing sheets are not changed.',
  booksInserted: (names: string) => (names ? `Sheets added: ${names}.` : 'Standard book sheets added.'),

  progressReading: 'Reading the workbook…',
  progressCells: (done: number, total: number) => `Read ${enNumber(done)} / ${enNumber(total)} cells`,
  progressChecking: 'Checking against the rules…',
  progressMarking: 'Marking the cells…',
  cancelled: 'Check stopped. The workbook was not changed.',

  resultHeading: 'Result',
  summaryErrors: (n: number) => `${enNumber(n)} ${n === 1 ? 'error' : 'errors'}`,
  summaryWarnings: (n: number) => `${enNumber(n)} ${n === 1 ? 'warning' : 'warnings'}`,
  summaryAcknowledged: (n: number) => `${enNumber(n)} acknowledged`,
  summaryChecked: (members: number, loans: number) =>
    `${enNumber(members)} ${members === 1 ? 'member' : 'members'} · ${enNumber(loans)} ${loans === 1 ? 'loan' : 'loans'} checked`,
  summaryInfo: (n: number) => `${enNumber(n)} ${n === 1 ? 'note' : 'notes'}`,
  allGood: 'No errors found. The books follow the rules.',
  noErrorsButWarnings: 'No errors. There are warnings: see each item below.',
  nothingChecked: 'Nothing could be checked: no book was recognized in this file.',
  nextSteps: 'Press an item below to go to the cell to fix. When it is fixed, press “Check again”.',
  announceDone: (errors: number, warnings: number) =>
    `Check done: ${enNumber(errors)} ${errors === 1 ? 'error' : 'errors'}, ${enNumber(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}.`,
  checkedAt: (profile: string, asOf: string) => `Rule set: ${profile} · as of ${asOf}`,

  findingsHeading: 'Problems found',
  findingsHint: 'Press an item to select its cells in the workbook.',
  dismiss: 'Dismiss',
  readingGroup: 'Reading the books',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  cellsLabel: (sheet: string, cells: string) => `${/[,…]/.test(cells) ? 'Cells' : 'Cell'} ${cells} — sheet "${sheet}"`,
  rowLabel: (row: number) => `row ${row}`,
  fixLabel: 'How to fix:',
  selectHint: 'Press to select the cells in the workbook',
  findingCount: (n: number) => `${enNumber(n)} ${n === 1 ? 'item' : 'items'}`,
  showMore: (n: number) => `Show ${enNumber(n)} more`,
  acknowledge: 'Acknowledge',
  acknowledgeTitle: 'Acknowledge this warning',
  acknowledgeText:
    'The warning will no longer count as a warning and will not be marked in the sheet. Give a reason so the next checker understands.',
  acknowledgeReason: 'Reason',
  acknowledgeSave: 'Save',
  acknowledgeCancel: 'Cancel',
  acknowledgedBadge: 'Acknowledged',
  acknowledgedReason: (reason: string, at: string) => `On ${at}, reason: ${reason}`,
  unacknowledge: 'Undo acknowledge',
  acknowledgedHeading: (n: number) => `Acknowledged warnings (${enNumber(n)})`,

  compositionHeading: 'Club composition',
  compositionActive: (n: number) => `${enNumber(n)} active members`,
  shareOlder: 'Older people',
  shareWomen: 'Women',
  shareDisadvantaged: 'Poor, near-poor, hardship',
  shareBorrowers: 'Have borrowed',
  shareValue: (part: number, whole: number, pct: string) => `${enNumber(part)}/${enNumber(whole)} = ${pct}`,
  target: (band: string) => `target ${band}`,
  noTarget: 'no target',
  statusOk: 'on target',
  statusLow: 'too low',
  statusHigh: 'too high',
  barLabel: (what: string, value: string, band: string, status: string) => `${what}: ${value}, ${band}, ${status}`,

  problemNoBook: (canInsert: boolean) =>
    'No book was recognized in this file. A table needs a header row such as “Họ và tên”, “Năm sinh”, “Giới tính” (member list) or “Người vay”, “Số tiền vay”, “Lãi suất” (loan book). You can set each sheet’s kind under “Sheets recognized” below' +
    (canInsert ? ', or press “Insert standard books” to add the blank standard sheets.' : '.'),
  problemUnreadable: (n: number) =>
    `${enNumber(n)} ${n === 1 ? 'sheet looks' : 'sheets look'} like a book but could not be read (missing column, legacy TCVN3/VNI text or merged cells). See “Reading the books” below.`,
  problemProtected: (sheets: string) =>
    `Could not mark cells on protected sheets: ${sheets}. The list below is complete; to see marks in the cells, unprotect the sheet (Review → Unprotect Sheet) and check again.`,
  problemUserNotes: (n: number) =>
    `${enNumber(n)} ${n === 1 ? 'cell with a finding already has' : 'cells with findings already have'} a note of your own, so no explanation note was added there (your notes are unchanged). The cells are still coloured and listed below.`,
  problemChanged: (button: string) =>
    `The workbook was edited while the check ran, so there is no new result and no cell was marked. When you are done editing, press “${button}” again.`,
  problemMarkFailed: (detail: string) =>
    `Could not mark the cells (${detail}). The list below is still right; press an item to go to its cells.`,
  problemReadFailed: (detail: string) => `Could not read the workbook: ${detail}`,
  problemSelectFailed: (detail: string) => `Could not select the cells: ${detail}`,
  problemStateFailed: (detail: string) => `Could not save the settings in the file: ${detail}`,
  problemGeneric: (detail: string) => `Something went wrong: ${detail}`,
  problemOfficeTimeout: 'Excel did not answer. Close and reopen the add-in.',

  rule: {
    'member.name-missing': 'Name missing',
    'member.birth-missing': 'Birth year missing',
    'member.birth-invalid': 'Birth year invalid',
    'member.sex-missing': 'Sex missing',
    'member.duplicate': 'Member listed twice',
    'member.status-unknown': 'Value not recognized',
    'club.size': 'Member count',
    'club.older-share': 'Share of older people',
    'club.women-share': 'Share of women',
    'club.poor-share': 'Share of poor, near-poor, hardship',
    'club.board': 'Management board',
    'club.volunteers': 'Home-care volunteers',
    'loan.borrower-missing': 'Borrower missing',
    'loan.borrower-not-member': 'Borrower not on the member list',
    'loan.borrower-inactive': 'Borrower not an active member',
    'loan.amount-invalid': 'Loan amount invalid',
    'loan.date-invalid': 'Loan date invalid',
    'loan.rate-invalid': 'Interest rate missing',
    'loan.rate-out-of-range': 'Interest rate out of range',
    'loan.due-before-disbursed': 'Due before disbursed',
    'loan.term-too-long': 'Loan term too long',
    'loan.amount-over-limit': 'Loan above the limit',
    'loan.overpaid': 'Principal repaid exceeds the loan',
    'loan.outstanding-mismatch': 'Outstanding balance mismatch',
    'loan.overdue': 'Loan overdue',
    'loan.duplicate-id': 'Duplicate loan id',
    'loan.multiple-active': 'Several loans at once',
    'loan.fund-exceeded': 'Loans exceed the fund',
    'club.borrower-share': 'Share of members who borrowed',
    'fund.balance-mismatch': 'Cash balance wrong',
    'fund.overdrawn': 'Fund overdrawn',
    'fund.entry-invalid': 'Cash book line invalid',
    'fund.fee-out-of-range': 'Membership fee out of range',
    'book.missing-column': 'Reading: column missing',
    'book.legacy-encoding': 'Reading: legacy TCVN3/VNI text',
    'book.merged-cells': 'Reading: merged cells',
    'book.older-copy': 'Reading: an older copy of a list',
    'book.other-list': 'Reading: another list of the same people',
    'book.headerless-rows': 'Reading: a table without a header row',
    'book.unreadable-value': 'Value could not be read',
  },
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { vi, en };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** Formats a percentage the way each language writes it: 65,5% / 65.5%. */
export function formatPercent(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  return (lang === 'vi' ? rounded.toLocaleString('vi-VN') : rounded.toLocaleString('en-US')) + '%';
}
