import type { CellValue } from '../../../src/domain/grid';
import { recognize } from '../../../src/domain/recognize';
import { ERR_NA, ERR_REF, MEMBERS, memberSheet, merge, sheet, workbook } from './grids';

describe('a member list', () => {
  it('is found under title lines and read row by row', () => {
    const r = recognize(workbook(memberSheet()));
    expect(r.problems).toEqual([]);
    expect(r.members).toHaveLength(1);
    const book = r.members[0];
    expect(book.headerTop).toBe(3);
    expect(book.headerBottom).toBe(3);
    expect(book.layout).toBe('plain');
    expect(book.columns.name).toEqual({ c: 1, r: 3, header: 'Họ và tên' });
    expect(book.rows).toHaveLength(MEMBERS.length);
    expect(book.rows[0]).toMatchObject({ r: 4, name: 'Nguyễn Thị Lan', nameKey: 'nguyễn thị lan', birthYear: 1955, sex: 'F', hardship: 'poor', role: 'chair' });
    expect(book.rows[2].nameKey).toBe('lê thị hòa');
  });

  it('takes the club from a "CLB …" title line', () => {
    const r = recognize(workbook(memberSheet()));
    expect(r.members[0].club).toBe('CLB LTHTGN ẤP PHÚ HÒA');
    expect(r.members[0].rows.every((m) => m.club === 'CLB LTHTGN ẤP PHÚ HÒA')).toBe(true);
  });

  it('reads "CN" as chủ nhiệm in the role column and as cận nghèo in the hardship column', () => {
    const r = recognize(
      workbook(
        sheet('DS', [
          ['Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Chức vụ'],
          ['Nguyễn Thị Lan', 1955, 'Nữ', 'CN', 'CN'],
        ]),
      ),
    );
    expect(r.members[0].rows[0]).toMatchObject({ hardship: 'near-poor', role: 'chair' });
  });

  it('shares one frozen empty issue list among rows without problems', () => {
    const rows = recognize(workbook(memberSheet())).members[0].rows;
    expect(rows[0].issues).toBe(rows[1].issues);
    expect(Object.isFrozen(rows[0].issues)).toBe(true);
  });

  it('reads a two-row header with the birth year written under Nam or Nữ', () => {
    const r = recognize(
      workbook(
        sheet(
          'Danh sach',
          [
            ['DANH SÁCH THÀNH VIÊN', null, null, null, null],
            ['TT', 'Họ và tên', 'Năm sinh', null, 'Dân tộc'],
            [null, null, 'Nam', 'Nữ', null],
            [1, 'Trần Văn Hùng', 1950, null, 'Kinh'],
            [2, 'Nguyễn Thị Lan', null, '1955', 'Khmer'],
            [3, 'Lê Thị Hoà', 1962, 1962, 'Kinh'],
            [4, 'Phạm Thị Thuý', null, null, 'Kinh'],
          ],
          { merges: [merge(1, 0, 2, 0), merge(1, 1, 2, 1), merge(1, 2, 1, 3), merge(1, 4, 2, 4)] },
        ),
      ),
    );
    const book = r.members[0];
    expect(book.layout).toBe('split-birth');
    expect(book.headerTop).toBe(1);
    expect(book.headerBottom).toBe(2);
    expect(book.columns.birthMale).toMatchObject({ c: 2, r: 2 });
    expect(book.columns.birthFemale).toMatchObject({ c: 3, r: 2 });
    expect(book.rows).toHaveLength(4);
    expect(book.rows[0]).toMatchObject({ sex: 'M', birthYear: 1950, birthCol: 2, ethnicity: 'Kinh' });
    expect(book.rows[1]).toMatchObject({ sex: 'F', birthYear: 1955, birthCol: 3 });
    expect(book.rows[2].sex).toBeUndefined();
    expect(book.rows[2].issues).toEqual([expect.objectContaining({ field: 'sex', kind: 'conflict', c: 2 })]);
    expect(book.rows[3].birthYear).toBeUndefined();
    expect(book.rows[3].issues).toEqual([expect.objectContaining({ field: 'birth', kind: 'empty', c: 2 })]);
  });

  it('reads separate Hộ nghèo / Hộ cận nghèo / Khó khăn mark columns under a "Hoàn cảnh gia đình" group', () => {
    const r = recognize(
      workbook(
        sheet(
          'DS',
          [
            ['STT', 'Họ tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh gia đình', null, null, 'TNV'],
            [null, null, null, null, 'Hộ nghèo', 'Hộ cận nghèo', 'Khó khăn', null],
            [1, 'Nguyễn Thị Lan', 1955, 'Nữ', 'x', null, null, 'x'],
            [2, 'Trần Văn Hùng', 1950, 'Nam', null, 'X', null, null],
            [3, 'Lê Thị Hoà', 1962, 'nữ', null, null, '✓', 'có'],
            [4, 'Bùi Thị Bảy', 1966, 'F', null, null, null, 'chắc vậy'],
          ],
          { merges: [merge(0, 4, 0, 6)] },
        ),
      ),
    );
    const book = r.members[0];
    expect(book.columns.poorMark?.c).toBe(4);
    expect(book.columns.nearPoorMark?.c).toBe(5);
    expect(book.columns.hardshipMark?.c).toBe(6);
    expect(book.rows.map((m) => m.hardship)).toEqual(['poor', 'near-poor', 'hardship', undefined]);
    expect(book.rows.map((m) => m.volunteer)).toEqual([true, false, true, false]);
    expect(book.rows[3].issues).toEqual([expect.objectContaining({ field: 'volunteer', kind: 'unreadable', c: 7, raw: 'chắc vậy' })]);
  });

  it('gives sheet rows and columns when the used range starts at C5', () => {
    const r = recognize(
      workbook(
        sheet(
          'DS',
          [
            ['DANH SÁCH THÀNH VIÊN CLB ẤP TÂN AN', null, null],
            ['Họ và tên', 'Năm sinh', 'Giới tính'],
            ['Nguyễn Thị Lan', 1955, 'Nữ'],
            ['Trần Văn Hùng', 'abc', 'Nam'],
          ],
          { top: 4, left: 2 },
        ),
      ),
    );
    const book = r.members[0];
    expect(book.headerTop).toBe(5);
    expect(book.columns.birth).toEqual({ c: 3, r: 5, header: 'Năm sinh' });
    expect(book.rows.map((m) => m.r)).toEqual([6, 7]);
    expect(book.rows[0].birthCol).toBe(3);
    expect(book.rows[1].issues).toEqual([expect.objectContaining({ field: 'birth', c: 3, kind: 'unreadable', raw: 'abc' })]);
    expect(book.club).toBe('CLB ẤP TÂN AN');
  });

  it('stops at the total row; the COUNT results and the signature block are not data', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ'],
      [2, 'Trần Văn Hùng', 1950, 'Nam'],
      ['Tổng cộng', null, 2, 2],
      [null, 'Trong đó nữ:', 1, null],
      [null, null, 'Phú Hòa, ngày 30 tháng 6 năm 2025', null],
      [null, 'Người lập biểu', null, 'Chủ nhiệm CLB'],
      [null, 'Nguyễn Văn Bé', null, 'Nguyễn Thị Lan'],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows.map((m) => m.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Hùng']);
  });

  it('stops at a signature block without a total row', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ'],
      [null, '…, ngày … tháng … năm …', null, null],
      [null, 'NGƯỜI LẬP', null, 'CHỦ NHIỆM CLB'],
      [null, 'Nguyễn Văn Bé', null, 'Lê Thị Hoà'],
    ];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows).toHaveLength(1);
  });

  it('treats rows with only an STT number as blank, and ends after three blank rows', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ'],
      [2, null, null, null],
      [3, 'Trần Văn Hùng', 1950, 'Nam'],
      [4, null, null, null],
      [5, '', '  ', null],
      [6, null, null, null],
      [7, 'Bảng phụ: không phải thành viên', 1900, 'Nam'],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows.map((m) => m.r)).toEqual([1, 3]);
  });

  it('skips a row of column numbers under the header', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['(1)', '(2)', '(3)', '(4)'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ'],
    ];
    expect(recognize(workbook(sheet('DS', rows))).members[0].rows.map((m) => m.r)).toEqual([2]);
  });

  it('lists merged data cells, and reads a hamlet merged over a household\'s rows for each of them', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Thôn'],
      [1, 'Nguyễn Thị Lan', 1955, 'Nữ', 'Ấp Phú Hòa'],
      [2, 'Trần Văn Hùng', 1950, 'Nam', null],
      [3, 'Lê Thị Hoà', 1962, 'Nữ', 'Ấp Tân An'],
      ['Tổng', null, null, null, null],
    ];
    const book = recognize(workbook(sheet('DS', rows, { merges: [merge(1, 4, 2, 4), merge(4, 0, 4, 3)] }))).members[0];
    expect(book.mergedData).toEqual([merge(1, 4, 2, 4)]);
    expect(book.rows.map((m) => m.hamlet)).toEqual(['Ấp Phú Hòa', 'Ấp Phú Hòa', 'Ấp Tân An']);
  });

  it('reports formula errors in needed cells', () => {
    const rows: CellValue[][] = [
      ['Họ và tên', 'Năm sinh', 'Giới tính'],
      ['Nguyễn Thị Lan', ERR_NA, 'Nữ'],
      [ERR_REF, 1950, 'Nam'],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows[0].issues).toEqual([expect.objectContaining({ field: 'birth', kind: 'error-value', raw: ERR_NA })]);
    expect(book.rows[1].issues).toEqual([expect.objectContaining({ field: 'name', kind: 'error-value' })]);
  });

  it('reads years and dates typed as text, and join / leave information', () => {
    const rows: CellValue[][] = [
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào CLB', 'Ngày ra', 'Tình trạng'],
      ['Nguyễn Thị Lan', '15/03/1955', 'nữ', '1/6/2020', null, 'Đang sinh hoạt'],
      ['Trần Văn Hùng', '1950', 'NAM', 43983, '30/12/2024', 'Đã rời'],
      ['Lê Thị Hoà', 1962, 'Nữ', null, 'Chuyển đi', null],
      ['Võ Văn Hưng', 1949, 'Nam', null, null, 'Đã mất'],
    ];
    const book = recognize(workbook(sheet('DS', rows, { formats: [[], [], [], [null, null, null, 'dd/mm/yyyy']] }))).members[0];
    expect(book.rows[0]).toMatchObject({ birthYear: 1955, birthDate: 20163, joined: 43983, status: 'active' });
    expect(book.rows[1]).toMatchObject({ birthYear: 1950, sex: 'M', joined: 43983, left: 45656, status: 'left' });
    expect(book.rows[2]).toMatchObject({ status: 'moved', left: undefined });
    expect(book.rows[2].issues).toEqual([]);
    expect(book.rows[3].status).toBe('deceased');
  });

  it('reports empty required cells on a row that has other content', () => {
    const rows: CellValue[][] = [
      ['Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ'],
      [null, 1955, 'Nữ', 'Ủy viên'],
      ['Trần Văn Hùng', null, null, 'Thư kí?'],
    ];
    const book = recognize(workbook(sheet('DS', rows))).members[0];
    expect(book.rows[0].issues).toEqual([expect.objectContaining({ field: 'name', kind: 'empty', c: 0 })]);
    expect(book.rows[1].issues.map((i) => [i.field, i.kind])).toEqual([
      ['birth', 'empty'],
      ['sex', 'empty'],
      ['role', 'unreadable'],
    ]);
    expect(book.rows[1].role).toBe('member');
  });
});

describe('legacy encodings', () => {
  const names = ['NguyÔn ThÞ Lan', 'TrÇn V¨n Hïng', 'Lª ThÞ Hoµ', 'Ph¹m ThÞ Thóy'];
  it('reports one problem per column and marks every such name', () => {
    const rows: CellValue[][] = [['Họ và tên', 'Năm sinh', 'Giới tính'], ...names.map((n, k) => [n, 1950 + k, 'Nữ'])];
    const r = recognize(workbook(sheet('DS cu', rows)));
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0];
    expect(p).toMatchObject({ sheet: 'DS cu', kind: 'legacy-encoding', book: 'members', r: 0, c: 0 });
    expect(p.cells).toEqual(names.map((_, k) => ({ r: k + 1, c: 0 })));
    expect(p.message.vi).toContain('TCVN3');
    expect(p.message.vi).toContain("'DS cu'");
    expect(p.message.en).toContain("'Họ và tên'");
    expect(p.fix.vi).toContain('Unikey');
    expect(p.fix.en).toContain('Unicode');
    const rowsRead = r.members[0].rows;
    expect(rowsRead.every((m) => m.issues.some((i) => i.field === 'name' && i.kind === 'legacy-encoding'))).toBe(true);
  });

  it('names VNI when the names are VNI', () => {
    const vni = ['Nguyeãn Thò Lan', 'Traàn Vaên Huøng', 'Leâ Thò Hoaø'];
    const rows: CellValue[][] = [['Họ và tên', 'Năm sinh', 'Giới tính'], ...vni.map((n) => [n, 1950, 'Nam'])];
    const r = recognize(workbook(sheet('DS', rows)));
    expect(r.problems.map((p) => p.kind)).toEqual(['legacy-encoding']);
    expect(r.problems[0].message.en).toContain('VNI');
  });

  it('leaves Unicode names alone', () => {
    const r = recognize(workbook(memberSheet()));
    expect(r.problems).toEqual([]);
  });

  it('marks a few names pasted in VNI among many in Unicode, far down the list', () => {
    const unicode = Array.from({ length: 150 }, (_, k) => [`Nguyễn Thị Thành Viên ${k}`, 1950, 'Nữ']);
    const rows: CellValue[][] = [['Họ và tên', 'Năm sinh', 'Giới tính'], ...unicode, ['Nguyeãn Thò Lan', 1950, 'Nữ'], ['Traàn Vaên Huøng', 1948, 'Nam']];
    const r = recognize(workbook(sheet('DS', rows)));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].cells).toEqual([
      { r: 151, c: 0 },
      { r: 152, c: 0 },
    ]);
    expect(r.problems[0].message.vi).toContain('2 ô');
  });
});

describe('a sheet typed in TCVN3 throughout', () => {
  it('is reported as legacy-encoded rather than skipped', () => {
    const rows: CellValue[][] = [
      ['Danh s¸ch thµnh viªn', null, null],
      ['Hä vµ tªn', 'N¨m sinh', 'Giíi tÝnh'],
      ['NguyÔn ThÞ Lan', 1955, 'N÷'],
    ];
    const r = recognize(workbook(sheet('DS', rows)));
    expect(r.members).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ sheet: 'DS', kind: 'legacy-encoding', r: 0, c: 0 })]);
    expect(r.problems[0].message.en).toContain('TCVN3');
  });
});
