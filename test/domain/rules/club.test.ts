import { builtinProfile, type Profile } from '../../../src/domain/profiles';
import { checkShare } from '../../../src/domain/rules/shares';
import { compliantMembers, day, memberBook, only, run, type MemberInput } from './build';

const defaultProfile = builtinProfile('default') as Profile;

describe('club composition rules', () => {
  it('flags a club of 48 members as too small, with the number to admit', () => {
    const rows = compliantMembers().slice(0, 48);
    const [f] = only(run({ members: [memberBook(rows)] }), 'club.size');
    expect(f.severity).toBe('error');
    expect(f.cells).toEqual(['B4']);
    expect(f.message.vi).toContain('48');
    expect(f.fix.en).toContain('2 more');
    expect(f.row).toBeUndefined();
  });

  it('flags 61 members under the Vĩnh Long profile (50–60) but not under the default (50–70)', () => {
    const rows = [...compliantMembers(), { name: 'Phạm Thị Gấm', birthYear: 1950, sex: 'F' as const, hardship: 'poor' as const }];
    expect(only(run({ members: [memberBook(rows)] }, { profile: 'vinh-long' }), 'club.size')).toHaveLength(1);
    expect(only(run({ members: [memberBook(rows)] }), 'club.size')).toHaveLength(0);
  });

  it('counts only members active on the as-of date', () => {
    const rows: MemberInput[] = compliantMembers();
    rows[59] = { ...rows[59], status: 'deceased' };
    rows[58] = { ...rows[58], left: day('2025-03-01') };
    rows[57] = { ...rows[57], joined: day('2025-08-01') };
    const result = run({ members: [memberBook(rows)] });
    expect(result.clubs[0].active).toBe(57);
    rows[56] = { ...rows[56], left: day('2025-06-30') }; // leaving on the as-of date counts as gone
    expect(run({ members: [memberBook(rows)] }).clubs[0].active).toBe(56);
  });

  it('gives the numbers and the smallest change when too few members are older', () => {
    // 38 older of 58 = 65.5%: needs 70%.
    const rows = compliantMembers().slice(0, 58).map((m, i) => ({ ...m, birthYear: i < 38 ? 1950 : 1985 }));
    const [f] = only(run({ members: [memberBook(rows)] }), 'club.older-share');
    expect(f.severity).toBe('error');
    expect(f.message.en).toContain('38 of 58 = 65.5%');
    expect(f.message.vi).toContain('65,5%');
    // (38 + k) / (58 + k) ≥ 0.7 → k = 9 ; 38 / (58 − j) ≥ 0.7 → j = 4
    expect(f.fix.en).toBe('9 more members aged 55+ or 4 fewer members under 55.');
    expect(f.cells).toEqual(['C4']);
  });

  it('counts age by birth year: born in 1970 is 55 in 2025', () => {
    const rows = compliantMembers().map((m, i) => ({ ...m, birthYear: i < 42 ? 1970 : 1971 }));
    expect(only(run({ members: [memberBook(rows)] }), 'club.older-share')).toHaveLength(0);
    expect(only(run({ members: [memberBook(rows)] }, { asOf: '2024-12-31' }), 'club.older-share')).toHaveLength(1);
  });

  it('warns (not errs) when the share of women is above 70%', () => {
    const rows = compliantMembers().map((m, i) => ({ ...m, sex: i < 45 ? ('F' as const) : ('M' as const) }));
    const [f] = only(run({ members: [memberBook(rows)] }), 'club.women-share');
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual(['D4']);
    expect(f.message.en).toContain('45 of 60 = 75%');
  });

  it('errs when the share of poor, near-poor and hardship members is below 60%, and skips it under QĐ 1336', () => {
    const rows = compliantMembers().map((m, i) => ({ ...m, hardship: i < 30 ? m.hardship ?? ('poor' as const) : undefined }));
    const [f] = only(run({ members: [memberBook(rows)] }), 'club.poor-share');
    expect(f.severity).toBe('error');
    expect(f.cells).toEqual(['E4']);
    expect(only(run({ members: [memberBook(rows)] }, { profile: 'national-1336' }), 'club.poor-share')).toHaveLength(0);
  });

  it('names the role cells of a doubled chair', () => {
    const rows = compliantMembers();
    rows[30] = { ...rows[30], role: 'chair' };
    const [f] = only(run({ members: [memberBook(rows)] }), 'club.board');
    expect(f.cells).toEqual(['F5', 'F35']);
    expect(f.message.vi).toContain('2 chủ nhiệm');
    expect(f.fix.en).toContain('1 chair too many');
  });

  it('marks the role header when a vice-chair is missing', () => {
    const rows = compliantMembers();
    rows[1] = { ...rows[1], role: 'member' };
    const [f] = only(run({ members: [memberBook(rows)] }), 'club.board');
    expect(f.cells).toEqual(['F4']);
    expect(f.fix.vi).toContain('cần thêm 1 phó chủ nhiệm');
  });

  it('cites role cells only on their own sheet when one club is split over two member sheets', () => {
    // 30 members on "Tổ 1" (the whole board) and 30 on "Tổ 2", one of whom is written as a second chair.
    const rows = compliantMembers();
    const rest = rows.slice(30);
    rest[0] = { ...rest[0], role: 'chair' };
    const first = memberBook(rows.slice(0, 30), { sheet: 'Tổ 1' });
    const second = memberBook(rest, { sheet: 'Tổ 2' });
    const found = only(run({ members: [first, second] }), 'club.board');
    expect(found.map((f) => [f.sheet, f.cells])).toEqual([
      ['Tổ 1', ['F5']],
      ['Tổ 2', ['F5']],
    ]);
    expect(found[0].message.en).toContain('2 chair');
    expect(found[0].message.en).toContain('on sheet "Tổ 2"');
    expect(found[1].message.vi).toContain('trang "Tổ 1"');
    expect(found[1].fix.en).toContain('1 chair too many');
  });

  it('gives one finding per sheet holding role cells involved, naming no other sheet when they are all on one', () => {
    const rows = compliantMembers();
    rows[40] = { ...rows[40], role: 'board-member' };
    const found = only(run({ members: [memberBook(rows.slice(0, 30), { sheet: 'Tổ 1' }), memberBook(rows.slice(30), { sheet: 'Tổ 2' })] }), 'club.board');
    expect(found).toHaveLength(2); // three board members on "Tổ 1", the fourth on "Tổ 2"
    const onlyFirst = compliantMembers();
    onlyFirst[20] = { ...onlyFirst[20], role: 'vice-chair' };
    const [f] = only(run({ members: [memberBook(onlyFirst.slice(0, 30), { sheet: 'Tổ 1' }), memberBook(onlyFirst.slice(30), { sheet: 'Tổ 2' })] }), 'club.board');
    expect(f.sheet).toBe('Tổ 1');
    expect(f.cells).toEqual(['F6', 'F25']);
    expect(f.message.en).not.toContain('sheet');
  });

  it('checks the board from whichever of the club\'s books has the role column', () => {
    const { role: _none, ...columns } = memberBook([]).columns;
    const rows = compliantMembers();
    const board = memberBook(rows.slice(0, 5), { sheet: 'Ban chủ nhiệm' });
    const list = memberBook(rows.slice(5).map((m) => ({ ...m, role: 'member' as const })), { sheet: 'DS thành viên', columns });
    expect(only(run({ members: [list, board] }), 'club.board')).toEqual([]);
  });

  it('requires at least five home-care volunteers', () => {
    const rows = compliantMembers().map((m, i) => ({ ...m, volunteer: i >= 10 && i < 14 }));
    const [f] = only(run({ members: [memberBook(rows)] }), 'club.volunteers');
    expect(f.severity).toBe('error');
    expect(f.cells).toEqual(['G4']);
    expect(f.message.en).toContain('4 home-care volunteers');
  });

  it('checks each club of a workbook with a club column on its own', () => {
    const a = memberBook(compliantMembers(), { club: 'CLB ấp Phú Hòa' });
    const b = memberBook(compliantMembers().slice(0, 40), { club: 'CLB ấp Tân Lợi', sheet: 'DS Tân Lợi' });
    const sizes = only(run({ members: [a, b] }), 'club.size');
    expect(sizes.map((f) => f.club)).toEqual(['CLB ấp Tân Lợi']);
  });
});

describe('the smallest change to reach a share band', () => {
  it('is exact at the band edge', () => {
    expect(checkShare(42, 60, defaultProfile.olderShare).outside).toBeNull(); // exactly 70%
    expect(checkShare(41, 60, defaultProfile.olderShare)).toMatchObject({ outside: 'low', addWith: 4, removeWithout: 2 });
    expect(checkShare(43, 60, defaultProfile.womenShare)).toMatchObject({ outside: 'high', addWithout: 2, removeWith: 4 });
  });
});

describe('club rules on books that lack what they count', () => {
  it('says the poor share could not be checked when the list has no hardship column, instead of an error with no cell', () => {
    const { hardship: _none, ...columns } = memberBook([]).columns;
    const rows = compliantMembers().map((m) => ({ ...m, hardship: undefined }));
    const [f] = only(run({ members: [memberBook(rows, { columns })] }), 'club.poor-share');
    expect(f.severity).toBe('info');
    expect(f.cells).toEqual(['B4']);
    expect(f.message.en).toContain('could not be checked');
  });

  it('flags a member list with its header but no member yet', () => {
    const [f] = only(run({ members: [memberBook([])] }), 'club.size');
    expect(f.severity).toBe('error');
    expect(f.cells).toEqual(['B4']);
    expect(f.message.en).toContain('no members yet');
  });
});
