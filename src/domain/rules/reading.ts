// Sheets that look like a book but cannot be read as one, and cells that cannot be read at all.
// These come before any rule: a finding built on a misread value would send the officer astray.
import type { Book, ReadIssue, SheetProblem } from '../books';
import { FILLED_DOWN, type TableKind } from '../recognize/headers';
import type { RuleId } from '../findings';
import { a1 } from '../grid';
import { text } from '../text';
import { finding, type Emit } from './context';
import { describeIssue } from './issues';

const PROBLEM_RULES: Record<SheetProblem['kind'], RuleId> = {
  'missing-column': 'book.missing-column',
  'too-large': 'book.missing-column',
  'legacy-encoding': 'book.legacy-encoding',
  'older-copy': 'book.older-copy',
  'other-list': 'book.other-list',
  'headerless-rows': 'book.headerless-rows',
};

export function reportProblems(problems: readonly SheetProblem[], emit: Emit): void {
  for (const p of problems) {
    const rule = PROBLEM_RULES[p.kind];
    const cells = p.cells?.length ? p.cells.map((x) => a1(x.r, x.c)) : [a1(p.r, p.c)];
    // An older copy left out, or rows that are another book's, are worth knowing: nothing is wrong in them.
    const severity = p.kind === 'older-copy' || p.kind === 'other-list' || p.kind === 'headerless-rows' ? 'info' : 'error';
    emit(finding(rule, severity, { kind: p.book ?? 'members', sheet: p.sheet }, undefined, p.cells?.length ? undefined : p.r, cells, p.message, p.fix));
  }
}

export function reportMergedCells(book: Book, emit: Emit): void {
  const columns = book.columns as Partial<Record<string, { c: number }>>;
  // A club column merged down over the club's rows is read for every row (a roll-up's grouping), as
  // is a borrower, a loan id or a date merged down over several loans or payments.
  const filled = new Set(['club', ...(FILLED_DOWN[book.kind as TableKind] ?? [])].map((f) => columns[f]?.c).filter((c) => c !== undefined));
  const read = Object.values(book.columns as Record<string, { c: number; right?: number } | undefined>).filter((c) => c !== undefined);
  for (const m of book.mergedData) {
    if (m.left === m.right && filled.has(m.left)) continue;
    // A merge over columns the book does not read (a household head's name, a code) hides nothing it checks.
    if (!read.some((c) => c.c <= m.right && (c.right ?? c.c) >= m.left)) continue;
    const range = `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
    emit(
      finding('book.merged-cells', 'warning', { kind: book.kind, sheet: book.sheet }, book.club, m.top, [a1(m.top, m.left)],
        text(
          `Các ô ${range} được gộp; chỉ đọc giá trị ở ô ${a1(m.top, m.left)}, các ô còn lại coi như trống.`,
          `Cells ${range} are merged; only ${a1(m.top, m.left)} is read, the other cells count as empty.`,
        ),
        text('Bỏ gộp ô (Merge & Center → Unmerge) và ghi giá trị cho từng dòng.', 'Unmerge the cells and write the value on each row.'),
      ),
    );
  }
}

/** A value in an optional column that no rule reads directly (a due date, a term) but that is unreadable. */
export function reportUnreadable(
  place: { kind: Book['kind'] | 'clubInfo'; sheet: string },
  club: string | undefined,
  r: number,
  issue: ReadIssue,
  emit: Emit,
): void {
  const d = describeIssue(issue);
  // A reason, when there is one, says on its own that the value cannot be read.
  const what = issue.detail || issue.kind === 'error-value' ? d : { vi: `không đọc được ${d.vi}`, en: `cannot read ${d.en}` };
  emit(
    finding('book.unreadable-value', 'warning', place, club, r, [a1(r, issue.c)],
      text(`Ô ${a1(r, issue.c)}: ${what.vi}.`, `Cell ${a1(r, issue.c)}: ${what.en}.`),
      issue.kind === 'legacy-encoding'
        ? text('Chuyển chữ sang Unicode (Unikey: Công cụ chuyển mã).', 'Convert the text to Unicode (Unikey: conversion tool).')
        : text('Ghi số bằng chữ số (ví dụ 500000 hoặc 500.000), ngày dạng ngày/tháng/năm.', 'Write numbers in digits (e.g. 500000 or 500.000) and dates as day/month/year.'),
    ),
  );
}
