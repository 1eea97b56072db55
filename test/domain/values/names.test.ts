import { closestNames, headerKey, looseKey, nameKey } from '../../../src/domain/values';

describe('nameKey', () => {
  it.each([
    ['Hoà', 'Hòa'],
    ['Thuý', 'Thúy'],
    ['khoẻ', 'khỏe'],
    ['Nguyễn Thị Hoà', 'nguyễn thị hòa'],
    ['Lê Văn Thuỷ', 'Lê Văn Thủy'],
    ['Phạm Thị Thuỳ', 'Phạm Thị Thùy'],
    ['Trần Văn Hoá', 'Trần Văn Hóa'],
    ['Đỗ Thị Xoà', 'Đỗ Thị Xòa'],
    ['Võ Văn Khoẻ', 'Võ Văn Khỏe'],
    ['Uỵ', 'Ụy'],
    ['Hoạ', 'Họa'],
    ['Loã', 'Lõa'],
  ])('treats "%s" and "%s" (old and new tone placement) as the same name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('uses the placement on o/u as the canonical one', () => {
    expect(nameKey('Hoà')).toBe('hòa');
    expect(nameKey('Thuý')).toBe('thúy');
    expect(nameKey('khoẻ')).toBe('khỏe');
    expect(nameKey('Uỷ viên')).toBe('ủy viên');
  });

  it('leaves the mark alone when a consonant follows (Toàn, Hoàng, Thuyết) and after qu (Quý)', () => {
    expect(nameKey('Toàn')).toBe('toàn');
    expect(nameKey('Hoàng')).toBe('hoàng');
    expect(nameKey('Khoắn')).toBe('khoắn');
    expect(nameKey('Quý')).toBe('quý');
    expect(nameKey('Quỳnh')).toBe('quỳnh');
    expect(nameKey('Ngoài')).toBe('ngoài');
    expect(nameKey('Khuya')).toBe('khuya');
  });

  it('does not merge quý and quí', () => {
    expect(nameKey('Quý')).not.toBe(nameKey('Quí'));
  });

  it('keeps Hùng, Hưng and Hứng three different people', () => {
    const keys = new Set(['Hùng', 'Hưng', 'Hứng'].map(nameKey));
    expect(keys.size).toBe(3);
  });

  it('never strips diacritics', () => {
    expect(nameKey('Nguyễn Văn Đức')).toBe('nguyễn văn đức');
  });

  it('reads decomposed (NFD) text as the composed name', () => {
    const composed = 'Nguyễn Thị Thúy Hằng';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(nameKey(decomposed)).toBe(nameKey(composed));
    expect(nameKey('Hoà'.normalize('NFD'))).toBe(nameKey('Hòa'));
  });

  it('ignores case, surrounding spaces and doubled or non-breaking spaces', () => {
    expect(nameKey('  NGUYỄN   Văn\u00a0An ')).toBe('nguyễn văn an');
    expect(nameKey('Nguyễn\tVăn\nAn')).toBe('nguyễn văn an');
    expect(nameKey('Nguyễn\u2009Văn An')).toBe('nguyễn văn an');
    expect(nameKey('Ng\u200buyễn Văn An')).toBe('nguyễn văn an');
    expect(nameKey('LÊ THỊ HOÀ')).toBe('lê thị hòa');
  });

  it('is cheap for plain ASCII names', () => {
    expect(nameKey('Nguyen Van An')).toBe('nguyen van an');
    expect(nameKey('')).toBe('');
  });
});

describe('looseKey (suggestions only)', () => {
  it('drops diacritics and đ', () => {
    expect(looseKey('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(looseKey('  Hưng ')).toBe('hung');
    expect(looseKey('Hoà')).toBe(looseKey('Hoa'));
  });
});

describe('headerKey', () => {
  it.each([
    ['Họ và tên (*)', 'họ và tên'],
    ['Lãi suất (%/tháng)', 'lãi suất %tháng'],
    ['  HỌ   VÀ TÊN ', 'họ và tên'],
    ['Số tiền (đồng)', 'số tiền đồng'],
    ['Ngày vào CLB:', 'ngày vào clb'],
    ['STT', 'stt'],
    ['Năm sinh - Nam', 'năm sinh nam'],
    ['Mức phí thành viên (đồng/tháng)', 'mức phí thành viên đồngtháng'],
    ['"Hoà cảnh"', 'hòa cảnh'],
    ['Ghi chú…', 'ghi chú'],
  ])('"%s" → "%s"', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });

  it('matches a decomposed header to its composed synonym', () => {
    expect(headerKey('Lãi suất (%/năm)'.normalize('NFD'))).toBe(headerKey('LÃI SUẤT %/NĂM'));
  });
});

describe('closestNames', () => {
  const roster = ['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng', 'Trần Thị Lan', 'Lê Thị Hoa', 'Nguyễn Văn Hứng', 'Phạm Văn Nam'];

  it('suggests the names that differ only by diacritics, the closest first', () => {
    expect(closestNames('Nguyen Van Hung', roster)).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng', 'Nguyễn Văn Hứng']);
    expect(closestNames('Nguyễn Văn Hừng', roster, 1)).toEqual(['Nguyễn Văn Hùng']);
  });

  it('suggests a name with a typing slip', () => {
    expect(closestNames('Tran Thi Lang', roster)).toEqual(['Trần Thị Lan']);
    expect(closestNames('Lê Thị Hòa', roster)).toEqual(['Lê Thị Hoa']);
  });

  it('does not suggest names that are too far away', () => {
    expect(closestNames('Võ Văn Kiệt', roster)).toEqual([]);
    expect(closestNames('', roster)).toEqual([]);
  });

  it('offers a name once even if the roster has it twice (Hoà / Hòa)', () => {
    expect(closestNames('Lê Thị Hoa', ['Lê Thị Hòa', 'Lê Thị Hoà', 'Lê Thị Hoa'])).toEqual(['Lê Thị Hoa', 'Lê Thị Hòa']);
  });

  it('keeps the roster order between equally close names', () => {
    expect(closestNames('An', ['Ân', 'Ấn', 'Án'], 5)).toEqual(['Ân', 'Ấn', 'Án']);
  });

  it('allows at least one edit for very short names', () => {
    expect(closestNames('Ba', ['Bá', 'Bay', 'Tư'])).toEqual(['Bá', 'Bay']);
  });
});
