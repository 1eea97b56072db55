import { compliantMembers, memberBook, only, run, rulesOf, someName } from './build';

describe('member list rules', () => {
  it('finds nothing wrong in a club that meets every rule', () => {
    const result = run({ members: [memberBook(compliantMembers())] });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('marks the name cell of a row with data but no name', () => {
    const rows = compliantMembers();
    rows[3] = { ...rows[3], name: undefined, nameKey: undefined, issues: [{ field: 'name', c: 1, kind: 'empty', raw: null }] };
    const [f] = only(run({ members: [memberBook(rows)] }), 'member.name-missing');
    expect(f.cells).toEqual(['B8']);
    expect(f.row).toBe(8);
    expect(f.severity).toBe('error');
  });

  it('reports a missing birth year on the birth cell, and both Nam/Nữ cells in the split layout', () => {
    const rows = compliantMembers();
    rows[0] = { ...rows[0], birthYear: undefined, issues: [{ field: 'birth', c: 2, kind: 'empty', raw: null }] };
    expect(only(run({ members: [memberBook(rows)] }), 'member.birth-missing')[0].cells).toEqual(['C5']);
    const split = memberBook(rows, {
      layout: 'split-birth',
      columns: { name: { c: 1, r: 3, header: 'Họ và tên' }, birthMale: { c: 2, r: 3, header: 'Nam' }, birthFemale: { c: 3, r: 3, header: 'Nữ' }, role: { c: 5, r: 3, header: 'Chức vụ' }, volunteer: { c: 6, r: 3, header: 'TNV' } },
    });
    expect(only(run({ members: [split] }), 'member.birth-missing')[0].cells).toEqual(['C5', 'D5']);
  });

  it('reports an unreadable birth value, a birth in the future and an age over 110', () => {
    const rows = compliantMembers();
    rows[1] = { ...rows[1], birthYear: undefined, issues: [{ field: 'birth', c: 2, kind: 'unreadable', raw: 'năm mươi tám' }] };
    rows[2] = { ...rows[2], birthYear: 2031 };
    rows[3] = { ...rows[3], birthYear: 1901 };
    const found = only(run({ members: [memberBook(rows)] }), 'member.birth-invalid');
    expect(found.map((f) => f.cells[0])).toEqual(['C6', 'C7', 'C8']);
    expect(found[0].message.vi).toContain('năm mươi tám');
    expect(found[2].message.en).toContain('124');
  });

  it('accepts a member aged exactly 110', () => {
    const rows = compliantMembers();
    rows[3] = { ...rows[3], birthYear: 1915 };
    expect(only(run({ members: [memberBook(rows)] }), 'member.birth-invalid')).toEqual([]);
  });

  it('reports an unknown sex, and a year in both the Nam and Nữ columns', () => {
    const rows = compliantMembers();
    rows[4] = { ...rows[4], sex: undefined, issues: [{ field: 'sex', c: 3, kind: 'unreadable', raw: 'Bà' }] };
    rows[5] = { ...rows[5], sex: undefined, issues: [{ field: 'sex', c: 2, kind: 'conflict', raw: 1950 }] };
    const found = only(run({ members: [memberBook(rows)] }), 'member.sex-missing');
    expect(found).toHaveLength(2);
    expect(found[0].message.vi).toContain('Bà');
    expect(found[1].message.en).toMatch(/both/);
  });

  it('marks every copy of a duplicated member and names the other rows, tone marks normalized', () => {
    const rows = compliantMembers();
    rows[10] = { ...rows[10], name: 'Trần Thị Hòa', birthYear: 1952 };
    rows[20] = { ...rows[20], name: 'Trần Thị Hoà', birthYear: 1952 };
    const found = only(run({ members: [memberBook(rows)] }), 'member.duplicate');
    expect(found.map((f) => f.cells[0])).toEqual(['B15', 'B25']);
    expect(found[0].message.vi).toContain('25');
    expect(found[1].message.en).toContain('15');
  });

  it('finds the same person on two sheets of one club, each copy marked on its own sheet', () => {
    const rows = compliantMembers();
    rows[5] = { ...rows[5], name: 'Trần Thị Hòa', birthYear: 1952 };
    rows[45] = { ...rows[45], name: 'Trần Thị Hoà', birthYear: 1952 }; // row 20 of "Tổ 4"
    const found = only(run({ members: [memberBook(rows.slice(0, 30), { sheet: 'Tổ 1' }), memberBook(rows.slice(30), { sheet: 'Tổ 4' })] }), 'member.duplicate');
    expect(found.map((f) => [f.sheet, f.cells])).toEqual([
      ['Tổ 1', ['B10']],
      ['Tổ 4', ['B20']],
    ]);
    expect(found[0].message.vi).toContain('cũng ở trang "Tổ 4" dòng 20');
    expect(found[0].message.en).toContain('also on sheet "Tổ 4" row 20');
    expect(found[1].message.en).toContain('also on sheet "Tổ 1" row 10');
  });

  it('names the rows on the same sheet first, then the other sheets', () => {
    const rows = compliantMembers();
    const hoa = { name: 'Trần Thị Hòa', birthYear: 1952 };
    rows[5] = { ...rows[5], ...hoa };
    rows[6] = { ...rows[6], ...hoa };
    rows[45] = { ...rows[45], ...hoa };
    const found = only(run({ members: [memberBook(rows.slice(0, 30), { sheet: 'Tổ 1' }), memberBook(rows.slice(30), { sheet: 'Tổ 4' })] }), 'member.duplicate');
    expect(found.map((f) => f.message.en)).toEqual([
      'Trần Thị Hòa (born 1952) is listed twice: also on row 11; sheet "Tổ 4" row 20.',
      'Trần Thị Hòa (born 1952) is listed twice: also on row 10; sheet "Tổ 4" row 20.',
      'Trần Thị Hòa (born 1952) is listed twice: also on sheet "Tổ 1" row 10, 11.',
    ]);
  });

  it('does not treat the same person in two different clubs as a duplicate', () => {
    const rows = compliantMembers();
    const other = compliantMembers();
    other[3] = { ...rows[3] };
    const a = memberBook(rows, { club: 'CLB ấp Phú Hòa' });
    const b = memberBook(other, { club: 'CLB ấp Tân Lợi', sheet: 'DS Tân Lợi' });
    expect(only(run({ members: [a, b] }), 'member.duplicate')).toEqual([]);
  });

  it('finds duplicates across the sheets of each club in a roll-up of 20,000 members', () => {
    // 100 clubs of 200 members, each split over four sheets of 50; one person is copied in every club.
    const books = [];
    for (let c = 0; c < 100; c++) {
      for (let t = 0; t < 4; t++) {
        const rows = Array.from({ length: 50 }, (_, i) => ({ name: someName(t * 50 + i), birthYear: 1950 + (i % 20), sex: 'F' as const }));
        if (t === 3) rows[49] = { ...rows[0], name: someName(0) };
        books.push(memberBook(rows, { club: `CLB ${c}`, sheet: `CLB ${c} Tổ ${t + 1}` }));
      }
    }
    const started = Date.now();
    const found = only(run({ members: books }), 'member.duplicate');
    expect(found).toHaveLength(200);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('does not treat Hùng and Hưng, or the same name with different birth years, as duplicates', () => {
    const rows = compliantMembers();
    rows[50] = { ...rows[50], name: 'Lê Văn Hùng', birthYear: 1980 };
    rows[51] = { ...rows[51], name: 'Lê Văn Hưng', birthYear: 1980 };
    rows[52] = { ...rows[52], name: 'Lê Văn Hùng', birthYear: 1981 };
    expect(only(run({ members: [memberBook(rows)] }), 'member.duplicate')).toEqual([]);
  });

  it('warns about a typo in the hardship, role or status column', () => {
    const rows = compliantMembers();
    rows[7] = { ...rows[7], issues: [{ field: 'hardship', c: 4, kind: 'unreadable', raw: 'Nghè' }] };
    const [f] = only(run({ members: [memberBook(rows)] }), 'member.status-unknown');
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual(['E12']);
    expect(f.fix.vi).toContain('Hộ nghèo');
  });

  it('words an unreadable value as one sentence, the value quoted once', () => {
    const rows = compliantMembers();
    const detail = { vi: 'Không hiểu "Nghè" (cần Nghèo, Cận nghèo, Khó khăn hoặc để trống)', en: '"Nghè" is not understood (expected Nghèo, Cận nghèo, Khó khăn or empty)' };
    rows[7] = { ...rows[7], issues: [{ field: 'hardship', c: 4, kind: 'unreadable', raw: 'Nghè', detail }] };
    rows[8] = { ...rows[8], birthYear: undefined, issues: [{ field: 'birth', c: 2, kind: 'unreadable', raw: '31/02/1960', detail: { vi: 'tháng 2 không có ngày 31', en: 'February has no 31st' } }] };
    const result = run({ members: [memberBook(rows)] });
    const [status] = only(result, 'member.status-unknown');
    expect(status.message).toEqual({
      vi: 'Hoàn cảnh: không hiểu "Nghè" (cần Nghèo, Cận nghèo, Khó khăn hoặc để trống).',
      en: 'Hoàn cảnh: "Nghè" is not understood (expected Nghèo, Cận nghèo, Khó khăn or empty).',
    });
    const [birth] = only(result, 'member.birth-invalid');
    expect(birth.message).toEqual({ vi: 'Không đọc được năm sinh: "31/02/1960" (tháng 2 không có ngày 31).', en: 'Cannot read the birth year: "31/02/1960" (February has no 31st).' });
  });

  it('does not report a legacy-encoded name as a missing name', () => {
    const rows = compliantMembers();
    rows[7] = { ...rows[7], issues: [{ field: 'name', c: 1, kind: 'legacy-encoding', raw: 'NguyÔn ThÞ Lan' }] };
    expect(rulesOf(run({ members: [memberBook(rows)] }), 'member.')).toEqual([]);
  });
});
