import { detectLegacyEncoding } from '../../../src/domain/values';
import { toTcvn3, toVni } from './legacy-encoders';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lâm', 'Mai'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Kim', 'Xuân', 'Bá', 'Thu'];
const GIVEN = [
  'An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hoà', 'Hồng', 'Hùng', 'Hưng', 'Hương', 'Khánh',
  'Lan', 'Liên', 'Loan', 'Long', 'Mai', 'Nam', 'Nga', 'Ngọc', 'Nhung', 'Phúc', 'Phương', 'Quý', 'Sơn', 'Tâm', 'Thảo',
  'Thành', 'Thu', 'Thúy', 'Thuý', 'Tú', 'Tuấn', 'Vân', 'Yến', 'Ánh', 'Út', 'Khoa', 'Tùng', 'Tài', 'Lộc', 'Đào', 'Bảy',
  'Sáu', 'Tư', 'Ba', 'Chín', 'Mười', 'Khoẻ', 'Xoan', 'Huệ', 'Cúc', 'Lựu', 'Trà', 'Giàu', 'Tám', 'Hiền', 'Ngân',
];
// Names whose letters all exist in Latin-1 (Ô, ô, ê, ã, ù …): the hardest for a false alarm.
const LATIN1_NAMES = [
  'Ngô Tú Anh', 'Võ Bá Hà', 'Lê Tùng Lâm', 'Lê Thu Hà', 'Ngô Thu Trà', 'Võ Tá Tân', 'Lê Bá Tài', 'Ngô Lê Na',
  'Tô Châu Long', 'Lê Hoài Thu', 'Lê Hoà', 'Ngô Thuý Hà', 'Võ Hoàng Nam', 'Chu Bá Tân', 'Ngô Kim Chi', 'Lê Thị Cúc',
  'Mai Lê Hoà', 'Lê Châu', 'Ngô Thuý Vân', 'Võ Tùng Lâm', 'Tô Hoài Nam', 'Lê Toàn', 'Hà Tuấn Anh', 'Lã Thu Trang',
  'NGÔ TÚ ANH', 'LÊ THÙY', 'VÕ BÁ HÀ', 'Hoà Bình', 'Thuý Kiều', 'Chí Thanh',
];

function realisticNames(): string[] {
  const names = [...LATIN1_NAMES];
  for (let i = 0; names.length < 200; i++) {
    names.push(`${SURNAMES[i % SURNAMES.length]} ${MIDDLE[(i * 5 + 3) % MIDDLE.length]} ${GIVEN[(i * 7 + 1) % GIVEN.length]}`);
  }
  return names;
}

const NAMES = realisticNames();

describe('detectLegacyEncoding', () => {
  it.each(['NguyÔn V¨n An', 'Hoµng ThÞ Lan', 'TrÇn ThÞ Hoa', '§ç V¨n Hïng', 'Lª ThÞ Hång', 'Chñ nhiÖm', 'Thñy', 'Tæng céng', 'Sæ quü', 'UÈn', 'Huúnh', 'Vâ Thu An', 'NguyÔn ThÞ YÕn'])('recognizes the TCVN3 (ABC) text "%s"', (s) => {
    expect(detectLegacyEncoding(s)).toBe('TCVN3');
  });

  it.each(['Nguyeãn Vaên An', 'Hoaøng Thò Lan', 'Traàn Thò Hoa', 'Ñoã Vaên Huøng', 'Leâ Thò Hoàng', 'Tröông Vaên Ñöùc', 'AÙnh', 'UÙt', 'Chuû nhieäm', 'Toång coäng', 'NGUYEÃN VAÊN AN'])(
    'recognizes the VNI text "%s"',
    (s) => {
      expect(detectLegacyEncoding(s)).toBe('VNI');
    },
  );

  it('the test encoders agree with the published examples', () => {
    expect(toTcvn3('Nguyễn Văn An')).toBe('NguyÔn V¨n An');
    expect(toTcvn3('Hoàng Thị Lan')).toBe('Hoµng ThÞ Lan');
    expect(toTcvn3('Trần Thị Hoa')).toBe('TrÇn ThÞ Hoa');
    expect(toVni('Nguyễn Văn An')).toBe('Nguyeãn Vaên An');
    expect(toVni('Hoàng Thị Lan')).toBe('Hoaøng Thò Lan');
    expect(toVni('Trần Thị Hoa')).toBe('Traàn Thò Hoa');
    expect(toVni('Đức')).toBe('Ñöùc');
  });

  it('raises no false alarm on 200 ordinary Vietnamese names, composed or decomposed', () => {
    expect(NAMES).toHaveLength(200);
    expect(new Set(NAMES).size).toBeGreaterThan(190);
    const flagged = NAMES.filter((n) => detectLegacyEncoding(n) !== null);
    const flaggedNfd = NAMES.filter((n) => detectLegacyEncoding(n.normalize('NFD')) !== null);
    const flaggedUpper = NAMES.filter((n) => detectLegacyEncoding(n.toUpperCase()) !== null);
    expect(flagged).toEqual([]);
    expect(flaggedNfd).toEqual([]);
    expect(flaggedUpper).toEqual([]);
  });

  it('leaves plain ASCII and everyday Unicode text alone', () => {
    for (const s of ['Lan', 'Nguyen Van An', '', '5.000.000', 'CLB LTHTGN ấp Phú Hòa', '30°C', '© 2024', 'Tổng cộng: 12 người', 'x', '✓']) {
      expect(detectLegacyEncoding(s)).toBeNull();
    }
  });

  // Names whose legacy form is identical to Unicode ("Mai Thanh Nhung", TCVN3 "Lý", VNI "Chí") or
  // reads as ordinary Vietnamese (TCVN3 "Vò Thanh An" for Vũ) cannot be told apart from the text alone.
  it.each([
    ['TCVN3', toTcvn3],
    ['VNI', toVni],
  ] as const)('recognizes nearly all of the same 200 names written in %s, never as the other encoding', (encoding, encode) => {
    const encoded = NAMES.map(encode).filter((s, i) => s !== NAMES[i]);
    const found = encoded.map(detectLegacyEncoding);
    expect(found.filter((e) => e !== null && e !== encoding)).toEqual([]);
    const missed = encoded.filter((_, i) => found[i] === null);
    expect(missed.length).toBeLessThanOrEqual(encoded.length * 0.03);
  });
});
