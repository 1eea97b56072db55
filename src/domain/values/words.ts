import type { Hardship, MemberStatus, Role, Sex } from '../books';
import type { CellValue } from '../grid';
import { text, type Text } from '../text';
import { errorValue, shown } from './internal';
import { readDueDate, serialFromYmd } from './dates';
import { looseKey, nameKey } from './names';
import { isDashes, type ReadResult } from './result';

// Words are read per column (SHEETS.md): "CN" is chủ nhiệm in a role column and cận nghèo in a
// hardship column. Old files often lack diacritics, so each word is also matched without them.

// '?' is not dropped: "Nghèo?" is a question, not an answer.
const PUNCTUATION = new Set('()[]{}/\\.,:;-_*#\'"…!“”‘’`~+=|<>'.split(''));

const wordCache = new Map<string, string>();

/** nameKey without spaces and punctuation: "Uỷ viên - BCN" → "ủyviênbcn", "P.CN" → "pcn", "✓" stays. */
function wordKey(s: string): string {
  const hit = wordCache.get(s);
  if (hit !== undefined) return hit;
  let r = '';
  for (const ch of nameKey(s)) if (ch !== ' ' && !PUNCTUATION.has(ch)) r += ch;
  if (wordCache.size >= 50_000) wordCache.clear();
  wordCache.set(s, r);
  return r;
}

class WordTable<T> {
  private readonly exact = new Map<string, T>();
  private readonly loose = new Map<string, T>();
  constructor(entries: readonly (readonly [T, readonly string[]])[]) {
    for (const [value, words] of entries) {
      for (const w of words) {
        const k = wordKey(w);
        const lk = looseKey(k);
        // Two meanings for one spelling would make the reading depend on table order: a bug.
        if ((this.exact.get(k) ?? value) !== value || (this.loose.get(lk) ?? value) !== value) {
          throw new Error(`word table: "${w}" has two meanings`);
        }
        this.exact.set(k, value);
        this.loose.set(lk, value);
      }
    }
  }
  /** The value for a word key ('' = blank after punctuation was dropped). */
  get(k: string): T | undefined {
    const hit = this.exact.get(k);
    return hit !== undefined ? hit : this.loose.get(looseKey(k));
  }
}

const OK_UNDEFINED = Object.freeze({ ok: true, value: undefined }) as { ok: true; value: undefined };

function notUnderstood(v: CellValue, expected: Text) {
  const q = shown(v);
  return {
    ok: false as const,
    kind: 'unreadable' as const,
    detail: text(`Không hiểu "${q}" (cần ${expected.vi})`, `"${q}" is not understood (expected ${expected.en})`),
  };
}

type Lookup<T> = { ok: true; value: T } | { ok: false; fail: ReturnType<typeof errorValue> } | undefined;

/** Shared path: blank → undefined result, error → fail, text → table lookup, numbers/booleans → via `other`. */
function lookupText<T>(v: CellValue, table: WordTable<T>): Lookup<T | 'blank'> {
  if (v === null) return { ok: true, value: 'blank' };
  if (typeof v === 'string') {
    const k = wordKey(v);
    if (k === '') return isDashes(v) ? { ok: true, value: 'blank' } : undefined;
    const hit = table.get(k);
    return hit === undefined ? undefined : { ok: true, value: hit };
  }
  if (typeof v === 'object') return { ok: false, fail: errorValue(v) };
  return undefined;
}

const SEX = new WordTable<Sex>([
  ['M', ['Nam', 'M', 'Male', 'Nam giới', 'Trai', 'Ông', 'Man']],
  ['F', ['Nữ', 'F', 'Female', 'Nữ giới', 'Gái', 'Bà', 'Phụ nữ', 'Woman']],
]);
const SEX_EXPECTED = text('Nam hoặc Nữ', 'Nam or Nữ');

/** Nam / Nữ in any case, with or without diacritics, M / F, Male / Female, "Nam giới" / "Nữ giới". Empty → undefined. */
function sexWithNote(v: CellValue): Lookup<Sex | 'blank'> {
  if (typeof v !== 'string') return undefined;
  const bare = withoutNotes(v);
  if (bare === v || !bare.trim()) return undefined;
  const hit = SEX.get(wordKey(bare));
  return hit === undefined ? undefined : { ok: true, value: hit };
}

export function readSex(v: CellValue): ReadResult<Sex> | { ok: true; value: undefined } {
  // "Nữ (TNV)": the sex with a note (never the first of "Nam/Nữ", a template's choice left unmade).
  const r = lookupText(v, SEX) ?? sexWithNote(v);
  if (r === undefined) return notUnderstood(v, SEX_EXPECTED);
  if (!r.ok) return r.fail;
  return r.value === 'blank' ? OK_UNDEFINED : { ok: true, value: r.value };
}

// A word with a note after it: "Hộ nghèo năm 2024", "Nghèo (2024)", "Cận nghèo (CN)". The note is
// dropped, the word kept; a question mark is never dropped ("Nghèo?" is not an answer).
const NOTE = /\([^)]*\)?|\[[^\]]*\]?|(\s+n(ă|a)m)?\s+\d{4}\s*$/giu;

function withoutNotes(s: string): string {
  return s.replace(NOTE, ' ');
}

// Two words in one cell: "UV kiêm thủ quỹ", "Chủ nhiệm, TNV", "Hộ nghèo, khó khăn". The first names
// the role (or the household); the rest adds to it.
const PARTS = /\s+(?:kiêm|kiem|và|va)\s+|[,;/&+]|\s[-–]\s/iu;

/** The first part of a compound cell, read by the table; undefined when it does not help. */
function lookupFirstPart<T>(v: CellValue, table: WordTable<T>, clean: (s: string) => string = (s) => s): Lookup<T | 'blank'> {
  if (typeof v !== 'string') return undefined;
  const cleaned = clean(v);
  const first = cleaned.split(PARTS)[0];
  for (const part of cleaned === v ? [first] : [cleaned, first]) {
    if (!part.trim() || part === v) continue;
    const hit = table.get(wordKey(part));
    if (hit !== undefined) return { ok: true, value: hit };
  }
  return undefined;
}

/**
 * A compound "Đối tượng" cell ("NCT, nữ, hộ nghèo", "NCT - cận nghèo"): the first part naming a
 * hardship; none when every part is understood and none names one; undefined when a part is not.
 */
function hardshipOfParts(v: CellValue): Lookup<Hardship | typeof NONE | 'blank'> {
  if (typeof v !== 'string') return undefined;
  const parts = withoutNotes(v).split(PARTS);
  if (parts.length < 2) return lookupFirstPart(v, HARDSHIP, withoutNotes);
  let understood = true;
  for (const part of parts) {
    if (!part.trim()) continue;
    const hit = HARDSHIP.get(wordKey(part));
    if (hit === undefined) understood = false;
    else if (hit !== NONE) return { ok: true, value: hit };
  }
  return understood ? { ok: true, value: NONE } : undefined;
}

const NONE = 'none' as const;
const HARDSHIP = new WordTable<Hardship | typeof NONE>([
  // The province documents' own words too: "người nghèo", "người có hoàn cảnh khó khăn".
  ['poor', ['Nghèo', 'Hộ nghèo', 'HN', 'Diện nghèo', 'Hộ nghèo (HN)', 'Thuộc hộ nghèo', 'Người nghèo', 'Người thuộc hộ nghèo']],
  ['near-poor', ['Cận nghèo', 'Hộ cận nghèo', 'CN', 'CHN', 'HCN', 'Diện cận nghèo', 'Thuộc hộ cận nghèo', 'Người cận nghèo', 'Người thuộc hộ cận nghèo']],
  [
    'hardship',
    [
      ...['Khó khăn', 'HCKK', 'KK', 'Hoàn cảnh khó khăn', 'Hộ khó khăn', 'Hoàn cảnh đặc biệt khó khăn', 'Đặc biệt khó khăn', 'ĐBKK', 'HKK'],
      ...['Có hoàn cảnh khó khăn', 'Người có hoàn cảnh khó khăn', 'Người khó khăn', 'Gia đình khó khăn'],
    ],
  ],
  [
    NONE,
    // A household that has just left poverty (hộ mới thoát nghèo) is no longer poor. An "Đối tượng"
    // column also names who the member is (older, a woman, disabled): none of that is a hardship.
    [
      ...['Khá', 'Trung bình', 'TB', 'Bình thường', 'Không', 'Khá giả', 'Giàu', 'Hộ khá', 'Hộ trung bình', 'BT', '0'],
      ...['Thoát nghèo', 'Hộ thoát nghèo', 'Hộ mới thoát nghèo', 'Mới thoát nghèo'],
      ...['NCT', 'Người cao tuổi', 'Nữ', 'Nam', 'Phụ nữ', 'Khuyết tật', 'NKT', 'Người khuyết tật'],
      // Policy beneficiaries (người có công) have allowances of their own: RULES.md counts poor, near-poor and hardship only.
      ...['Thương binh', 'Bệnh binh', 'Vợ liệt sĩ', 'Con liệt sĩ', 'Cha liệt sĩ', 'Mẹ liệt sĩ', 'Thân nhân liệt sĩ', 'Gia đình liệt sĩ', 'Người có công', 'Người có công với cách mạng', 'Gia đình chính sách', 'GĐCS', 'Cựu chiến binh', 'CCB'],
    ],
  ],
]);
/**
 * Under a header naming every kind at once ("Người nghèo, cận nghèo hoặc có hoàn cảnh khó khăn") an
 * x says one of them, the list no more: counted as hardship. Elsewhere an x names no kind.
 */
export function readHardshipOrMark(v: CellValue): ReadResult<Hardship | undefined> {
  const r = readHardship(v);
  if (r.ok || typeof v === 'object') return r;
  const mark = readMark(v);
  return mark.ok ? (mark.value ? { ok: true, value: 'hardship' } : OK_UNDEFINED) : r;
}
const HARDSHIP_EXPECTED = text('Nghèo, Cận nghèo, Khó khăn hoặc để trống', 'Nghèo, Cận nghèo, Khó khăn or empty');

/**
 * Nghèo / Hộ nghèo / HN → poor; Cận nghèo / CN / CHN / HCN → near-poor; Khó khăn / HCKK / KK →
 * hardship; Khá / Trung bình / TB / Bình thường / Không / empty → value undefined (not disadvantaged).
 */
export function readHardship(v: CellValue): ReadResult<Hardship | undefined> {
  const r = lookupText(v, HARDSHIP) ?? hardshipOfParts(v);
  if (r === undefined) return v === 0 ? OK_UNDEFINED : notUnderstood(v, HARDSHIP_EXPECTED);
  if (!r.ok) return r.fail;
  return r.value === 'blank' || r.value === NONE ? OK_UNDEFINED : { ok: true, value: r.value };
}

const ROLE = new WordTable<Role>([
  ['chair', ['Chủ nhiệm', 'CN', 'Chủ nhiệm CLB', 'Chủ nhiệm câu lạc bộ', 'CN CLB', 'Trưởng ban', 'Chủ nhiệm BCN', 'Chủ nhiệm BCN CLB']],
  [
    'vice-chair',
    ['Phó chủ nhiệm', 'PCN', 'Phó CN', 'Phó chủ nhiệm CLB', 'Phó chủ nhiệm câu lạc bộ', 'Phó ban', 'P.CN', 'P. Chủ nhiệm', 'PCN CLB', 'Phó CN CLB', 'Phó chủ nhiệm BCN'],
  ],
  [
    'board-member',
    [
      'Ủy viên',
      'UV',
      'Ủy viên BCN',
      'Ủy viên ban chủ nhiệm',
      'Thành viên BCN',
      'Thành viên ban chủ nhiệm',
      'UV BCN',
      // The club model's board (ban chủ nhiệm) includes the treasurer and the secretary.
      'Thủ quỹ',
      'Kế toán',
      'Thư ký',
    ],
  ],
  // A group leader (tổ trưởng) leads a neighbourhood group of members, not the club.
  ['member', ['Thành viên', 'TV', 'Hội viên', 'HV', 'Thành viên CLB', 'Thành viên câu lạc bộ', 'Tổ trưởng', 'Tổ phó', 'Tổ viên', 'Nhóm trưởng', 'Trưởng nhóm']],
]);
const MEMBER = Object.freeze({ ok: true, value: 'member' }) as { ok: true; value: Role };
const GROUP_LEADERS = ['Tổ trưởng', 'Tổ phó', 'Nhóm trưởng', 'Nhóm phó', 'Trưởng nhóm'].map(wordKey);

/** "Tổ trưởng tổ văn nghệ", "Nhóm trưởng nhóm 3": the leader of one of the club's groups is a member. */
function groupLeader(v: CellValue): Lookup<Role> {
  if (typeof v !== 'string') return undefined;
  const k = wordKey(v);
  return GROUP_LEADERS.some((g) => k.startsWith(g)) ? MEMBER : undefined;
}
const ROLE_EXPECTED = text('Chủ nhiệm, Phó chủ nhiệm, Ủy viên hoặc Thành viên', 'Chủ nhiệm, Phó chủ nhiệm, Ủy viên or Thành viên');

/** Chủ nhiệm / CN → chair; Phó chủ nhiệm / PCN → vice-chair; Ủy viên / UV → board-member; Thành viên / TV / empty → member. */
export function readRole(v: CellValue): ReadResult<Role> {
  // 0: a formula linking an empty cell ("=DS!F8"), shown empty on a sheet hiding zeros.
  if (v === 0) return MEMBER;
  const r = lookupText(v, ROLE) ?? lookupFirstPart(v, ROLE, withoutNotes) ?? groupLeader(v);
  if (r === undefined) return notUnderstood(v, ROLE_EXPECTED);
  if (!r.ok) return r.fail;
  return r.value === 'blank' ? MEMBER : { ok: true, value: r.value };
}

const STATUS = new WordTable<MemberStatus>([
  ['active', ['Đang sinh hoạt', 'Đang tham gia', 'Hoạt động', 'Đang hoạt động', 'Còn sinh hoạt', 'Còn', 'Sinh hoạt', 'Tham gia', 'Bình thường']],
  ['left', ['Đã rời', 'Rời CLB', 'Nghỉ', 'Ra khỏi CLB', 'Đã nghỉ', 'Rời', 'Đã rời CLB', 'Ra CLB', 'Đã ra', 'Xin ra', 'Thôi', 'Nghỉ sinh hoạt', 'Thôi tham gia', 'Rời câu lạc bộ']],
  ['moved', ['Chuyển đi', 'Đã chuyển đi', 'Chuyển nơi khác', 'Đã chuyển', 'Chuyển', 'Chuyển địa bàn', 'Chuyển nơi ở', 'Chuyển đi nơi khác', 'Chuyển khẩu', 'Đã chuyển khẩu']],
  ['deceased', ['Đã mất', 'Qua đời', 'Chết', 'Mất', 'Đã qua đời', 'Từ trần', 'Đã từ trần', 'Tử vong', 'Đã chết']],
]);
const STATUS_EXPECTED = text('Đang sinh hoạt, Đã rời, Chuyển đi hoặc Đã mất', 'Đang sinh hoạt, Đã rời, Chuyển đi or Đã mất');
const ACTIVE = Object.freeze({ ok: true, value: 'active' }) as { ok: true; value: MemberStatus };

/** Đang sinh hoạt / Hoạt động / empty → active; Đã rời / Nghỉ → left; Chuyển đi → moved; Đã mất / Qua đời → deceased. */
export function readStatus(v: CellValue): ReadResult<MemberStatus | undefined> {
  if (v === 0) return ACTIVE;
  // "Đã mất (2024)", "Chuyển đi (3/2024)": the status with its date, as in a Ghi chú.
  const r = lookupText(v, STATUS) ?? statusWithDate(v);
  if (r === undefined) return notUnderstood(v, STATUS_EXPECTED);
  if (!r.ok) return r.fail;
  return r.value === 'blank' ? ACTIVE : { ok: true, value: r.value };
}

// A note that is a status of its own, with its date: "Đã mất 2024", "Chuyển đi (3/2024)", "Qua đời
// ngày 5/1/2025". Other notes ("Chồng đã mất", "Con đi làm xa") say nothing about the member.
const NOTE_DATE = /\s*(?:(?:từ|vào)\s+)?(?:(?:ngày|tháng|năm)\s*)?\d{1,4}(?:\s*[/.-]\s*\d{1,4}){0,2}\s*\.?\s*$/iu;

function statusWithDate(v: CellValue): Lookup<MemberStatus> {
  if (typeof v !== 'string') return undefined;
  const hit = STATUS.get(wordKey(withoutNotes(v).replace(NOTE_DATE, '')));
  return hit === undefined ? undefined : { ok: true, value: hit };
}

/**
 * The date a leaving note gives ("Chuyển đi 3/2025", "Đã mất ngày 12/02/2025"): the day, or the
 * last day of the month or year given; undefined without one.
 */
export function statusNoteDate(v: CellValue): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = NOTE_DATE.exec(withoutNotes(v).trimEnd()) ?? NOTE_DATE.exec(v.replace(/[()]/g, ' ').trimEnd());
  if (!m) return undefined;
  const t = m[0].replace(/^\s*(?:(?:từ|vào)\s+)?(?:(?:ngày|tháng|năm)\s*)?/iu, '').replace(/\.\s*$/u, '').trim();
  const due = readDueDate(t, null);
  if (due.ok) return due.value;
  const y = /^(19|20)\d\d$/.test(t) ? Number(t) : undefined;
  return y !== undefined ? serialFromYmd(y, 12, 31) : undefined;
}

/** The leaving status a Ghi chú cell states, or undefined (any other note, or an active status). */
export function readStatusNote(v: CellValue): Exclude<MemberStatus, 'active'> | undefined {
  if (typeof v !== 'string') return undefined;
  const s = withoutNotes(v).replace(NOTE_DATE, '');
  const hit = STATUS.get(wordKey(s));
  return hit === undefined || hit === 'active' ? undefined : hit;
}

const MARK = new WordTable<boolean>([
  // "TNV" typed in the volunteer column itself says yes.
  [true, ['x', '✓', '✔', '√', '☑', '☒', 'v', '1', 'Có', 'Yes', 'Y', 'True', 'Đúng', 'OK', 'xx', 'TNV', 'Tình nguyện viên']],
  [false, ['0', 'Không', 'No', 'N', 'False', 'Sai', 'K', 'Ko']],
]);
const MARK_EXPECTED = text('x, 1, Có hoặc để trống', 'x, 1, Có or empty');
const TRUE = Object.freeze({ ok: true, value: true }) as { ok: true; value: boolean };
const FALSE = Object.freeze({ ok: true, value: false }) as { ok: true; value: boolean };

/** x, X, ✓, ✔, v, 1, Có, yes, TRUE → true; empty, 0, Không, FALSE → false. */
export function readMark(v: CellValue): ReadResult<boolean> {
  if (typeof v === 'boolean') return v ? TRUE : FALSE;
  if (typeof v === 'number') return v === 1 ? TRUE : v === 0 ? FALSE : notUnderstood(v, MARK_EXPECTED);
  // "Có (TNV: Nguyễn Thị Lan)": the mark with a note.
  const r = lookupText(v, MARK) ?? lookupFirstPart(v, MARK, withoutNotes);
  if (r === undefined) return notUnderstood(v, MARK_EXPECTED);
  if (!r.ok) return r.fail;
  return r.value === 'blank' || r.value === false ? FALSE : TRUE;
}

const LOAN_KIND = new WordTable<'cash' | 'in-kind'>([
  ['cash', ['Tiền mặt', 'TM', 'Tiền', 'Bằng tiền', 'Chuyển khoản', 'CK', 'Vốn', 'Vay tiền']],
  [
    'in-kind',
    ['Hiện vật', 'HV', 'Bò', 'Bê', 'Trâu', 'Heo', 'Lợn', 'Gà', 'Vịt', 'Dê', 'Giống', 'Con giống', 'Cây giống', 'Bò giống', 'Heo giống', 'Lợn giống', 'Phân bón', 'Vật nuôi', 'Cây trồng'],
  ],
]);
const LOAN_KIND_EXPECTED = text('Tiền mặt hoặc Hiện vật', 'Tiền mặt or Hiện vật');

/** Tiền mặt / TM → cash; Hiện vật / HV / bò / con giống, or any text containing "hiện vật" → in-kind; empty → undefined. */
export function readLoanKind(v: CellValue): ReadResult<'cash' | 'in-kind' | undefined> {
  const r = lookupText(v, LOAN_KIND);
  if (r !== undefined) {
    if (!r.ok) return r.fail;
    return r.value === 'blank' ? OK_UNDEFINED : { ok: true, value: r.value };
  }
  if (typeof v === 'string') {
    const k = looseKey(wordKey(v));
    if (k.includes('hienvat')) return { ok: true, value: 'in-kind' };
    if (k.includes('tienmat')) return { ok: true, value: 'cash' };
  }
  return notUnderstood(v, LOAN_KIND_EXPECTED);
}


const SETTLED = new WordTable<true>([[true, ['Đã tất toán', 'Tất toán', 'Đã trả hết', 'Trả hết', 'Hết nợ', 'Đã hết nợ', 'Đã trả đủ', 'Trả đủ', 'Đã thanh toán', 'Đã trả xong', 'Trả xong', 'Đã xong', 'Xong', 'Hết']]]);

/** "Đã tất toán", "Đã trả hết" written where the outstanding balance goes (nothing is owed) or the principal repaid (all of it). */
export function isSettled(v: CellValue): boolean {
  return typeof v === 'string' && SETTLED.get(wordKey(v)) === true;
}
