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
