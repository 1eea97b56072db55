// Layouts and habits from the eighth audit of real-like workbooks (test/fixtures/real-like 104,
// 107–146); each test failed before its fix.
import type { CellValue } from '../../../src/domain/grid';
import { matchHeader } from '../../../src/domain/recognize';
import { readBirth, readHardship, readMark, readRate, readRole, readSex } from '../../../src/domain/values';
import { check, merge, sheet } from './grids';

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
    expect(share?.message.en).toBe('Share of members aged 55+: 36 of 60 = 60% (1 member with no readable birth year among them, not counted as members aged 55+), needs ≥ 70%.');
    expect(share?.message.vi).toContain('(trong đó 1 thành viên chưa đọc được năm sinh, chưa được tính là người từ 55 tuổi)');
  });
});

describe('the province documents\' own words', () => {
  it.each([
    ['Người nghèo', 'poor'],
    ['Người cận nghèo', 'near-poor'],
    ['Người có hoàn cảnh khó khăn', 'hardship'],
    ['Có hoàn cảnh khó khăn', 'hardship'],
  ] as const)('reads the hardship "%s" as %s', (word, value) => {
    expect(readHardship(word)).toEqual({ ok: true, value });
  });

  it('reads an x under a header naming every kind of hardship as one of them, and only there', () => {
    const rows: CellValue[][] = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Người nghèo, cận nghèo hoặc có hoàn cảnh khó khăn'], ...memberRows(60).map((r, i) => [...r, i < 30 ? 'x' : null])];
    const share = check(sheet('DS', rows)).find((f) => f.rule === 'club.poor-share');
    expect(share?.message.en).toContain('30 of 60');
    expect(readHardship('x').ok).toBe(false);
  });

  it('reads a group leader with the group named ("Tổ trưởng tổ văn nghệ") as a member, and a mark with a note ("Có (TNV: Lan)")', () => {
    expect(readRole('Tổ trưởng tổ văn nghệ')).toEqual({ ok: true, value: 'member' });
    expect(readRole('Nhóm trưởng nhóm 3')).toEqual({ ok: true, value: 'member' });
    expect(readMark('Có (TNV: Nguyễn Thị Lan)')).toEqual({ ok: true, value: true });
  });

  it.each([
    ['Ban chủ nhiệm', 'role'],
    ['BCN', 'role'],
    ['Tổ tình nguyện viên chăm sóc tại nhà', 'volunteer'],
    ['Tổ TNV', 'volunteer'],
    ['Người nghèo, cận nghèo hoặc có hoàn cảnh khó khăn', 'hardship'],
  ])('reads the member-list header "%s" as the %s column', (header, field) => {
    expect(matchHeader('members', header)?.field).toBe(field);
  });

  it.each(['Quỹ để tăng thu nhập (đồng):', 'Quỹ tín dụng vi mô'])('reads "%s" on the club-information sheet as the income fund\'s capital', (label) => {
    const members = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(55)];
    const info = sheet('Thông tin', [['Tên CLB', 'CLB ấp Phú Hòa'], [label, 10_000_000], ['Mức phí thành viên (đồng/tháng)', 3000]]);
    const loans: CellValue[][] = [
      ['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'],
      [1, members[1][1], '5/1/2025', 6_000_000, 0.8, 6_000_000],
      [2, members[2][1], '5/2/2025', 6_000_000, 0.8, 6_000_000],
    ];
    expect(check(sheet('DS', members), sheet('Vay', loans), info).filter((f) => f.rule === 'loan.fund-exceeded').map((f) => f.cells)).toEqual([['D3']]);
  });
});

describe('commune files', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'];
  const loanHeader: CellValue[] = ['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'];

  it('matches a loan sheet to its club by a sheet name with a year, or cut by Excel at 31 characters', () => {
    const a = memberRows(55);
    const b = memberRows(55, 100);
    const loansOf = (rows: CellValue[][]): CellValue[][] => [loanHeader, ...rows.slice(0, 3).map((r, i) => [i + 1, r[1], '5/3/2025', 1_000_000, 0.8])];
    const findings = check(
      sheet('DSTV ấp Mỹ Lợi 2025', [header, ...a]),
      sheet('DS thành viên ấp Tân Thành Đông', [header, ...b]),
      sheet('Vay Mỹ Lợi', loansOf(a)),
      // A Mỹ Lợi member borrowing in Tân Thành Đông is not Tân Thành Đông's member.
      sheet('Sổ cho vay ấp Tân Thành Đông (2', [...loansOf(b), [4, a[5][1], '5/3/2025', 1_000_000, 0.8]]),
    );
    expect(findings.filter((f) => f.rule.startsWith('loan.')).map((f) => `${f.rule} ${f.sheet}!${f.cells}`)).toEqual([
      'loan.borrower-not-member Sổ cho vay ấp Tân Thành Đông (2!B5',
    ]);
  });

  it('reads rows of zeros (formulas dragged past the last member, on a sheet hiding zeros) as empty, and a 0 role as none', () => {
    const rows = [[...header, 'Chức vụ'], ...memberRows(48).map((r) => [...r, 0]), ...Array.from({ length: 20 }, () => [0, 0, 0, 0, 0])];
    const findings = check(sheet('Tân Lợi', rows));
    expect(findings.filter((f) => f.rule.startsWith('member.'))).toEqual([]);
    expect(findings.find((f) => f.rule === 'club.size')?.message.en).toContain('48 active members');
  });
});

describe('the same people on another sheet', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ', 'TNV'];
  const ROLES = ['Chủ nhiệm', 'Phó chủ nhiệm', 'Ủy viên', 'Ủy viên', 'Ủy viên'];
  const list = () => memberRows(60).map((r, i) => [...r, ROLES[i] ?? null, i < 6 ? 'x' : null]);

  it('counts the board listed again on a sheet of its own once, and checks the board there when the list has no roles', () => {
    const members = list().map((r) => r.slice(0, 4));
    const board = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ'], ...list().slice(0, 4).map((r) => r.slice(0, 5))];
    const findings = check(sheet('Ban chủ nhiệm', board), sheet('DS thành viên', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'TNV'], ...members.map((r, i) => [...r, i < 6 ? 'x' : null])]));
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}`)).toEqual(['club.board Ban chủ nhiệm']);
  });

  it('reads a list of the volunteers (a view of some members) as a part of the list: no duplicates, no club of its own', () => {
    const rows = list();
    const volunteers = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...rows.slice(0, 6).map((r) => r.slice(0, 4))];
    const findings = check(sheet('DS thành viên', [header, ...rows]), sheet('TNV', volunteers));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps the member list, not a health book of the same people with this year in its title', () => {
    const rows = list();
    rows[20][2] = '195';
    const health = [['SỔ THEO DÕI SỨC KHỎE NĂM 2025'], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Huyết áp'], ...rows.map((r) => [r[0], r[1], 1950, r[3], '120/80'])];
    const findings = check(sheet('DS thành viên', [header, ...rows]), sheet('Sổ sức khỏe', health));
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${f.cells}`)).toEqual(['member.birth-invalid DS thành viên!C22']);
    expect(findings.find((f) => f.rule === 'book.other-list')?.message.en).toContain("Sheet 'Sổ sức khỏe' lists the same people as the member list 'DS thành viên' for another purpose");
  });
});

describe('sheets that are no book', () => {
  it('does not take a donations book ("Sổ Tấm lòng vàng": date, giver, amount, in kind) for a loan or cash book missing columns', () => {
    const rows: CellValue[][] = [
      ['SỔ TẤM LÒNG VÀNG'],
      ['STT', 'Ngày', 'Họ tên người (đơn vị) ủng hộ', 'Địa chỉ', 'Nội dung ủng hộ', 'Số tiền (đồng)', 'Hiện vật', 'Người nhận'],
      ...Array.from({ length: 15 }, (_, i): CellValue[] => [i + 1, 45669 + i, `Ông Nguyễn Văn ${i}`, 'Ấp Tân Ngãi', 'Ủng hộ quỹ', 500_000, null, 'Thủ quỹ']),
    ];
    expect(check(sheet('DS', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(55)]), sheet('Sổ Tấm lòng vàng', rows)).filter((f) => f.rule === 'book.missing-column')).toEqual([]);
  });

  it('still reports a loan book without its rate column', () => {
    const rows: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay'], ...Array.from({ length: 15 }, (_, i): CellValue[] => [i + 1, `Nguyễn Thị Lan ${i}`, '5/3/2025', 1_000_000])];
    expect(check(sheet('Vay', rows)).map((f) => f.rule)).toContain('book.missing-column');
  });

  it('does not take lists of allowed values (the 54 peoples under Dân tộc, Nam and Nữ under Giới tính) for a member list', () => {
    const PEOPLES = Array.from({ length: 54 }, (_, i) => `Dân tộc ${i + 1}`);
    const rows: CellValue[][] = [['Giới tính', 'Hoàn cảnh', 'Chức vụ', 'Dân tộc'], ...PEOPLES.map((p, i): CellValue[] => [['Nam', 'Nữ'][i] ?? null, ['Hộ nghèo', 'Cận nghèo', 'Khó khăn'][i] ?? null, ['Chủ nhiệm', 'Phó chủ nhiệm', 'Ủy viên'][i] ?? null, p])];
    expect(check(sheet('DS', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(55)]), sheet('DM', rows)).filter((f) => f.rule === 'book.missing-column')).toEqual([]);
  });
});

describe('roll-ups in blocks', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'];

  it('gives each block of a long list with no club column the club of the title line over it ("I. CLB LTHTGN ẤP PHÚ HÒA")', () => {
    const rows = [header, ['I. CLB LTHTGN ẤP PHÚ HÒA'], ...memberRows(60), ['II. CLB LTHTGN ẤP TÂN LỢI'], ...memberRows(60, 1)];
    const findings = check(sheet('Tổng hợp TV', rows));
    // Two clubs of 60, not one of 120 with every member twice.
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'club.board').map((f) => f.club)).toEqual(['CLB LTHTGN ẤP PHÚ HÒA', 'CLB LTHTGN ẤP TÂN LỢI']);
  });

  it('goes on past a plain "Cộng" under each club of a roll-up with a club column, and ends at Tổng cộng', () => {
    const block = (club: string, from: number): CellValue[][] => memberRows(60, from).map((r) => [club, ...r]);
    const rows: CellValue[][] = [['CLB', ...header], ...block('CLB ấp Phú Hòa', 1), ['Cộng', null, 60], ...block('CLB ấp Tân Lợi', 100), ['Cộng', null, 60], ['Tổng cộng', null, 120], ['CLB ấp Mỹ An', 1, 'Người ký']];
    const findings = check(sheet('DS các CLB', rows));
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'club.board').map((f) => f.club)).toEqual(['CLB ấp Phú Hòa', 'CLB ấp Tân Lợi']);
  });

  it('skips the title of a tranche ("Đợt 1 - Tháng 3/2024") and its subtotal ("Cộng đợt 1") in a loan book', () => {
    const members = memberRows(60);
    const loans: CellValue[][] = [
      ['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'],
      [null, 'Đợt 1 - Tháng 3/2024'],
      [1, members[0][1], '5/3/2024', 1_000_000, 0.8],
      [null, 'Cộng đợt 1', null, 1_000_000],
      [null, 'Đợt 2 - Tháng 9/2024'],
      [2, members[1][1], '5/9/2024', 1_000_000, 0.8],
      [null, 'Cộng đợt 2', null, 1_000_000],
    ];
    const findings = check(sheet('DS', [header, ...members]), sheet('Vay', loans));
    expect(findings.filter((f) => f.rule.startsWith('loan.'))).toEqual([]);
    expect(findings.find((f) => f.rule === 'club.borrower-share')?.message.en).toContain('Only 2 of 60');
  });
});

describe('hidden sheets', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'TNV'];
  const club = (from: number, volunteers = 6) => [header, ...memberRows(60, from).map((r, i) => [...r, i < volunteers ? 'x' : null])];

  it('checks another club\'s sheets the officer hid (titled with that club), but not a very hidden one or a hidden copy', () => {
    const findings = check(
      sheet('Phú Hòa', [['DANH SÁCH THÀNH VIÊN CLB ẤP PHÚ HÒA'], ...club(1)]),
      sheet('Mỹ An', [['DANH SÁCH THÀNH VIÊN CLB ẤP MỸ AN'], ...club(100, 2)], { hidden: true }),
      sheet('DS 2024', club(1, 0), { hidden: 'very' }),
      sheet('Phú Hòa (cũ)', club(1, 0), { hidden: true }),
    );
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}`)).toEqual(['club.volunteers Mỹ An']);
  });

  it('leaves out a hidden template, a hidden copy of the list, and a hidden loan sheet of the same club', () => {
    const loans: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'], [1, memberRows(60)[0][1], '5/3/2025', 1_000_000, 0.8]];
    const findings = check(
      sheet('DS', club(1)),
      sheet('Vay', loans),
      sheet('Mau nhap', [header], { hidden: true }),
      sheet('DS cu', club(1, 0), { hidden: true }),
      sheet('Vay T12', loans, { hidden: true }),
    );
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}`)).toEqual(['club.borrower-share Vay']);
    expect(findings.find((f) => f.rule === 'club.borrower-share')?.message.en).toContain('Only 1 of 60');
  });
});

describe('the smallest change for a share', () => {
  it('does not suggest removing every woman of a club of women only', () => {
    const rows = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60).map((r) => [r[0], r[1], r[2], 'Nữ'])];
    const share = check(sheet('DS', rows)).find((f) => f.rule === 'club.women-share');
    expect(share?.fix.en).toBe('Target: 26 more members who are men.');
    expect(share?.fix.vi).toBe('Mục tiêu: thêm 26 thành viên là nam.');
  });
});

describe('a note after a member\'s name', () => {
  it('matches "Bùi Văn Út (mới)" on the list with the borrower "Bùi Văn Út", and finds the two as one person', () => {
    const rows = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(59), [60, 'Bùi Văn Út (mới)', 1950, 'Nam']];
    const loans: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'], [1, 'Bùi Văn Út', '5/3/2025', 1_000_000, 0.8]];
    expect(check(sheet('DS', rows), sheet('Vay', loans)).filter((f) => f.rule.startsWith('loan.'))).toEqual([]);
    const twice = [...rows, [61, 'Bùi Văn Út', 1950, 'Nam']];
    expect(check(sheet('DS', twice)).filter((f) => f.rule === 'member.duplicate').map((f) => f.cells)).toEqual([['B61'], ['B62']]);
  });
});

describe('club information as officers record it', () => {
  const members = () => [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60)];
  const loans = (amounts: number[]): CellValue[][] => [
    ['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'],
    ...amounts.map((a, i): CellValue[] => [i + 1, memberRows(60)[i][1], `5/${i + 1}/2025`, a, 0.8, a]),
  ];
  const exceeded = (...sheets: ReturnType<typeof sheet>[]) => check(sheet('DS', members()), sheet('Vay', loans([20_000_000, 20_000_000, 20_000_000])), ...sheets).filter((f) => f.rule === 'loan.fund-exceeded').map((f) => f.cells);

  it('reads the capital on the lines under its label ("Bằng số:"), or added up from its parts ("- Vốn ban đầu", "- Vốn bổ sung")', () => {
    expect(exceeded(sheet('TT', [['Tên CLB', 'CLB ấp Phú Hòa'], ['Vốn quỹ tăng thu nhập hiện có (đồng)'], ['Bằng số:', 50_000_000], ['Bằng chữ:', 'Năm mươi triệu đồng']]))).toEqual([['D4']]);
    expect(exceeded(sheet('TT', [['Tên CLB', 'CLB ấp Phú Hòa'], ['Vốn quỹ tăng thu nhập:'], ['- Vốn ban đầu: 30.000.000 đ'], ['- Vốn bổ sung năm 2024', '24.000.000']]))).toEqual([['D4']]);
  });

  it('takes the latest of capitals given at several dates, and a label with its translation on the next line', () => {
    expect(exceeded(sheet('TT', [['Tên câu lạc bộ\nName of the club', 'CLB ấp Phú Hòa'], ['Vốn quỹ tăng thu nhập đến 31/12/2024', 30_000_000], ['Vốn quỹ tăng thu nhập đến 30/6/2025', 70_000_000]]))).toEqual([]);
  });

  it('reads "Mức phí", a fee typed without diacritics, and a value with a note after it', () => {
    const fee = (v: CellValue) => check(sheet('DS', members()), sheet('TT', [['Tên CLB', 'CLB ấp Phú Hòa'], ['Mức phí', v]])).filter((f) => f.rule === 'fund.fee-out-of-range' || f.rule === 'book.unreadable-value').map((f) => f.rule);
    expect(fee('1.000 d/thang')).toEqual(['fund.fee-out-of-range']);
    expect(fee('3.000đ/người/tháng (ba nghìn đồng)')).toEqual([]);
    expect(fee('36.000 dong/nam')).toEqual([]);
  });

  it('reads one club per row of an information table (Tên CLB | Ấp | Mức phí | Vốn quỹ TTN)', () => {
    const info = sheet('Thông tin các CLB', [
      ['Tên CLB', 'Ấp', 'Ngày thành lập', 'Mức phí (đồng/tháng)', 'Vốn quỹ TTN'],
      ['CLB ấp Phú Hòa', 'Phú Hòa', '15/8/2019', 3000, 100_000_000],
      ['CLB ấp Tân Lợi', 'Tân Lợi', '1/3/2020', 8000, 100_000_000],
      ['Cộng', null, null, null, 200_000_000],
    ]);
    const rows = [['CLB', 'STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60).map((r) => ['CLB ấp Phú Hòa', ...r]), ...memberRows(60, 100).map((r) => ['CLB ấp Tân Lợi', ...r])];
    const findings = check(sheet('DS', rows), info).filter((f) => f.rule === 'fund.fee-out-of-range' || f.rule === 'book.unreadable-value');
    expect(findings.map((f) => `${f.rule} ${f.cells} ${f.club}`)).toEqual(['fund.fee-out-of-range D3 CLB ấp Tân Lợi']);
  });

  it('reads the details of a one-club file from the title lines of its books when it has no information sheet', () => {
    const list = [['Tên CLB: CLB LTHTGN xóm Đồng Tâm; Xã: Hợp Thành; Mức phí: 6.000đ/tháng'], ...members()];
    const findings = check(sheet('Danh sách', list));
    expect(findings.filter((f) => f.rule === 'fund.fee-out-of-range').map((f) => `${f.sheet}!${f.cells} ${f.club}`)).toEqual(['Danh sách!A1 CLB LTHTGN xóm Đồng Tâm']);
  });
});

describe('a review of the eighth audit\'s changes', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'];
  const rules = (findings: ReturnType<typeof check>) => findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}`);

  it('reads on past "Trong đó nữ: 20" inside a member list and "Trong đó: tiền mặt …" in a cash book', () => {
    const rows = [header, ...memberRows(30), [null, 'Trong đó nữ: 20'], ...memberRows(30, 31)];
    expect(rules(check(sheet('DS', rows)))).toEqual([]);
    const cash: CellValue[][] = [
      ['Ngày', 'Diễn giải', 'Thu', 'Chi', 'Tồn'],
      ['1/1/2025', 'Tồn đầu kỳ', null, null, 500_000],
      ['5/1/2025', 'Thu phí', 100_000, null, 600_000],
      [null, 'Trong đó: tiền mặt 600.000 đ'],
      ['5/2/2025', 'Chi mua quà', null, 700_000, -100_000],
    ];
    expect(rules(check(sheet('DS', [header, ...memberRows(60)]), sheet('Sổ quỹ', cash)))).toEqual(['fund.overdrawn Sổ quỹ']);
  });

  it('takes as club titles only lines starting with the club, with a count after it or not, and not a line mentioning a club', () => {
    const inside = [header, ...memberRows(30), [null, 'Thành viên CLB kết nạp mới'], ...memberRows(30, 31)];
    expect(check(sheet('DS', inside)).filter((f) => f.rule === 'club.size')).toEqual([]);
    const counted = [header, ['CLB ấp An Hòa: 60 thành viên'], ...memberRows(60), ['CLB ấp Bình Hòa (60 thành viên)'], ...memberRows(60, 1)];
    expect(check(sheet('DS', counted)).filter((f) => f.rule === 'club.board').map((f) => f.club)).toEqual(['CLB ấp An Hòa', 'CLB ấp Bình Hòa']);
  });

  it('ends the list at "Cộng" followed by the title of its own leavers', () => {
    const rows = [header, ...memberRows(60), ['Cộng', null, 60], ['DANH SÁCH NGƯỜI ĐÃ RA KHỎI CLB ẤP PHÚ HÒA NĂM 2024'], ...memberRows(8, 200)];
    expect(check(sheet('DS', rows)).find((f) => f.rule === 'club.size')).toBeUndefined();
  });

  it('says a "Ban chủ nhiệm" column of x marks names the board without its roles (info), with no unknown-role warnings', () => {
    const rows = [[...header, 'Ban chủ nhiệm'], ...memberRows(60).map((r, i) => [...r, i < 5 ? 'x' : null])];
    const findings = check(sheet('DS', rows));
    expect(findings.filter((f) => f.rule === 'member.status-unknown')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'club.board').map((f) => f.severity)).toEqual(['info']);
  });

  it('does not count the hardship column of a part of the list (the poor members listed again) against the whole list', () => {
    const poor = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh'], ...memberRows(25).map((r) => [...r, 'Hộ nghèo'])];
    expect(check(sheet('DS', [header, ...memberRows(60)]), sheet('DS hộ nghèo', poor)).filter((f) => f.rule === 'club.poor-share' && f.severity === 'error')).toEqual([]);
  });

  it('keeps the newer list marked by "cũ" even when the older one has more columns', () => {
    const full = [[...header, 'Chức vụ', 'TNV', 'Hoàn cảnh'], ...memberRows(60).map((r, i) => [...r, null, i < 6 ? 'x' : null, 'Hộ nghèo'])];
    const newer = [[...header, 'Hoàn cảnh'], ...memberRows(60).map((r) => [...r, 'Hộ nghèo'])];
    const findings = check(sheet('DS cũ', full), sheet('DS mới', newer));
    expect(findings.find((f) => f.rule === 'book.older-copy')?.sheet).toBe('DS cũ');
  });
});

describe('a review of the eighth audit\'s loan books', () => {
  const members = () => [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60)];
  const loanRules = (rows: CellValue[][]) => check(sheet('DS', members()), sheet('Vay', rows)).filter((f) => f.rule.startsWith('loan.')).map((f) => `${f.rule} ${f.cells}`);
  const name = (i: number) => memberRows(60)[i][1];

  it('reads "Trả hết" in a period report as the opening balance repaid, not the whole loan again', () => {
    expect(loanRules([
      ['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ đầu kỳ', 'Thu nợ gốc', 'Dư nợ cuối kỳ'],
      [1, name(0), '5/3/2025', 5_000_000, 0.8, 3_000_000, 'Trả hết', 0],
    ])).toEqual([]);
  });

  it('does not add what was repaid before the year to a period report that starts from its opening balance', () => {
    expect(loanRules([
      ['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ đầu kỳ', 'Đã trả gốc đến 31/12/2024', 'Thu nợ gốc trong kỳ', 'Dư nợ cuối kỳ'],
      [1, name(0), '5/3/2024', 5_000_000, 0.8, 3_000_000, 2_000_000, 1_000_000, 2_000_000],
    ])).toEqual([]);
  });

  it('adds the months to what was repaid before the year even when that header matched only by its start', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Đã trả gốc đến 31/12/2024', 'Trả gốc', null, null, 'Dư nợ'],
      [null, null, null, null, null, null, 'T1', 'T2', 'T3', null],
      [1, name(0), '5/3/2024', 5_000_000, 0.8, 1_000_000, 500_000, 500_000, 1_000_000, 2_000_000],
    ];
    const grid = sheet('Vay', rows, { merges: [merge(0, 6, 0, 8)] });
    expect(check(sheet('DS', members()), grid).filter((f) => f.rule.startsWith('loan.'))).toEqual([]);
  });
});

describe('the club\'s other records', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'];
  const list = () => sheet('DS', [header, ...memberRows(60)]);

  it('notes, rather than reports as broken, a sheet that lists the members for something else (attendance)', () => {
    const attendance = [['STT', 'Họ và tên', 'Năm sinh', 'T1', 'T2'], ...memberRows(60).map((r) => [r[0], r[1], r[2], 'x', 'x'])];
    const findings = check(list(), sheet('Điểm danh', attendance));
    expect(findings.filter((f) => f.rule === 'book.missing-column')).toEqual([]);
    expect(findings.find((f) => f.rule === 'book.other-list')?.sheet).toBe('Điểm danh');
  });

  it('reads neither the norms of the district nor meeting minutes as information of the club', () => {
    const norms = sheet('Định mức', [['Quỹ tăng thu nhập', 1_000_000], ['Phí thành viên', '2.000 - 5.000'], ['Lãi suất cho vay', '0,6 - 1,0']]);
    const loans: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'], [1, memberRows(60)[0][1], '5/3/2025', 5_000_000, 0.8, 5_000_000]];
    const findings = check(list(), sheet('Vay', loans), norms);
    expect(findings.filter((f) => f.rule === 'loan.fund-exceeded' || f.rule === 'book.unreadable-value')).toEqual([]);
  });

  it('does not take the data of a chart (months over amounts lent and repaid) for a loan book missing columns', () => {
    const chart = sheet('Số liệu biểu đồ', [['Tháng', 'Cho vay trong tháng', 'Thu nợ gốc', 'Dư nợ cuối tháng'], ...Array.from({ length: 12 }, (_, i): CellValue[] => [`T${i + 1}/2025`, 5_000_000, 1_000_000, 20_000_000])]);
    expect(check(list(), chart).filter((f) => f.rule === 'book.missing-column')).toEqual([]);
  });
});

describe('three books one under the other on one sheet', () => {
  it('finds each past rows numbered in advance, blank rows and a title line', () => {
    const members = memberRows(60);
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ...members,
      ...Array.from({ length: 10 }, (_, i): CellValue[] => [61 + i]),
      [], [], [],
      ['II. SỔ THEO DÕI CHO VAY'],
      [],
      ['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'],
      [1, members[0][1], '5/3/2025', 1_000_000, 1.5, 1_000_000],
      ...Array.from({ length: 8 }, (_, i): CellValue[] => [2 + i]),
      [], [],
      ['III. SỔ QUỸ HOẠT ĐỘNG'],
      ['Ngày', 'Nội dung', 'Thu', 'Chi', 'Tồn'],
      ['1/1/2025', 'Tồn đầu kỳ', null, null, 500_000],
      ['5/1/2025', 'Chi', null, 700_000, -200_000],
    ];
    const findings = check(sheet('Sổ sách CLB', rows));
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['fund.overdrawn', 'loan.rate-out-of-range']);
  });
});

describe('a sex written as a code the header explains', () => {
  it.each(['Giới tính (Nam: 1, Nữ: 0)', 'Giới tính (1: Nam; 2: Nữ)'])('reads the codes of "%s"', (head) => {
    const [man, woman] = head.includes('Nữ: 0') ? [1, 0] : [1, 2];
    const rows = [['STT', 'Họ và tên', 'Năm sinh', head], ...memberRows(60).map((r, i) => [r[0], r[1], r[2], i < 33 ? woman : man])];
    const findings = check(sheet('DS', rows));
    expect(findings.filter((f) => f.rule === 'member.sex-missing')).toEqual([]);
    expect(findings.find((f) => f.rule === 'club.women-share')?.message.en).toContain('33 of 60');
  });
});

describe('a header further down than usual', () => {
  it('finds a loan annex whose header is on row 31, under a report\u2019s text, when no table starts higher', () => {
    const text: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`Đoạn ${i + 1} của báo cáo: tình hình hoạt động của câu lạc bộ trong sáu tháng đầu năm.`]);
    const loans: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'], [1, memberRows(60)[0][1], '5/3/2025', 1_000_000, 1.5]];
    const findings = check(sheet('DS', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60)]), sheet('Phụ lục 2', [...text, ...loans]));
    expect(findings.filter((f) => f.rule === 'loan.rate-out-of-range').map((f) => f.cells)).toEqual([['E32']]);
  });
});

describe('a list that says what it is for', () => {
  it('leaves out a gift list headed like a member list (two years, some non-members), with its numbered sections', () => {
    const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Quà'];
    const members = memberRows(60);
    const gifts = [
      ['DANH SÁCH NGƯỜI CAO TUỔI CÓ HOÀN CẢNH KHÓ KHĂN NHẬN QUÀ TẾT'],
      header,
      [null, 'I. TẾT GIÁP THÌN 2024 (quà của Hội NCT huyện)'],
      ...members.slice(0, 10).map((r) => [...r, 'Hộ nghèo', '300.000đ']),
      [null, 'II. TẾT ẤT TỴ 2025'],
      ...members.slice(0, 8).map((r) => [...r, 'Hộ nghèo', '300.000đ']),
      [20, 'Bà Ngô Thị Gái', 1938, 'Nữ', 'Già yếu, neo đơn', '300.000đ'],
    ];
    const findings = check(sheet('DS', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...members]), sheet('Nhận quà Tết', gifts));
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}`)).toEqual([]);
    expect(findings.find((f) => f.rule === 'book.other-list')?.sheet).toBe('Nhận quà Tết');
  });
});

describe('a district file with one sheet per commune', () => {
  it('tells "CLB ấp 1" of one commune from "CLB ấp 1" of another, and matches each loan sheet to its commune', () => {
    const commune = (from: number) => [['STT', 'Tên CLB', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60, from).map((r) => [r[0], 'CLB ấp 1', r[1], r[2], r[3]])];
    const loans = (name: CellValue): CellValue[][] => [['STT', 'Tên CLB', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'], [1, 'CLB ấp 1', name, '5/3/2025', 1_000_000, 0.8]];
    const findings = check(
      sheet('Long Phước', commune(1)),
      sheet('Tân Hạnh', commune(100)),
      // A Long Phước member borrowing from Tân Hạnh's "CLB ấp 1" is not its member.
      sheet('Vay Tân Hạnh', loans(memberRows(60, 1)[0][1])),
    );
    expect(findings.filter((f) => f.rule === 'club.size' || f.rule === 'member.duplicate')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'loan.borrower-not-member').map((f) => f.sheet)).toEqual(['Vay Tân Hạnh']);
  });
});

describe('roles in the club and elsewhere', () => {
  it('reads the role under "Chức vụ › Trong CLB", not "Ở thôn, đoàn thể", and "Phụ nữ" under "Hội viên" as no sex column', () => {
    const ROLES = ['Chủ nhiệm', 'Phó chủ nhiệm', 'Ủy viên', 'Ủy viên', 'Ủy viên'];
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ', null, 'Hội viên', null],
      [null, null, null, null, 'Ở thôn, đoàn thể', 'Trong CLB', 'Hội NCT', 'Phụ nữ'],
      ...memberRows(60).map((r, i) => [...r, i === 7 ? 'Trưởng thôn' : null, ROLES[i] ?? null, 'x', r[3] === 'Nữ' ? 'x' : null]),
    ];
    const merges = [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2), merge(0, 3, 1, 3), merge(0, 4, 0, 5), merge(0, 6, 0, 7)];
    const findings = check(sheet('DS', rows, { merges }));
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cells}`)).toEqual([]);
  });
});

describe('a second review: real books and information sheets kept as such', () => {
  const members = () => sheet('DS', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60)]);

  it('still reports a loan book that lacks its rate column, although it names the members', () => {
    const loans: CellValue[][] = [['STT', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Đã trả gốc', 'Dư nợ'], ...memberRows(30).map((r, i): CellValue[] => [i + 1, r[1], '5/3/2025', 1_000_000, 0, 1_000_000])];
    expect(check(members(), sheet('Sổ cho vay', loans)).filter((f) => f.rule === 'book.missing-column').map((f) => f.severity)).toEqual(['error']);
  });

  it('still reports the member list of this year lacking its sex column beside the complete one of last year', () => {
    const current = [['STT', 'Họ và tên', 'Năm sinh', 'Hoàn cảnh', 'Chức vụ'], ...memberRows(60).map((r) => [r[0], r[1], r[2], null, null])];
    expect(check(sheet('DS 2024', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(58)]), sheet('DS 2025', current)).filter((f) => f.rule === 'book.missing-column').map((f) => f.sheet)).toEqual(['DS 2025']);
  });

  it('reads an information sheet whose first line cites a "Hướng dẫn" (the form it follows)', () => {
    const info = sheet('Thông tin', [['Mẫu số 01 (Ban hành kèm theo Hướng dẫn số 05/HD-HNCT)'], ['Tên CLB', 'CLB ấp Phú Hòa'], ['Mức phí thành viên (đồng/tháng)', 8000]]);
    expect(check(members(), info).filter((f) => f.rule === 'fund.fee-out-of-range')).toHaveLength(1);
  });
});

describe('a sheet name cut inside the place', () => {
  it('matches "Vay CLB Liên thế hệ ấp Phú Thạn" (cut at 31 characters) to the club of ấp Phú Thạnh Đông', () => {
    const block = (club: string, from: number) => memberRows(60, from).map((r) => [club, ...r]);
    const members = sheet('DS thành viên', [['CLB', 'STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...block('CLB LTH ấp Phú Thạnh Đông', 1), ...block('CLB LTH ấp Tân Thạnh', 100)]);
    const loans: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'], [1, memberRows(60, 100)[0][1], '5/3/2025', 1_000_000, 0.8]];
    const findings = check(members, sheet('Vay CLB Liên thế hệ ấp Phú Thạn', loans));
    expect(findings.filter((f) => f.rule === 'loan.borrower-not-member').map((f) => f.club)).toEqual(['CLB LTH ấp Phú Thạnh Đông']);
  });
});

describe('the fund with a dated repayment log, and units stated in brackets', () => {
  const members = () => sheet('DS', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60)]);
  const info = () => sheet('TT', [['Tên CLB', 'CLB ấp Phú Hòa'], ['Vốn quỹ tăng thu nhập', 10_000_000]]);
  const name = (i: number) => memberRows(60)[i][1];
  const loans: CellValue[][] = [
    ['Mã vay', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Thời hạn (tháng)'],
    ['V1', name(0), '5/1/2025', 6_000_000, 0.8, 12],
    ['V2', name(1), '5/5/2025', 6_000_000, 0.8, 12],
  ];

  it('gives the fund back each payment a log dates (the first loan half repaid before the second went out)', () => {
    const log: CellValue[][] = [['(Đơn vị tính: 1.000 đồng)'], ['Mã vay', 'Người trả', 'Ngày trả', 'Tiền gốc'], ['V1', name(0), '5/4/2025', 3_000]];
    expect(check(members(), info(), sheet('Vay', loans), sheet('Thu nợ', log)).filter((f) => f.rule === 'loan.fund-exceeded')).toEqual([]);
  });

  it('still finds the fund exceeded when the log pays back too little too late', () => {
    const log: CellValue[][] = [['Mã vay', 'Người trả', 'Ngày trả', 'Tiền gốc'], ['V1', name(0), '5/6/2025', 3_000_000]];
    expect(check(members(), info(), sheet('Vay', loans), sheet('Thu nợ', log)).filter((f) => f.rule === 'loan.fund-exceeded').map((f) => f.cells)).toEqual([['D3']]);
  });
});

describe('a board list lacking a column', () => {
  it('is a note when its people are on the member list, not a broken member list', () => {
    const ROLES = ['Chủ nhiệm', 'Phó chủ nhiệm', 'Ủy viên', 'Ủy viên', 'Ủy viên'];
    const board = [['BAN CHỦ NHIỆM CLB'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...memberRows(5).map((r, i) => [r[0], r[1], r[2], ROLES[i]])];
    const findings = check(sheet('DS', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ'], ...memberRows(60).map((r, i) => [...r, ROLES[i] ?? null])]), sheet('Ban chủ nhiệm', board));
    expect(findings.filter((f) => f.rule === 'book.missing-column')).toEqual([]);
    expect(findings.find((f) => f.rule === 'book.other-list')?.sheet).toBe('Ban chủ nhiệm');
  });
});

describe('a borrower of another club in a roll-up', () => {
  it('is named as a member of the club she belongs to', () => {
    const rows = [['CLB', 'STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60).map((r) => ['CLB ấp Phú Hòa', ...r]), ...memberRows(60, 100).map((r) => ['CLB ấp Tân Lợi', ...r])];
    const loans: CellValue[][] = [['CLB', 'STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'], ['CLB ấp Tân Lợi', 1, memberRows(60)[0][1], '5/3/2025', 1_000_000, 0.8]];
    const found = check(sheet('DS', rows), sheet('Vay', loans)).find((f) => f.rule === 'loan.borrower-not-member');
    expect(found?.message.vi).toBe(`Người vay "${memberRows(60)[0][1]}" không có trong danh sách thành viên CLB ấp Tân Lợi: là thành viên CLB ấp Phú Hòa.`);
  });
});

describe('an information sheet without the capital', () => {
  it('says the fund rule could not be checked (info), on that sheet', () => {
    const loans: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'], [1, memberRows(60)[0][1], '5/3/2025', 1_000_000, 0.8]];
    const findings = check(sheet('DS', [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...memberRows(60)]), sheet('Vay', loans), sheet('TT', [['Tên CLB', 'CLB ấp Phú Hòa'], ['Mức phí thành viên', 3000]]));
    const note = findings.find((f) => f.rule === 'loan.fund-exceeded');
    expect(note).toMatchObject({ severity: 'info', sheet: 'TT', cells: ['B1'] });
  });
});

describe('odd but common cells (eleventh audit)', () => {
  it('reads "8 phần nghìn" as a rate in per mille, "1.958" as a birth year, "Nữ (TNV)" as a woman, and not "Nam/Nữ"', () => {
    expect(readRate('8 phần nghìn', null, 'unknown', false)).toMatchObject({ ok: true });
    expect(readBirth('1.958', null)).toEqual({ ok: true, value: { year: 1958 } });
    expect(readSex('Nữ (TNV)')).toEqual({ ok: true, value: 'F' });
    expect(readSex('Nam/Nữ').ok).toBe(false);
  });
});

describe('repayment logs and members who left (eleventh audit)', () => {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ghi chú'];
  const name = (i: number) => memberRows(60)[i][1];

  it('takes the date of a leaving note ("Chuyển đi 1/2025") as the day the member left, for loans made after', () => {
    const rows = [header, ...memberRows(60).map((r, i) => [...r, i === 3 ? 'Chuyển đi 1/2025' : null])];
    const loans: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)'], [1, name(3), '5/5/2025', 1_000_000, 0.8], [2, name(3), '5/5/2024', 1_000_000, 0.8]];
    expect(check(sheet('DS', rows), sheet('Vay', loans)).filter((f) => f.rule === 'loan.borrower-inactive').map((f) => f.row)).toEqual([2]);
  });

  it('splits a payment by name over the old loan it settles and the new one it starts', () => {
    const members = sheet('DS', [header.slice(0, 4), ...memberRows(60)]);
    const loans: CellValue[][] = [['STT', 'Người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất (%/tháng)', 'Dư nợ'], [1, name(0), '5/3/2024', 2_000_000, 0.8, 0], [2, name(0), '5/3/2025', 3_000_000, 0.8, 2_500_000]];
    const log: CellValue[][] = [['Ngày trả', 'Họ và tên', 'Tiền gốc'], ['5/1/2025', name(0), 1_500_000], ['5/4/2025', name(0), 1_000_000]];
    expect(check(members, sheet('Vay', loans), sheet('Thu nợ', log)).filter((f) => f.rule.startsWith('loan.'))).toEqual([]);
  });
});
