// The port the pane talks to: the WorkbookPort plus the optional capabilities an adapter may have.

import type { WorkbookPort } from '../workbook/port';

export interface AppPort extends WorkbookPort {
  /** Adds blank standard books (member list, loan book, cash book, club information); optional. */
  insertStandardBooks?: () => Promise<unknown>;
  /**
   * What the last mark() did, where the adapter reports it: sheets it skipped (e.g. protected), and
   * marked cells a user's own note kept the add-in's note off.
   */
  readonly lastMark?: {
    readonly skipped: readonly { readonly sheet: string; readonly reason: string }[];
    readonly notes?: { readonly userNotes: number };
  };
}

/** Sheets the adapter says it could not mark because they are protected. */
export function skippedProtected(port: AppPort): string[] {
  return (port.lastMark?.skipped ?? []).filter((s) => s.reason === 'protected').map((s) => s.sheet);
}

/** Names of the sheets an insertStandardBooks call reports, whatever shape the adapter returns. */
export function insertedNames(result: unknown): string[] {
  if (Array.isArray(result)) return result.filter((x): x is string => typeof x === 'string');
  if (result && typeof result === 'object') {
    for (const k of ['inserted', 'sheets', 'names']) {
      const v = (result as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' && 'name' in x ? String((x as { name: unknown }).name) : '')).filter(Boolean);
    }
  }
  return [];
}
