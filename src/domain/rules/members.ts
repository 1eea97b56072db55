// Member list (danh sách thành viên) rules: every row must name a person with a birth year and a sex
// so that the club's composition can be counted (QĐ 1336/QĐ-TTg; seeds 003, 004).
import type { MemberBook, MemberRow, ReadIssue } from '../books';
import { a1 } from '../grid';
import { text, type Lang, type Text } from '../text';
import { both } from './format';
import { activeAtAsOf, finding, rowCells, type Emit, type RuleContext } from './context';
import { cellShown, describeIssue } from './issues';

const MAX_AGE = 110;

/** Fields whose unknown values are questionable rather than fatal: a typo in a hardship or role cell. */
const STATUS_FIELDS = new Set(['hardship', 'poorMark', 'nearPoorMark', 'hardshipMark', 'role', 'status', 'volunteer', 'caredAtHome']);

function birthCells(book: MemberBook, m: MemberRow): string[] {
  if (book.layout === 'split-birth') return rowCells(m.r, book.columns.birthMale, book.columns.birthFemale);
  return rowCells(m.r, book.columns.birth);
}

function sexCells(book: MemberBook, m: MemberRow): string[] {
  if (book.layout === 'split-birth') return rowCells(m.r, book.columns.birthMale, book.columns.birthFemale);
  if (book.layout === 'sex-marks') return rowCells(m.r, book.columns.maleMark, book.columns.femaleMark);
  return rowCells(m.r, book.columns.sex);
}

export function checkMemberRows(book: MemberBook, ctx: RuleContext, emit: Emit): void {
  const place = { kind: book.kind, sheet: book.sheet };
  for (const m of book.rows) {
    const club = m.club;
    let birthIssue: ReadIssue | undefined;
    let sexIssue: ReadIssue | undefined;
    for (const issue of m.issues) {
      if (issue.kind === 'legacy-encoding') continue; // reported once per column as book.legacy-encoding
      if (issue.field === 'name') {
        // A number or a formula error where the name goes (a phone number, a count) is no name either.
        emit(
          finding('member.name-missing', 'error', place, club, m.r, rowCells(m.r, book.columns.name),
            issue.kind === 'empty'
              ? text(`Dòng ${m.r + 1} có thông tin nhưng thiếu họ tên thành viên.`, `Row ${m.r + 1} has data but no member name.`)
              : text(`Dòng ${m.r + 1} có thông tin nhưng ô họ tên ghi "${cellShown(issue.raw)}", không phải họ tên.`, `Row ${m.r + 1} has data but its name cell holds "${cellShown(issue.raw)}", not a name.`),
            text('Ghi họ và tên đầy đủ của thành viên, hoặc xóa dòng nếu không dùng.', "Write the member's full name, or delete the row if it is not used."),
          ),
        );
      } else if (issue.field === 'birth') birthIssue = issue;
      else if (issue.field === 'sex') sexIssue = issue;
      else if (STATUS_FIELDS.has(issue.field)) {
        emit(
          finding('member.status-unknown', 'warning', place, club, m.r, [a1(m.r, issue.c)],
            columnSays(book, issue, m.r),
            fixForStatusField(issue.field),
          ),
        );
      }
    }
    if (birthIssue) {
      if (birthIssue.kind === 'empty') {
        emit(
          finding('member.birth-missing', 'error', place, club, m.r, birthCells(book, m),
            text(`Thành viên ${m.name ?? `ở dòng ${m.r + 1}`} chưa có năm sinh.`, `Member ${m.name ?? `on row ${m.r + 1}`} has no birth year.`),
            book.layout === 'split-birth'
              ? text('Ghi năm sinh vào cột Nam hoặc cột Nữ (ví dụ 1958).', 'Write the birth year in the Nam (male) or Nữ (female) column (e.g. 1958).')
              : text('Ghi năm sinh (ví dụ 1958) hoặc ngày sinh (ví dụ 15/03/1958).', 'Write the birth year (e.g. 1958) or birth date (e.g. 15/03/1958).'),
          ),
        );
      } else {
        const d = describeIssue(birthIssue);
        emit(
          finding('member.birth-invalid', 'error', place, club, m.r, [a1(m.r, birthIssue.c)],
            text(`Không đọc được năm sinh: ${d.vi}.`, `Cannot read the birth year: ${d.en}.`),
            text('Ghi năm sinh bằng 4 chữ số (ví dụ 1958) hoặc ngày sinh dạng ngày/tháng/năm.', 'Write the birth year as 4 digits (e.g. 1958) or the date as day/month/year.'),
          ),
        );
      }
    } else if (m.birthYear !== undefined) {
      const age = ctx.asOfYear - m.birthYear;
      if (age < 0 || age > MAX_AGE) {
        const cell = m.birthCol !== undefined ? [a1(m.r, m.birthCol)] : birthCells(book, m);
        emit(
          finding('member.birth-invalid', 'error', place, club, m.r, cell,
            age < 0
              ? text(`Năm sinh ${m.birthYear} ở sau năm báo cáo ${ctx.asOfYear}.`, `Birth year ${m.birthYear} is after the reporting year ${ctx.asOfYear}.`)
              : text(`Năm sinh ${m.birthYear} cho tuổi ${age}, quá ${MAX_AGE} tuổi.`, `Birth year ${m.birthYear} gives an age of ${age}, over ${MAX_AGE}.`),
            text('Kiểm tra lại năm sinh trong giấy tờ của thành viên.', "Check the birth year against the member's papers."),
          ),
        );
      }
    }
    if (sexIssue) {
      const conflict = sexIssue.kind === 'conflict';
      emit(
        finding('member.sex-missing', 'error', place, club, m.r,
          conflict || sexIssue.kind === 'empty' ? sexCells(book, m) : [a1(m.r, sexIssue.c)],
          conflict && book.layout === 'sex-marks'
            ? text('Đánh dấu ở cả cột Nam và cột Nữ, không biết giới tính.', 'Both the Nam and the Nữ column are marked: the sex is unclear.')
            : conflict
            ? text('Năm sinh được ghi ở cả cột Nam và cột Nữ, không biết giới tính.', 'The birth year is written in both the Nam and the Nữ column: the sex is unclear.')
            : sexIssue.kind === 'empty'
              ? text(`Thành viên ${m.name ?? `ở dòng ${m.r + 1}`} chưa ghi giới tính.`, `Member ${m.name ?? `on row ${m.r + 1}`} has no sex recorded.`)
              : text(`Giới tính: ${describeIssue(sexIssue).vi}.`, `Sex: ${describeIssue(sexIssue).en}.`),
          book.layout === 'sex-marks'
            ? text('Đánh dấu "x" ở một cột: Nam hoặc Nữ.', 'Mark "x" in one column: Nam (male) or Nữ (female).')
            : conflict
            ? text('Chỉ giữ năm sinh ở cột đúng giới tính, xóa ở cột kia.', 'Keep the year only in the column of the right sex; clear the other.')
            : text('Ghi "Nam" hoặc "Nữ".', 'Write "Nam" (male) or "Nữ" (female).'),
        ),
      );
    }
  }
}

function fixForStatusField(field: string) {
  switch (field) {
    case 'hardship':
      return text('Ghi một trong: Hộ nghèo, Hộ cận nghèo, Hoàn cảnh khó khăn, hoặc để trống.', 'Write one of: Hộ nghèo, Hộ cận nghèo, Hoàn cảnh khó khăn, or leave it empty.');
    case 'role':
      return text('Ghi một trong: Chủ nhiệm, Phó chủ nhiệm, Ủy viên, Thành viên.', 'Write one of: Chủ nhiệm, Phó chủ nhiệm, Ủy viên, Thành viên.');
    case 'status':
      return text('Ghi một trong: Đang sinh hoạt, Đã rời, Chuyển đi, Đã mất.', 'Write one of: Đang sinh hoạt, Đã rời, Chuyển đi, Đã mất.');
    default:
      return text('Đánh dấu "x" nếu có, để trống nếu không.', 'Mark "x" for yes, leave it empty for no.');
  }
}

/** A member row and the book it is on. */
interface Copy {
  readonly m: MemberRow;
  readonly book: MemberBook;
}

/**
 * Two rows with the same normalized name and birth year in one club: every copy names the others.
 * One club's list may be split over several sheets ("Tổ 1".."Tổ 4"), so the copies are looked for
 * across all member books at once: a province roll-up's 20,000 members grouped by key in one pass.
 */
export function checkDuplicates(books: readonly MemberBook[], asOf: number, emit: Emit): void {
  const groups = new Map<string, Copy[]>();
  for (const book of books) {
    // A part of the list (the board listed again) names people once more, by design.
    if (book.partOf !== undefined) continue;
    for (const m of book.rows) {
      // A member who left is kept on record (often on a sheet of leavers) beside one who rejoined.
      if (!m.nameKey || m.birthYear === undefined || !activeAtAsOf(m, asOf)) continue;
      const key = `${m.club}\u0000${m.nameKey}\u0000${m.birthYear}`;
      const g = groups.get(key);
      if (g) g.push({ m, book });
      else groups.set(key, [{ m, book }]);
    }
  }
  for (const copies of groups.values()) {
    if (copies.length < 2) continue;
    // Each copy is reported on its own sheet.
    for (const { m, book } of copies) {
      const others = copies.filter((o) => o.m !== m);
      emit(
        finding('member.duplicate', 'error', { kind: book.kind, sheet: book.sheet }, m.club, m.r, rowCells(m.r, book.columns.name),
          both((l) => (l === 'vi' ? `${m.name} (sinh ${m.birthYear}) được ghi hai lần: cũng ở ${whereElse(others, book, 'vi')}.` : `${m.name} (born ${m.birthYear}) is listed twice: also on ${whereElse(others, book, 'en')}.`)),
          text('Giữ một dòng cho mỗi người và xóa dòng trùng; nếu là hai người khác nhau, ghi thêm tên đệm hoặc ngày sinh đầy đủ.', 'Keep one row per person and delete the copy; if they are two people, add a middle name or the full birth date.'),
        ),
      );
    }
  }
}

/** "dòng 15, 25; trang "Tổ 4" dòng 20": rows on this sheet first, then each other sheet by name. */
function whereElse(others: readonly Copy[], book: MemberBook, l: Lang): string {
  const rowsOf = new Map<string, number[]>();
  for (const { m, book: b } of others) {
    const list = rowsOf.get(b.sheet);
    if (list) list.push(m.r + 1);
    else rowsOf.set(b.sheet, [m.r + 1]);
  }
  const parts: string[] = [];
  const here = rowsOf.get(book.sheet);
  if (here) parts.push(`${l === 'vi' ? 'dòng' : 'row'} ${here.join(', ')}`);
  for (const [sheet, rows] of rowsOf) {
    if (sheet !== book.sheet) parts.push(l === 'vi' ? `trang "${sheet}" dòng ${rows.join(', ')}` : `sheet "${sheet}" row ${rows.join(', ')}`);
  }
  return parts.join('; ');
}

/** "Hoàn cảnh: không hiểu "Nghè" (…)": the column by its own header (the cell is shown beside it). */
function columnSays(book: MemberBook, issue: ReadIssue, r: number): Text {
  const header = (book.columns as Partial<Record<string, { header: string }>>)[issue.field]?.header.replace(/\s+/g, ' ').trim();
  const d = describeIssue(issue);
  return header ? text(`${header}: ${d.vi}.`, `${header}: ${d.en}.`) : text(`Ô ${a1(r, issue.c)}: ${d.vi}.`, `Cell ${a1(r, issue.c)}: ${d.en}.`);
}
