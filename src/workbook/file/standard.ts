// The blank standard workbook (.xlsx) built from the plain description in domain/standardBooks.

import { columnLetters } from '../../domain/grid';
import { STANDARD_BOOKS, type StandardSheet } from '../../domain/standardBooks';
import { writeWorkbook, type NewCell, type NewSheet, type NewWorkbook } from './write';
import type { DeflateRaw } from './zip';

function sheetOf(book: StandardSheet): NewSheet {
  const width = book.columns.length;
  const rows: NewCell[][] = [];
  const merges: string[] = [];
  book.title.forEach((t, i) => {
    rows[i] = [{ v: t, bold: true, align: 'center' }];
    if (width > 1) merges.push(`A${i + 1}:${columnLetters(width - 1)}${i + 1}`);
  });
  for (let i = 0; i < book.headerRow; i++) rows[i] ??= [];
  rows[book.headerRow] = book.columns.map((c) => ({ v: c.header, bold: true, wrap: true, align: 'center', border: true }));
  const first = book.headerRow + 1;
  for (let k = 0; k < book.blankRows; k++) {
    const field = book.fields?.[k];
    rows[first + k] = book.columns.map((c, ci) => {
      if (field && ci === 0) return { v: field.label, fmt: '@', border: true };
      return { v: null, fmt: field && ci === 1 ? field.format : c.format, border: true };
    });
  }
  const validations: { range: string; list: string[] }[] = [];
  const lastRow = first + book.blankRows; // 1-based last prepared row
  book.columns.forEach((c, ci) => {
    if (c.list && !book.fields) validations.push({ range: `${columnLetters(ci)}${first + 1}:${columnLetters(ci)}${lastRow}`, list: [...c.list] });
  });
  book.fields?.forEach((f, k) => {
    if (f.list) validations.push({ range: `B${first + 1 + k}`, list: [...f.list] });
  });
  return {
    name: book.name,
    rows,
    widths: book.columns.map((c) => c.width),
    merges,
    freezeRows: book.freezeRows || undefined,
    validations,
    print: { landscape: book.print.landscape, fitToWidth: book.print.fitToWidth, repeatRows: book.print.repeatRows },
  };
}

export function standardWorkbook(): NewWorkbook {
  return { sheets: STANDARD_BOOKS.map(sheetOf) };
}

export function standardWorkbookFile(opts: { deflateRaw?: DeflateRaw } = {}): Uint8Array {
  return writeWorkbook(standardWorkbook(), opts);
}
