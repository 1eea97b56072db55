// Layouts and habits from the eighth audit of real-like workbooks (test/fixtures/real-like 104,
// 107–146); each test failed before its fix.
import type { CellValue } from '../../../src/domain/grid';
import { check, sheet } from './grids';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Lan', 'Mai', 'Hoa', 'Cúc', 'Đào', 'Hạnh', 'Nga', 'Thu'];

/** n members, 70% women, all born 1950, numbered 1., 2., … from `from`. */
function memberRows(n: number, from = 1): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [`${from + i}.`, `${FAMILY[i % 8]} Thị ${GIVEN[Math.floor(i / 8) % 8]} ${from + i}`, 1950, i % 10 < 7 ? 'Nữ' : 'Nam']);
}

describe('rows typed on under a member list without a header of their own', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'];

  it('are another table (loans under the members: an amount in Giới tính), named in a note and not read as members', () => {
    const loans: CellValue[][] = Array.from({ length: 10 }, (_, i) => [`${i + 1}.`, `Nguyễn Thị Lan ${i + 1}`, `5/3/2025`, '5.000.000', '0,8']);
    const findings = check(sheet('Sheet1', [header, ...memberRows(55), [], ...loans]));
    const note = findings.filter((f) => f.rule === 'book.headerless-rows');
    expect(note).toHaveLength(1);
    expect(note[0]).toMatchObject({ severity: 'info', sheet: 'Sheet1', row: 58, cells: ['B58'] });
    expect(note[0].message.vi).toContain('Các dòng 58–67');
    // Not 65 members, no sex or birth errors on the loan rows.
    expect(findings.filter((f) => f.rule.startsWith('member.') || f.rule === 'club.size')).toEqual([]);
  });

  it('are still members when a group after a blank row has one sex typed wrong, or its numbering starts again', () => {
    const group2 = memberRows(25, 1);
    group2[0][3] = 'N';
    const findings = check(sheet('Sheet1', [header, ...memberRows(30), [], ...group2]));
    expect(findings.filter((f) => f.rule === 'book.headerless-rows')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'member.sex-missing').map((f) => f.cells)).toEqual([['D33']]);
  });
});

describe('lines under or inside a list that are not records', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'];

  it('skips figures written under the list ("Đang sinh hoạt: 58 người", "Trong đó nữ: 42") and over a group ("Nhóm B: 25 người")', () => {
    const rows = [header, ...memberRows(30), [null, 'Nhóm B: 25 người'], ...memberRows(25, 31), [], [null, 'Đang sinh hoạt: 55 người; đã mất 0'], [null, 'Trong đó nữ: 38']];
    const findings = check(sheet('DS', rows));
    expect(findings.filter((f) => f.rule.startsWith('member.'))).toEqual([]);
    expect(findings.find((f) => f.rule === 'club.size')).toBeUndefined();
  });
});

describe('loans settled in words', () => {
  it('reads "Đã trả hết" / "Trả xong" in Đã trả gốc as the whole amount repaid', () => {
    const members = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(55)];
    const loans: CellValue[][] = [
      ['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Đã trả gốc', 'Dư nợ'],
      [1, members[1][1], '5/1/2025', 5_000_000, 0.8, 'Đã trả hết', 0],
      [2, members[2][1], '5/1/2025', 3_000_000, 0.8, 'Trả xong', 3_000_000],
      [3, members[3][1], '15-Mar-2025', 2_000_000, 0.8, 0, 2_000_000],
    ];
    const findings = check(sheet('DS', members), sheet('Vay', loans));
    expect(findings.filter((f) => f.rule.startsWith('loan.') || f.rule === 'book.unreadable-value').map((f) => `${f.rule} ${f.cells}`)).toEqual([
      'loan.outstanding-mismatch G3',
    ]);
  });
});

describe('club shares with members the reader cannot place', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'];
  /** 60 members, 42 born 1950 (70%), 70% women. */
  const rows = () => memberRows(60).map((r, i) => [r[0], r[1], i < 42 ? 1950 : 1980, r[3]]);

  it('leaves the older share to the unreadable births when reading them could settle it', () => {
    const list = rows();
    list[10][2] = '195';
    list[11][2] = 'năm 19';
    const rules = check(sheet('DS', [header, ...list])).map((f) => f.rule);
    expect(rules.filter((r) => r === 'member.birth-invalid')).toHaveLength(2);
    expect(rules).not.toContain('club.older-share');
  });

  it('still reports a share too low whatever the unreadable births are, and says they are not counted', () => {
    const list = rows();
    for (const i of [0, 1, 2, 3, 4]) list[i][2] = 1980;
    list[10][2] = '195';
    const share = check(sheet('DS', [header, ...list])).find((f) => f.rule === 'club.older-share');
    expect(share?.message.en).toBe('Share of members aged 55+: 36 of 60 = 60% (1 member with no readable birth year not counted among them), needs ≥ 70%.');
    expect(share?.message.vi).toContain('(1 thành viên chưa đọc được năm sinh không được tính vào)');
  });
});
