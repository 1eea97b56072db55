// Sheet-level reading problems, in the officer's words (Vietnamese first).

import type { BookKind } from '../books';
import type { Text } from '../text';
import { BOOK_NAMES, DATE_NAMES, FIELD_NAMES, HEADERS, type TableKind } from './headers';

function fieldName(kind: TableKind, field: string): Text {
  if (field === 'date') return DATE_NAMES[kind];
  return FIELD_NAMES[field] ?? { vi: field, en: field };
}

function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ` ${and} ` + items[items.length - 1];
}

/** Fields shown in messages: a split Nam/Nữ pair is named as birth year + sex. */
function shownFields(kind: TableKind, missing: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of missing) {
    const g = f === 'birthMale' || f === 'birthFemale' ? 'birth' : f === 'maleMark' || f === 'femaleMark' ? 'sex' : f;
    if (!out.includes(g)) out.push(g);
  }
  return out;
}

export function missingColumn(sheet: string, kind: TableKind, missing: readonly string[], forced: boolean): { message: Text; fix: Text } {
  const fields = shownFields(kind, missing);
  const names = fields.map((f) => fieldName(kind, f));
  const book = BOOK_NAMES[kind];
  const colsVi = list(
    names.map((n) => n.vi),
    'và',
  );
  const colsEn = list(
    names.map((n) => n.en),
    'or',
  );
  const examples = fields
    .map((f) => {
      const wordings = (HEADERS[kind] as Record<string, readonly string[]>)[f] ?? [];
      return wordings.slice(0, 2).map((w) => `"${w}"`).join(' / ');
    })
    .filter((s) => s.length > 0)
    .join('; ');
  const message: Text = forced
    ? {
        vi: `Trang '${sheet}' được chọn là ${book.vi} nhưng không có cột ${colsVi}.`,
        en: `Sheet '${sheet}' was set as ${book.en} but has no ${colsEn} column.`,
      }
    : {
        vi: `Trang '${sheet}' giống ${book.vi} nhưng không có cột ${colsVi}.`,
        en: `Sheet '${sheet}' looks like ${book.en} but has no ${colsEn} column.`,
      };
  const fix: Text = {
    vi: `Thêm cột ${colsVi} vào bảng, hoặc sửa tiêu đề cột đang có cho đúng (ví dụ ${examples}). Nếu trang này không phải ${book.vi}, hãy chọn lại loại trang.`,
    en: `Add the ${colsEn} column to the table, or correct the header of the existing column (e.g. ${examples}). If this sheet is not ${book.en}, choose its kind again.`,
  };
  return { message, fix };
}

/** A member list that gives each member's age, not the birth year. */
export function ageInsteadOfBirth(sheet: string, header: string): { message: Text; fix: Text } {
  return {
    message: {
      vi: `Trang '${sheet}' giống danh sách thành viên nhưng ghi tuổi (cột '${header}') thay cho năm sinh: tuổi đổi theo từng năm và không biết tính vào năm nào, nên không tính được ai từ 55 tuổi trở lên vào ngày báo cáo`,
      en: `Sheet '${sheet}' looks like a member list but gives ages (column '${header}') instead of birth years: an age changes every year and the year it was counted in is not known, so who is 55 or older on the reporting date cannot be worked out`,
    },
    fix: {
      vi: `Thay cột '${header}' bằng cột "Năm sinh" ghi năm sinh của từng người (ví dụ 1958), không ghi tuổi.`,
      en: `Replace the '${header}' column with a "Năm sinh" (birth year) column holding each member's year of birth (e.g. 1958), not the age.`,
    },
  };
}

const ENCODING_NAMES: Readonly<Record<'TCVN3' | 'VNI', string>> = { TCVN3: 'TCVN3 (ABC)', VNI: 'VNI Windows' };

export function legacyEncoding(sheet: string, header: string, encoding: 'TCVN3' | 'VNI', count: number): { message: Text; fix: Text } {
  const enc = ENCODING_NAMES[encoding];
  return {
    message: {
      vi: `Cột '${header}' của trang '${sheet}' có ${count} ô gõ bằng bảng mã cũ ${enc}, không phải Unicode: không so được tên`,
      en: `Column '${header}' on sheet '${sheet}' has ${count} cells typed in the old ${enc} encoding, not Unicode: names cannot be compared`,
    },
    fix: {
      vi: `Chuyển mã sang Unicode: chọn cột, chép (Ctrl+C), mở Unikey → "Công cụ chuyển mã" (hoặc EVKey → Chuyển mã), nguồn ${enc}, đích Unicode, bấm "Chuyển mã" rồi dán lại (Ctrl+V).`,
      en: `Convert the text to Unicode: select the column, copy it (Ctrl+C), open Unikey → "Chuyển mã" (conversion tool; or EVKey's converter), source ${enc}, destination Unicode, convert, then paste it back (Ctrl+V).`,
    },
  };
}

export function legacySheet(sheet: string, encoding: 'TCVN3' | 'VNI'): { message: Text; fix: Text } {
  const enc = ENCODING_NAMES[encoding];
  return {
    message: {
      vi: `Trang '${sheet}' gõ bằng bảng mã cũ ${enc}, không phải Unicode: không đọc được tiêu đề cột`,
      en: `Sheet '${sheet}' is typed in the old ${enc} encoding, not Unicode: its column headers cannot be read`,
    },
    fix: {
      vi: `Chuyển cả trang sang Unicode: chọn hết (Ctrl+A), chép (Ctrl+C), mở Unikey → "Công cụ chuyển mã" (hoặc EVKey → Chuyển mã), nguồn ${enc}, đích Unicode, bấm "Chuyển mã" rồi dán lại (Ctrl+V).`,
      en: `Convert the whole sheet to Unicode: select all (Ctrl+A), copy (Ctrl+C), open Unikey → "Chuyển mã" (conversion tool; or EVKey's converter), source ${enc}, destination Unicode, convert, then paste it back (Ctrl+V).`,
    },
  };
}

export function bookName(kind: BookKind): Text {
  return BOOK_NAMES[kind];
}

export function headerlessRows(top: number, bottom: number, sexHeader: string): { message: Text; fix: Text } {
  return {
    message: {
      vi: `Các dòng ${top}–${bottom} dưới danh sách thành viên không phải thành viên (cột "${sexHeader}" ghi số chứ không ghi Nam/Nữ): có vẻ là một bảng khác ghi tiếp mà không có dòng tiêu đề cột, nên chưa được kiểm tra.`,
      en: `Rows ${top}–${bottom} under the member list are not members (the "${sexHeader}" column holds figures, not Nam/Nữ): they look like another table typed on without a header row, so they were not checked.`,
    },
    fix: {
      vi: 'Thêm dòng tiêu đề cột cho bảng này (ví dụ sổ cho vay: Họ tên người vay | Ngày vay | Số tiền vay | Lãi suất), hoặc chuyển bảng sang một trang riêng.',
      en: 'Give this table its own header row (for a loan book, e.g. Họ tên người vay | Ngày vay | Số tiền vay | Lãi suất), or move it to a sheet of its own.',
    },
  };
}

/** A sheet listing the club's people for something else (attendance, a care log): no book to check. */
export function namedList(sheet: string): { message: Text; fix: Text } {
  return {
    message: {
      vi: `Trang '${sheet}' ghi những người của danh sách thành viên cho việc khác (điểm danh, chăm sóc, tổng hợp…), không phải một sổ cần kiểm tra.`,
      en: `Sheet '${sheet}' lists the club's members for something else (attendance, care, a summary…), not a book to check.`,
    },
    fix: {
      vi: `Nếu '${sheet}' là một sổ (danh sách thành viên, sổ cho vay), thêm các cột còn thiếu hoặc chọn loại sổ của trang trong khung kiểm tra.`,
      en: `If '${sheet}' is a book (a member list, a loan book), add its missing columns or set the sheet's kind in the task pane.`,
    },
  };
}

/** A part of the member list listed again (the board, the volunteers): its people are counted on the whole list. */
export function partOfList(sheet: string, whole: string): { message: Text; fix: Text } {
  return {
    message: {
      vi: `Trang '${sheet}' ghi lại một số người của danh sách thành viên '${whole}': họ được tính một lần, ở '${whole}'.`,
      en: `Sheet '${sheet}' lists again some of the people on the member list '${whole}': they are counted once, on '${whole}'.`,
    },
    fix: {
      vi: `Nếu '${sheet}' là danh sách của một CLB khác, ghi tên CLB ở dòng tiêu đề của trang.`,
      en: `If '${sheet}' is another club's list, write that club's name in the sheet's title line.`,
    },
  };
}

/** The same people kept in another book (a health book) beside the member list: not a second list. */
export function samePeople(sheet: string, kept: string): { message: Text; fix: Text } {
  return {
    message: {
      vi: `Trang '${sheet}' ghi cùng những người của danh sách thành viên '${kept}' cho việc khác (ít cột thông tin thành viên hơn): chỉ kiểm tra '${kept}'.`,
      en: `Sheet '${sheet}' lists the same people as the member list '${kept}' for another purpose (it has fewer member columns): only '${kept}' is checked.`,
    },
    fix: {
      vi: `Nếu '${sheet}' mới là danh sách thành viên, chọn loại sổ của từng trang trong khung kiểm tra.`,
      en: `If '${sheet}' is the member list, set each sheet's kind in the task pane.`,
    },
  };
}

export function olderCopy(sheet: string, kept: string): { message: Text; fix: Text } {
  return {
    message: {
      vi: `Trang '${sheet}' là bản cũ của danh sách thành viên '${kept}' (phần lớn là cùng những người): chỉ kiểm tra '${kept}'.`,
      en: `Sheet '${sheet}' is an older copy of the member list '${kept}' (mostly the same people): only '${kept}' is checked.`,
    },
    fix: {
      vi: `Nếu '${sheet}' mới là danh sách hiện nay, ghi năm vào tên trang (ví dụ "DS 2025") hoặc chọn loại sổ của từng trang trong khung kiểm tra.`,
      en: `If '${sheet}' is the current list, put the year in the sheet name (e.g. "DS 2025") or set each sheet's kind in the task pane.`,
    },
  };
}
