import { HEADERS, matchHeader } from '../../../src/domain/recognize';
import type { TableKind } from '../../../src/domain/recognize/headers';

// Every wording of SHEETS.md, by book and field.
const WORDINGS: [TableKind, string, string[]][] = [
  ['members', 'name', ['Họ và tên', 'Họ tên', 'Họ tên thành viên', 'Tên thành viên']],
  ['members', 'birth', ['Năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh', 'NS']],
  ['members', 'sex', ['Giới tính', 'Giới', 'Nam/Nữ']],
  ['members', 'hardship', ['Hoàn cảnh', 'Đối tượng', 'Diện', 'Hộ nghèo/cận nghèo/khó khăn', 'Phân loại hộ']],
  ['members', 'poorMark', ['Hộ nghèo']],
  ['members', 'nearPoorMark', ['Hộ cận nghèo', 'Cận nghèo']],
  ['members', 'hardshipMark', ['Khó khăn', 'Hoàn cảnh khó khăn']],
  ['members', 'role', ['Chức vụ', 'Chức vụ trong CLB', 'Chức danh', 'Vai trò']],
  ['members', 'volunteer', ['Tình nguyện viên', 'TNV', 'TNV chăm sóc tại nhà']],
  ['members', 'caredAtHome', ['Được chăm sóc tại nhà', 'Người được chăm sóc']],
  ['members', 'ethnicity', ['Dân tộc']],
  ['members', 'hamlet', ['Thôn', 'Ấp', 'Tổ', 'Địa chỉ']],
  ['members', 'joined', ['Ngày vào CLB', 'Ngày tham gia', 'Ngày kết nạp']],
  ['members', 'left', ['Ngày ra', 'Ngày rời CLB']],
  ['members', 'status', ['Tình trạng', 'Trạng thái']],
  ['members', 'club', ['CLB', 'Tên CLB', 'Câu lạc bộ']],
  ['members', 'stt', ['STT', 'TT']],
  ['loans', 'id', ['Mã vay', 'Mã khoản vay', 'Số HĐ', 'Số khế ước']],
  ['loans', 'borrower', ['Họ tên người vay', 'Người vay', 'Họ và tên', 'Thành viên vay']],
  ['loans', 'date', ['Ngày vay', 'Ngày giải ngân', 'Ngày nhận vốn', 'Ngày cho vay']],
  ['loans', 'amount', ['Số tiền vay', 'Số tiền', 'Vốn vay', 'Số tiền (đồng)', 'Giá trị (quy ra tiền)']],
  ['loans', 'kind', ['Hình thức', 'Hiện vật', 'Hình thức (Tiền mặt / Hiện vật)']],
  ['loans', 'rate', ['Lãi suất', 'Lãi suất (%/tháng)', 'Lãi suất (%/năm)']],
  ['loans', 'term', ['Thời hạn', 'Kỳ hạn', 'Thời hạn (tháng)']],
  ['loans', 'due', ['Ngày đến hạn', 'Hạn trả', 'Ngày trả (dự kiến)']],
  ['loans', 'principalRepaid', ['Đã trả gốc', 'Gốc đã trả', 'Tiền gốc đã trả']],
  ['loans', 'interestPaid', ['Đã trả lãi', 'Lãi đã trả', 'Tiền lãi']],
  ['loans', 'outstanding', ['Dư nợ', 'Còn nợ', 'Số dư nợ']],
  ['loans', 'purpose', ['Mục đích', 'Mục đích vay']],
  ['repayments', 'loanId', ['Mã vay', 'Mã khoản vay', 'Số HĐ']],
  ['repayments', 'borrower', ['Người vay', 'Họ tên']],
  ['repayments', 'date', ['Ngày trả', 'Ngày thu', 'Ngày nộp']],
  ['repayments', 'principal', ['Tiền gốc', 'Gốc', 'Trả gốc', 'Thu gốc']],
  ['repayments', 'interest', ['Tiền lãi', 'Lãi', 'Trả lãi', 'Thu lãi']],
  ['cashbook', 'date', ['Ngày', 'Ngày tháng']],
  ['cashbook', 'voucher', ['Số phiếu', 'Chứng từ', 'Số CT']],
  ['cashbook', 'description', ['Diễn giải', 'Nội dung']],
  ['cashbook', 'fund', ['Quỹ']],
  ['cashbook', 'receipt', ['Thu', 'Số tiền thu']],
  ['cashbook', 'payment', ['Chi', 'Số tiền chi']],
  ['cashbook', 'balance', ['Tồn', 'Tồn quỹ', 'Số dư']],
];

describe('header wordings of SHEETS.md', () => {
  for (const [kind, field, wordings] of WORDINGS) {
    it.each(wordings)(`${kind}: "%s" names the ${field} column`, (w) => {
      expect(matchHeader(kind, w)?.field).toBe(field);
    });
  }
});

describe('header matching', () => {
  it('ignores case, spacing, punctuation and line breaks', () => {
    expect(matchHeader('members', 'HỌ VÀ TÊN')?.field).toBe('name');
    expect(matchHeader('members', '  Họ  và\ntên: ')?.field).toBe('name');
    expect(matchHeader('members', 'Năm\nsinh')?.field).toBe('birth');
  });

  it('ignores tone-mark placement', () => {
    expect(matchHeader('members', 'Tình trạng')?.field).toBe('status');
    expect(matchHeader('members', 'Hộ khó khăn')?.field).toBe('hardshipMark');
  });

  it('accepts headers typed without diacritics as a fallback', () => {
    expect(matchHeader('members', 'Ho va ten')?.field).toBe('name');
    expect(matchHeader('members', 'Nam sinh')?.field).toBe('birth');
    expect(matchHeader('loans', 'So tien vay')?.field).toBe('amount');
    expect(matchHeader('members', 'Ho va ten')!.quality).toBeLessThan(matchHeader('members', 'Họ và tên')!.quality);
  });

  it('prefers the longer, more specific wording', () => {
    expect(matchHeader('loans', 'Họ tên người vay')?.field).toBe('borrower');
    expect(matchHeader('members', 'Ngày vào CLB')?.field).toBe('joined');
    expect(matchHeader('members', 'Năm sinh')?.field).toBe('birth');
    expect(matchHeader('cashbook', 'Ngày')?.field).toBe('date');
    expect(matchHeader('members', 'Ngày')).toBeUndefined();
    expect(matchHeader('loans', 'Số tiền vay')?.field).toBe('amount');
    expect(matchHeader('loans', 'Ngày trả (dự kiến)')?.field).toBe('due');
    expect(matchHeader('members', 'Hoàn cảnh khó khăn')?.field).toBe('hardshipMark');
    expect(matchHeader('members', 'Hoàn cảnh gia đình')?.field).toBe('hardship');
  });

  it('accepts a header that starts with a wording', () => {
    expect(matchHeader('loans', 'Số tiền vay (đồng)')?.field).toBe('amount');
    expect(matchHeader('loans', 'Họ và tên thành viên vay')?.field).toBe('borrower');
    expect(matchHeader('loans', 'Lãi suất %/năm')?.field).toBe('rate');
    expect(matchHeader('cashbook', 'Tồn quỹ cuối ngày')?.field).toBe('balance');
  });

  it('is data: every book has a list of wordings per field', () => {
    expect(HEADERS.members.birth).toContain('Năm sinh');
    expect(HEADERS.cashbook.receipt).toContain('Thu');
  });
});
