import type { CellValue } from '../../../src/domain/grid';
import { readHardship, readLoanKind, readMark, readRole, readSex, readStatus } from '../../../src/domain/values';

type Reader = (v: CellValue) => { ok: true; value: unknown } | { ok: false; kind: string };

function read(reader: Reader, v: CellValue): unknown {
  const r = reader(v);
  return r.ok ? r.value : r.kind;
}

describe('readSex', () => {
  it.each(['Nam', 'nam', 'NAM', ' Nam ', 'M', 'm', 'Male', 'male', 'Nam giới', 'nam.'])('reads "%s" as male', (v) => {
    expect(read(readSex, v)).toBe('M');
  });
  it.each(['Nữ', 'nữ', 'NỮ', 'Nu', 'nu', 'F', 'Female', 'Nữ giới', 'Nữ'.normalize('NFD')])('reads "%s" as female', (v) => {
    expect(read(readSex, v)).toBe('F');
  });
  it('leaves an empty cell empty', () => {
    expect(readSex(null)).toEqual({ ok: true, value: undefined });
    expect(readSex('  ')).toEqual({ ok: true, value: undefined });
  });
  it.each([1, 0, true, 'x', 'Nam Nữ', '?'])('does not read %j', (v) => {
    expect(read(readSex, v)).toBe('unreadable');
  });
  it('tells the treasurer what is expected', () => {
    const r = readSex('Anh');
    expect(r).toEqual({
      ok: false,
      kind: 'unreadable',
      detail: { vi: 'Không hiểu "Anh" (cần Nam hoặc Nữ)', en: '"Anh" is not understood (expected Nam or Nữ)' },
    });
  });
  it('reports a formula error', () => {
    expect(read(readSex, { error: '#N/A' })).toBe('error-value');
  });
});

describe('readHardship', () => {
  it.each(['Nghèo', 'Hộ nghèo', 'HN', 'hộ ngheo', 'Ho ngheo', 'NGHÈO', 'Hộ nghèo.'])('reads "%s" as a poor household', (v) => {
    expect(read(readHardship, v)).toBe('poor');
  });
  it.each(['Cận nghèo', 'Hộ cận nghèo', 'CN', 'CHN', 'HCN', 'Can ngheo', 'cận nghèo'])('reads "%s" as a near-poor household', (v) => {
    expect(read(readHardship, v)).toBe('near-poor');
  });
  it.each(['Khó khăn', 'HCKK', 'KK', 'Hoàn cảnh khó khăn', 'Hộ khó khăn', 'Kho khan', 'Hoàn cảnh đặc biệt khó khăn'])(
    'reads "%s" as difficult circumstances',
    (v) => {
      expect(read(readHardship, v)).toBe('hardship');
    },
  );
  it.each(['Khá', 'Trung bình', 'TB', 'Bình thường', 'Không', 'Kha', null, '', '-'])('reads %j as not disadvantaged', (v) => {
    expect(readHardship(v)).toEqual({ ok: true, value: undefined });
  });
  it.each(['x', 'Giàu có nhất', 'Nghèo?', 5])('does not read %j', (v) => {
    expect(read(readHardship, v)).toBe('unreadable');
  });
});

describe('readRole', () => {
  it.each(['Chủ nhiệm', 'CN', 'Chủ nhiệm CLB', 'chu nhiem', 'CHỦ NHIỆM'])('reads "%s" as the chair', (v) => {
    expect(read(readRole, v)).toBe('chair');
  });
  it.each(['Phó chủ nhiệm', 'PCN', 'Phó CN', 'P.CN', 'Pho chu nhiem'])('reads "%s" as a vice-chair', (v) => {
    expect(read(readRole, v)).toBe('vice-chair');
  });
  it.each(['Ủy viên', 'Uỷ viên', 'UV', 'Ủy viên BCN', 'Uy vien', 'Ủy viên - BCN'])('reads "%s" as a board member', (v) => {
    expect(read(readRole, v)).toBe('board-member');
  });
  it.each(['Thành viên', 'TV', 'Hội viên', 'Thanh vien', null, ''])('reads %j as a member', (v) => {
    expect(read(readRole, v)).toBe('member');
  });
  it('reads CN as chair in a role column (and as near-poor in a hardship column)', () => {
    expect(read(readRole, 'CN')).toBe('chair');
    expect(read(readHardship, 'CN')).toBe('near-poor');
  });
  it.each(['Trưởng thôn', 1, 'abc'])('does not read %j', (v) => {
    expect(read(readRole, v)).toBe('unreadable');
  });
});

describe('readStatus', () => {
  it.each(['Đang sinh hoạt', 'Đang tham gia', 'Hoạt động', 'Dang sinh hoat', null, ''])('reads %j as active', (v) => {
    expect(read(readStatus, v)).toBe('active');
  });
  it.each(['Đã rời', 'Rời CLB', 'Nghỉ', 'Ra khỏi CLB', 'Da roi'])('reads "%s" as left', (v) => {
    expect(read(readStatus, v)).toBe('left');
  });
  it.each(['Chuyển đi', 'Chuyển nơi khác', 'Chuyen di'])('reads "%s" as moved away', (v) => {
    expect(read(readStatus, v)).toBe('moved');
  });
  it.each(['Đã mất', 'Qua đời', 'Chết', 'Da mat', 'đã mất'])('reads "%s" as deceased', (v) => {
    expect(read(readStatus, v)).toBe('deceased');
  });
  it.each(['Ốm', 45838])('does not read %j', (v) => {
    expect(read(readStatus, v)).toBe('unreadable');
  });
});

describe('readMark', () => {
  it.each(['x', 'X', '✓', '✔', '√', 'v', '1', 1, 'Có', 'có', 'Co', 'yes', true, ' x '])('reads %j as ticked', (v) => {
    expect(read(readMark, v)).toBe(true);
  });
  it.each([null, '', ' ', 0, '0', 'Không', 'khong', false, '-'])('reads %j as not ticked', (v) => {
    expect(read(readMark, v)).toBe(false);
  });
  it.each(['?', 'abc', 2, 0.5])('does not read %j', (v) => {
    expect(read(readMark, v)).toBe('unreadable');
  });
  it('reports a formula error', () => {
    expect(read(readMark, { error: '#REF!' })).toBe('error-value');
  });
});

describe('readLoanKind', () => {
  it.each(['Tiền mặt', 'TM', 'tien mat', 'Tiền mặt (chuyển khoản)'])('reads "%s" as a cash loan', (v) => {
    expect(read(readLoanKind, v)).toBe('cash');
  });
  it.each(['Hiện vật', 'HV', 'Bò', 'bò', 'Con giống', 'Giống', 'Hiện vật (1 con bò)', 'Cho vay hiện vật', 'hien vat'])(
    'reads "%s" as an in-kind loan',
    (v) => {
      expect(read(readLoanKind, v)).toBe('in-kind');
    },
  );
  it('leaves an empty cell empty', () => {
    expect(readLoanKind(null)).toEqual({ ok: true, value: undefined });
  });
  it.each(['abc', 12])('does not read %j', (v) => {
    expect(read(readLoanKind, v)).toBe('unreadable');
  });
});

describe('words written with more than the word (audit of hand-built rosters)', () => {
  it.each([
    ['UV kiêm thủ quỹ', 'board-member'],
    ['Chủ nhiệm kiêm TNV', 'chair'],
    ['Thành viên, TNV', 'member'],
    ['P. Chủ nhiệm', 'vice-chair'],
    ['Phó CN CLB', 'vice-chair'],
    ['PCN CLB', 'vice-chair'],
  ])('reads the role "%s" as %s', (v, role) => {
    expect(read(readRole, v)).toBe(role);
  });

  it.each([
    ['Hộ nghèo năm 2024', 'poor'],
    ['Nghèo (2024)', 'poor'],
    ['HN 2024', 'poor'],
    ['Cận nghèo (CN)', 'near-poor'],
    ['Hộ nghèo, khó khăn', 'poor'],
    ['Cận nghèo/Khó khăn', 'near-poor'],
  ])('reads the household "%s" as %s', (v, hardship) => {
    expect(read(readHardship, v)).toBe(hardship);
  });

  it.each([
    ['NCT, nữ, hộ nghèo', 'poor'],
    ['NCT - cận nghèo', 'near-poor'],
    ['Hộ nghèo, NCT', 'poor'],
    ['Nữ; khó khăn', 'hardship'],
  ])('reads the hardship inside an "Đối tượng" cell "%s" as %s', (v, hardship) => {
    expect(read(readHardship, v)).toBe(hardship);
  });

  it.each(['NCT', 'NCT, nữ', 'Người cao tuổi', 'Khuyết tật'])('reads "%s", who the member is, as no hardship', (v) => {
    expect(readHardship(v)).toEqual({ ok: true, value: undefined });
  });

  it('still reports a typo inside an "Đối tượng" cell', () => {
    expect(read(readHardship, 'NCT, hộ ngèo')).toBe('unreadable');
  });

  it.each([
    ['Ủy viên (thủ quỹ)', 'board-member'],
    ['UV - thư ký', 'board-member'],
    ['Tổ trưởng', 'member'],
    ['Tổ phó', 'member'],
  ])('reads the role "%s" as %s', (v, role) => {
    expect(read(readRole, v)).toBe(role);
  });

  it('reads "TNV" typed in the volunteer column as yes', () => {
    expect(readMark('TNV')).toEqual({ ok: true, value: true });
  });

  it('reads a household that has just left poverty as not disadvantaged', () => {
    expect(readHardship('Hộ mới thoát nghèo')).toEqual({ ok: true, value: undefined });
  });

  it.each(['Nghèo?', 'Trưởng thôn, TNV'])('still does not guess "%s"', (v) => {
    expect(read(v === 'Nghèo?' ? readHardship : readRole, v)).toBe('unreadable');
  });
});
