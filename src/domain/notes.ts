// What the note on a marked cell says: every finding on that cell, its message and its fix. The
// marked copy of a file and the add-in (where Excel has notes) write the same text.

import { columnLetters, parseA1 } from './grid';

/** What a note says about one finding. */
export interface NoteFinding {
  readonly sheet: string;
  readonly cells: readonly string[];
  readonly severity: string;
  readonly message: string;
  readonly fix: string;
}

export interface CellNote {
  /** 0-based sheet row and column. */
  readonly r: number;
  readonly c: number;
  text: string;
}

/** One sheet's notes by A1 address. */
export type SheetNotes = Map<string, CellNote>;

/** Past this many notes a sheet gets no more: Excel slows down, and the findings sheet lists them all. */
export const MAX_NOTES_PER_SHEET = 2000;
/** A note longer than this is cut: it is a reminder, the findings sheet has the whole text. */
const MAX_NOTE_CHARS = 2000;

const MARK: Record<string, string> = { error: '✖', warning: '▲' };

export const NOTE_AUTHOR = 'Kiểm tra CLB (ISHC)';

/** Notes per sheet, one per marked cell, every finding on that cell in it. Info findings mark nothing. */
export function planNotes(findings: readonly NoteFinding[]): Map<string, SheetNotes> {
  const out = new Map<string, SheetNotes>();
  for (const f of findings) {
    const mark = MARK[f.severity];
    if (!mark) continue;
    let sheet = out.get(f.sheet);
    if (!sheet) out.set(f.sheet, (sheet = new Map()));
    const line = `${mark} ${f.message}\n→ ${f.fix}`;
    for (const address of f.cells) {
      const at = parseA1(address);
      if (!at) continue;
      const key = `${columnLetters(at.c)}${at.r + 1}`;
      const note = sheet.get(key);
      if (note) {
        if (!note.text.includes(line)) note.text += `\n\n${line}`;
      } else if (sheet.size < MAX_NOTES_PER_SHEET) sheet.set(key, { ...at, text: line });
    }
  }
  for (const sheet of out.values()) for (const note of sheet.values()) note.text = clip(note.text);
  return out;
}

function clip(text: string): string {
  return text.length > MAX_NOTE_CHARS ? text.slice(0, MAX_NOTE_CHARS - 1) + '…' : text;
}

/** A note's whole text as written in a cell: signed, so the add-in can tell its notes from the user's. */
export function signedNote(text: string): string {
  return `${NOTE_AUTHOR}:\n${text}`;
}

export function isSignedNote(content: string): boolean {
  return content.startsWith(`${NOTE_AUTHOR}:`);
}
