// Pure planning for the add-in's notes in Excel (ExcelApi 1.18): given the notes a sheet has and the
// notes the check wants, which of ours to rewrite, which to delete and where to add. No Office.js
// here, so it is unit-testable on its own.
//
// Ours are told from the user's by their signature (isSignedNote). A user's note is never
// rewritten or deleted, and a marked cell that holds one gets no note of ours (a cell has one note).

import { type SheetNotes, isSignedNote, signedNote } from '../../domain/notes';

/** A note found on the sheet: its position in the sheet's NoteCollection, its text, its cell when located. */
export interface ExistingNote {
  readonly index: number;
  readonly content: string;
  /** "B7" (no sheet, no $); absent when the note was not located (nothing wanted on its sheet). */
  readonly address?: string;
}

export interface NoteWrites {
  /** Our notes whose text changes (indexes into the collection). */
  readonly updates: readonly { readonly index: number; readonly text: string }[];
  /** Our notes no longer wanted, highest index first: deleting one shifts the indexes after it. */
  readonly deletes: readonly number[];
  /** New notes of ours, on marked cells without any note. */
  readonly adds: readonly { readonly address: string; readonly text: string }[];
  /** Marked cells that carry our note once the writes are done. */
  readonly noted: number;
  /** Marked cells left without our note: the user's own note is there. */
  readonly userNotes: number;
}

/** Whether a sheet's existing notes must be located (their cells read) before planning its writes. */
export function needsLocations(existing: readonly ExistingNote[], wanted: SheetNotes | undefined): boolean {
  return existing.length > 0 && !!wanted && wanted.size > 0;
}

/**
 * The writes that turn a sheet's notes into: the user's notes untouched, ours exactly on the
 * `wanted` cells that hold no note of the user. Without `wanted`, every note of ours goes (clearing,
 * or a sheet no longer marked); then the notes need no address.
 */
export function noteWrites(existing: readonly ExistingNote[], wanted: SheetNotes | undefined): NoteWrites {
  const updates: { index: number; text: string }[] = [];
  const deletes: number[] = [];
  const adds: { address: string; text: string }[] = [];
  const taken = new Map<string, boolean>(); // cell → the note there is ours
  for (const n of existing) {
    const ours = isSignedNote(n.content);
    if (n.address !== undefined) taken.set(n.address, ours);
    if (!ours) continue;
    const want = n.address !== undefined ? wanted?.get(n.address) : undefined;
    if (!want) deletes.push(n.index);
    else if (n.content !== signedNote(want.text)) updates.push({ index: n.index, text: signedNote(want.text) });
  }
  let noted = 0;
  let userNotes = 0;
  for (const [address, note] of wanted ?? []) {
    const ours = taken.get(address);
    if (ours === false) userNotes++;
    else {
      noted++;
      if (ours === undefined) adds.push({ address, text: signedNote(note.text) });
    }
  }
  deletes.sort((a, b) => b - a);
  return { updates, deletes, adds, noted, userNotes };
}

/** "'Danh sách'!$D$6" → "D6": a located note's cell, as planNotes keys it. */
export function cellOfAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').toUpperCase();
}

/** UTF-8 bytes of a string (what it adds to a request body). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Request bytes of one note write: its object path and action (measured ~190 bytes for an add,
 * ~250 for a deletion through a collection item; 400 leaves room), plus its text as JSON.
 */
export function noteWriteBytes(text = ''): number {
  return 400 + utf8Bytes(JSON.stringify(text));
}

/** Request bytes of asking where one note is: item path, getLocation path, load (measured ~600). */
export const NOTE_LOCATE_BYTES = 700;
