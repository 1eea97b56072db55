// Club composition rules. Vĩnh Long QĐ 546/QĐ-UBND 2017 (seed 004) and the Bắc Kạn plan (seed 003):
// 50–70 members, 70% older (55+), 60–70% women, 60–70% poor / near-poor / hardship, a board of five,
// at least five home-care volunteers. Thresholds come from the profile.
import type { Column, MemberBook, MemberRow } from '../books';
import type { RuleId } from '../findings';
import type { Band } from '../profiles';
import type { Lang } from '../text';
import { text } from '../text';
import { activeAtAsOf, finding, headerCell, rowCells, type Emit, type RuleContext } from './context';
import { both, counted, num, pct } from './format';
import { bandText, checkShare } from './shares';

/** One club's members as counted on the as-of date. */
export interface ClubMembers {
  readonly club: string;
  /** The member book holding the club (the first, when a club spans several). */
  readonly book: MemberBook;
  /** Every member book holding the club's rows, in book order (the first is `book`). */
  readonly parts: ClubPart[];
  readonly rows: MemberRow[];
  readonly active: MemberRow[];
}

/** The club's active members on one member book: a finding cites cells only of the sheet it names. */
export interface ClubPart {
  readonly book: MemberBook;
  readonly active: MemberRow[];
}

export function groupClubs(books: readonly MemberBook[], asOf: number): ClubMembers[] {
  const byClub = new Map<string, ClubMembers>();
  for (const book of books) {
    for (const m of book.rows) {
      let c = byClub.get(m.club);
      if (!c) byClub.set(m.club, (c = { club: m.club, book, parts: [], rows: [], active: [] }));
      // Books are read one after another, so this book's part, if any, is the last one.
      let part = c.parts[c.parts.length - 1];
      if (part?.book !== book) c.parts.push((part = { book, active: [] }));
      const active = activeAtAsOf(m, asOf);
      if (active) part.active.push(m);
      // A part of the list (the board listed again) holds people counted on the whole list.
      if (book.partOf !== undefined) continue;
      c.rows.push(m);
      if (active) c.active.push(m);
    }
  }
  return [...byClub.values()];
}

/** A member list with its header but no member under it (a blank template): the club has nobody yet. */
export function checkEmptyMemberBooks(books: readonly MemberBook[], ctx: RuleContext, emit: Emit): void {
  const { members } = ctx.profile;
  for (const book of books) {
    if (book.rows.length > 0) continue;
    emit(
      finding('club.size', 'error', { kind: book.kind, sheet: book.sheet }, book.club, undefined, headerCell(book.columns.name),
        text(`Danh sách thành viên chưa có ai (cần ${members.min}–${members.max} thành viên).`, `The member list has no members yet (it needs ${members.min}–${members.max}).`),
        text('Ghi mỗi thành viên một dòng dưới dòng tiêu đề cột.', 'Write one member per row under the header row.'),
      ),
    );
  }
}

export interface Composition {
  readonly active: number;
  readonly older: number;
  readonly women: number;
  readonly disadvantaged: number;
  readonly volunteers: number;
  /** Active members whose birth year or sex could not be read: counted neither way in a share. */
  readonly unknownBirth: number;
  readonly unknownSex: number;
}

export function composition(active: readonly MemberRow[], ctx: Pick<RuleContext, 'asOfYear' | 'profile'>): Composition {
  let older = 0;
  let women = 0;
  let disadvantaged = 0;
  let volunteers = 0;
  let unknownBirth = 0;
  let unknownSex = 0;
  for (const m of active) {
    if (m.birthYear === undefined) unknownBirth++;
    else if (ctx.asOfYear - m.birthYear >= ctx.profile.olderAge) older++;
    if (m.sex === undefined) unknownSex++;
    else if (m.sex === 'F') women++;
    if (m.hardship) disadvantaged++;
    if (m.volunteer) volunteers++;
  }
  return { active: active.length, older, women, disadvantaged, volunteers, unknownBirth, unknownSex };
}

/** The club's first member book meeting `has`, else its first book. */
function bookWith(c: ClubMembers, has: (b: MemberBook) => boolean): MemberBook {
  // A part of the list (its people counted on the whole list) lends no column to count from.
  return c.parts.find((p) => p.book.partOf === undefined && has(p.book))?.book ?? c.book;
}

function hardshipColumns(b: MemberBook): Column[] {
  if (b.columns.hardship) return [b.columns.hardship];
  return [b.columns.poorMark, b.columns.nearPoorMark, b.columns.hardshipMark].filter((col): col is Column => col !== undefined);
}

export function checkClubs(clubs: readonly ClubMembers[], ctx: RuleContext, emit: Emit): void {
  for (const c of clubs) {
    const { book } = c;
    const place = { kind: book.kind, sheet: book.sheet };
    const comp = composition(c.active, ctx);
    const n = comp.active;
    const { members } = ctx.profile;

    if (n < members.min || n > members.max) {
      const low = n < members.min;
      emit(
        finding('club.size', 'error', place, c.club, undefined, headerCell(book.columns.name),
          text(
            `CLB có ${n} thành viên đang sinh hoạt, cần ${members.min}–${members.max}.`,
            `The club has ${n} active members; it needs ${members.min}–${members.max}.`,
          ),
          low
            ? text(`Kết nạp thêm ít nhất ${members.min - n} thành viên.`, `Admit at least ${counted(members.min - n, 'more member', 'more members')}.`)
            : text(
                `Bớt ${n - members.max} thành viên (ví dụ tách thành CLB mới).`,
                `Reduce by ${n - members.max} members (for example by starting a new club).`,
              ),
        ),
      );
    }

    const olderHeader = book.layout === 'split-birth' ? book.columns.birthMale : book.columns.birth;
    shareRule('club.older-share', comp.older, n, ctx.profile.olderShare, [olderHeader], c, book, emit, {
      unknown: comp.unknownBirth,
      unknownWord: { vi: 'chưa đọc được năm sinh', en: 'with no readable birth year' },
      what: { vi: `người từ ${ctx.profile.olderAge} tuổi`, en: `members aged ${ctx.profile.olderAge}+` },
      withWord: { vi: `từ ${ctx.profile.olderAge} tuổi`, en: `aged ${ctx.profile.olderAge}+` },
      withoutWord: { vi: `dưới ${ctx.profile.olderAge} tuổi`, en: `under ${ctx.profile.olderAge}` },
    });
    const sexHeader =
      book.layout === 'split-birth' ? book.columns.birthFemale : book.layout === 'sex-marks' ? book.columns.femaleMark : book.columns.sex;
    shareRule('club.women-share', comp.women, n, ctx.profile.womenShare, [sexHeader], c, book, emit, {
      unknown: comp.unknownSex,
      unknownWord: { vi: 'chưa rõ giới tính', en: 'with no readable sex' },
      what: { vi: 'nữ', en: 'women' },
      withWord: { vi: 'là nữ', en: 'who are women' },
      withoutWord: { vi: 'là nam', en: 'who are men' },
    });
    const hardshipBook = bookWith(c, (b) => (hardshipColumns(b).length > 0));
    const hardshipCols = hardshipColumns(hardshipBook);
    if (ctx.profile.poorShare && hardshipCols.length === 0) {
      // Like the board and the volunteers: without the column nothing says who is poor (SHEETS.md: optional).
      emit(
        finding('club.poor-share', 'info', place, c.club, undefined, headerCell(book.columns.name),
          text(
            'Không có cột Hoàn cảnh (hộ nghèo, cận nghèo, khó khăn) nên chưa kiểm tra được tỷ lệ này.',
            'There is no hardship (Hoàn cảnh) column, so the share of poor, near-poor and hardship members could not be checked.',
          ),
          text('Thêm cột "Hoàn cảnh" và ghi Hộ nghèo, Cận nghèo hoặc Khó khăn.', 'Add a "Hoàn cảnh" column and write Hộ nghèo, Cận nghèo or Khó khăn.'),
        ),
      );
    } else if (ctx.profile.poorShare) {
      const cols = hardshipCols;
      shareRule('club.poor-share', comp.disadvantaged, n, ctx.profile.poorShare, cols, c, hardshipBook, emit, {
        what: { vi: 'hộ nghèo, cận nghèo, khó khăn', en: 'poor, near-poor or hardship members' },
        withWord: { vi: 'thuộc hộ nghèo/cận nghèo/khó khăn', en: 'from poor, near-poor or hardship households' },
        withoutWord: { vi: 'không thuộc diện đó', en: 'from other households' },
      });
    }
    checkBoard(c, ctx, emit);
    checkVolunteers(c, comp.volunteers, ctx, emit);
  }
}

interface ShareWords {
  /** Members the share cannot place (an unreadable birth year or sex, reported on their rows). */
  unknown?: number;
  unknownWord?: { vi: string; en: string };
  what: { vi: string; en: string };
  withWord: { vi: string; en: string };
  withoutWord: { vi: string; en: string };
}

function shareRule(
  rule: RuleId,
  part: number,
  whole: number,
  band: Band,
  columns: (Column | undefined)[],
  c: ClubMembers,
  book: MemberBook,
  emit: Emit,
  words: ShareWords,
): void {
  const s = checkShare(part, whole, band);
  if (!s.outside) return;
  // Too few only because some members cannot be placed: reading them may settle it, so their rows
  // (already errors) come first. Counted as without, they can only make the share too low.
  const unknown = words.unknown ?? 0;
  if (s.outside === 'low' && unknown > 0 && checkShare(part + unknown, whole, band).outside !== 'low') return;
  const aside = (l: Lang) =>
    unknown > 0 && words.unknownWord
      ? l === 'vi'
        ? ` (trong đó ${unknown} thành viên ${words.unknownWord.vi}, chưa được tính là ${words.what.vi})`
        : ` (${counted(unknown, 'member', 'members')} ${words.unknownWord.en} among them, not counted as ${words.what.en})`
      : '';
  // The sheet whose headers the finding marks.
  const place = { kind: book.kind, sheet: book.sheet };
  const cells = columns.flatMap((col) => headerCell(col));
  const line = (l: Lang) =>
    l === 'vi'
      ? `Tỷ lệ ${words.what.vi}: ${part}/${whole} = ${pct(part / whole, 'vi')}${aside('vi')}, cần ${bandText(band, 'vi')}.`
      : `Share of ${words.what.en}: ${part} of ${whole} = ${pct(part / whole, 'en')}${aside('en')}, needs ${bandText(band, 'en')}.`;
  const fix = (l: Lang) => {
    // Removing everyone who has (or lacks) the property empties the share: no change to suggest.
    if (s.outside === 'low') {
      const add = Number.isFinite(s.addWith) ? s.addWith : undefined;
      const remove = s.removeWithout < whole - part;
      return l === 'vi'
        ? `Thêm ${add ?? '?'} thành viên ${words.withWord.vi}${remove ? ` hoặc bớt ${s.removeWithout} thành viên ${words.withoutWord.vi}` : ''}.`
        : `${counted(add ?? '?', 'more member', 'more members')} ${words.withWord.en}${remove ? ` or ${counted(s.removeWithout, 'fewer member', 'fewer members')} ${words.withoutWord.en}` : ''}.`;
    }
    const remove = s.removeWith < part;
    return l === 'vi'
      ? `Mục tiêu: thêm ${s.addWithout} thành viên ${words.withoutWord.vi}${remove ? ` hoặc bớt ${s.removeWith} thành viên ${words.withWord.vi}` : ''}.`
      : `Target: ${counted(s.addWithout, 'more member', 'more members')} ${words.withoutWord.en}${remove ? ` or ${counted(s.removeWith, 'fewer member', 'fewer members')} ${words.withWord.en}` : ''}.`;
  };
  emit(finding(rule, s.outside === 'low' ? 'error' : 'warning', place, c.club, undefined, cells, both(line), both(fix)));
}

const ROLE_NAMES = {
  chair: { vi: 'chủ nhiệm', en: 'chair', ens: 'chairs' },
  'vice-chair': { vi: 'phó chủ nhiệm', en: 'vice-chair', ens: 'vice-chairs' },
  'board-member': { vi: 'ủy viên', en: 'board member', ens: 'board members' },
} as const;

/** "2 chủ nhiệm", "1 vice-chair", "3 board members". */
function roleCount(n: number, k: keyof typeof ROLE_NAMES, l: Lang): string {
  return l === 'vi' ? `${n} ${ROLE_NAMES[k].vi}` : counted(n, ROLE_NAMES[k].en, ROLE_NAMES[k].ens);
}

function checkBoard(c: ClubMembers, ctx: RuleContext, emit: Emit): void {
  // A club split over several books (a board table and the member list, or sheets "Tổ 1".."Tổ 4")
  // has its board checked when any of them has a role column.
  // The board's roles on the whole list, else on a part of it (the board on a sheet of its own).
  const withRoles = c.parts.filter((p) => p.book.columns.role);
  const whole = withRoles.filter((p) => p.book.partOf === undefined);
  const roleParts = whole.length > 0 ? whole : withRoles;
  const roleBook = roleParts[0]?.book;
  if (!roleBook) {
    const { book } = c;
    emit(
      finding('club.board', 'info', { kind: book.kind, sheet: book.sheet }, c.club, undefined, headerCell(book.columns.name),
        text('Không có cột Chức vụ nên chưa kiểm tra được Ban chủ nhiệm.', 'There is no role (Chức vụ) column, so the board could not be checked.'),
        text('Thêm cột "Chức vụ" và ghi Chủ nhiệm, Phó chủ nhiệm, Ủy viên.', 'Add a "Chức vụ" column and write Chủ nhiệm, Phó chủ nhiệm, Ủy viên.'),
      ),
    );
    return;
  }
  const want = { chair: ctx.profile.board.chair, 'vice-chair': ctx.profile.board.viceChair, 'board-member': ctx.profile.board.members };
  const holders: Record<keyof typeof want, { m: MemberRow; book: MemberBook }[]> = { chair: [], 'vice-chair': [], 'board-member': [] };
  for (const { book, active } of roleParts) for (const m of active) if (m.role !== 'member') holders[m.role].push({ m, book });
  const wrong = (Object.keys(want) as (keyof typeof want)[]).filter((k) => holders[k].length !== want[k]);
  if (wrong.length === 0) return;
  const need = (l: Lang) =>
    (Object.keys(want) as (keyof typeof want)[]).map((k) => roleCount(want[k], k, l)).join(', ');
  const marked = roleParts.reduce((n, p) => n + p.active.filter((m) => m.boardMark).length, 0);
  if (marked > 0 && holders.chair.length + holders['vice-chair'].length + holders['board-member'].length === 0) {
    // Who is on the board is marked, not as what: nothing to say about its make-up but that.
    const col = roleBook.columns.role;
    emit(
      finding('club.board', 'info', { kind: roleBook.kind, sheet: roleBook.sheet }, c.club, undefined, headerCell(col),
        text(
          `Cột "${col?.header ?? ''}" đánh dấu ${marked} người trong Ban chủ nhiệm nhưng không ghi chức vụ, nên chưa kiểm tra được cơ cấu (${need('vi')}).`,
          `The "${col?.header ?? ''}" column marks ${counted(marked, 'person', 'people')} on the board without their roles, so its make-up (${need('en')}) could not be checked.`,
        ),
        text('Ghi chức vụ thay cho dấu x: Chủ nhiệm, Phó chủ nhiệm, Ủy viên.', 'Write each role instead of the x: Chủ nhiệm, Phó chủ nhiệm, Ủy viên.'),
      ),
    );
    return;
  }
  const have = (l: Lang) =>
    (Object.keys(want) as (keyof typeof want)[]).map((k) => roleCount(holders[k].length, k, l)).join(', ');
  const changes = (l: Lang) =>
    wrong
      .map((k) => {
        const d = want[k] - holders[k].length;
        return l === 'vi'
          ? d > 0
            ? `cần thêm ${d} ${ROLE_NAMES[k].vi}`
            : `thừa ${-d} ${ROLE_NAMES[k].vi}`
          : d > 0
            ? `${counted(d, `more ${ROLE_NAMES[k].en}`, `more ${ROLE_NAMES[k].ens}`)} needed`
            : `${roleCount(-d, k, 'en')} too many`;
      })
      .join('; ');
  // The role cells involved, by sheet: one finding on each sheet that holds some, so every cell a
  // finding cites is on the sheet it names, and each finding says where the others are.
  const bySheet = new Map<string, { book: MemberBook; cells: string[] }>();
  for (const k of wrong) {
    if (holders[k].length <= want[k]) continue;
    for (const { m, book } of holders[k]) {
      let at = bySheet.get(book.sheet);
      if (!at) bySheet.set(book.sheet, (at = { book, cells: [] }));
      at.cells.push(...rowCells(m.r, book.columns.role));
    }
  }
  if (bySheet.size === 0) bySheet.set(roleBook.sheet, { book: roleBook, cells: headerCell(roleBook.columns.role) });
  const sheets = [...bySheet.keys()];
  for (const [sheet, { book, cells }] of bySheet) {
    const elsewhere = sheets.filter((other) => other !== sheet).map((other) => `"${other}"`).join(', ');
    const also = (l: Lang) =>
      !elsewhere ? '' : l === 'vi' ? ` Các ô chức vụ liên quan khác ở trang ${elsewhere}.` : ` The other role cells involved are on ${sheets.length > 2 ? 'sheets' : 'sheet'} ${elsewhere}.`;
    emit(
      finding('club.board', 'error', { kind: book.kind, sheet }, c.club, undefined, cells,
        both((l) => (l === 'vi' ? `Ban chủ nhiệm có ${have('vi')}; cần ${need('vi')}.${also('vi')}` : `The board has ${have('en')}; it needs ${need('en')}.${also('en')}`)),
        both((l) => (l === 'vi' ? `Sửa cột Chức vụ: ${changes('vi')}.` : `Correct the role column: ${changes('en')}.`)),
      ),
    );
  }
}

function checkVolunteers(c: ClubMembers, volunteers: number, ctx: RuleContext, emit: Emit): void {
  // A club split over sheets is counted when any of them has the column (as the board is).
  const book = bookWith(c, (b) => b.columns.volunteer !== undefined);
  const place = { kind: book.kind, sheet: book.sheet };
  const min = ctx.profile.minVolunteers;
  if (min <= 0) return;
  if (!book.columns.volunteer) {
    emit(
      finding('club.volunteers', 'info', place, c.club, undefined, headerCell(book.columns.name),
        text('Không có cột Tình nguyện viên nên chưa kiểm tra được số TNV chăm sóc tại nhà.', 'There is no volunteer (TNV) column, so home-care volunteers could not be counted.'),
        text('Thêm cột "TNV chăm sóc tại nhà" và đánh dấu "x" cho tình nguyện viên.', 'Add a "TNV chăm sóc tại nhà" column and mark volunteers with "x".'),
      ),
    );
    return;
  }
  if (volunteers >= min) return;
  emit(
    finding('club.volunteers', 'error', place, c.club, undefined, headerCell(book.columns.volunteer),
      both((l) =>
        l === 'vi'
          ? `CLB có ${num(volunteers, 'vi')} tình nguyện viên chăm sóc tại nhà, cần ít nhất ${min}.`
          : `The club has ${num(volunteers, 'en')} home-care volunteers; it needs at least ${min}.`,
      ),
      text(`Vận động thêm ${min - volunteers} thành viên làm tình nguyện viên và đánh dấu "x".`, `Recruit ${counted(min - volunteers, 'more member as a volunteer and mark them', 'more members as volunteers and mark them')} with "x".`),
    ),
  );
}
