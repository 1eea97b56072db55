// One check, start to end: read (port) → check (engine) → plan marks and notes (domain) → mark (port).
// No rule logic here: the engine decides what is wrong, the domain where to mark it and what each
// cell's note says. This layer only decides what not to mark (acknowledged warnings, protected
// sheets), in which language the notes are written, and reports progress.

import { checkWorkbook, type CheckResult } from '../domain/check';
import type { SheetAssignment } from '../domain/books';
import type { Finding } from '../domain/findings';
import { planMarks, type MarkPlan } from '../domain/marks';
import { planNotes } from '../domain/notes';
import type { Profile } from '../domain/profiles';
import type { Lang } from '../domain/text';
import type { NotePlan, StoredState, WorkbookPort } from '../workbook/port';
import { skippedProtected, type AppPort } from './ports';
import { serialOfIso } from './dates';
import { problemKind, problemText } from './errors';

export interface CheckSettings {
  readonly profile: Profile;
  /** yyyy-mm-dd */
  readonly asOf: string;
  readonly assignment?: SheetAssignment;
  readonly acknowledged?: StoredState['acknowledged'];
  /** The pane's language: the notes on marked cells are written in it (default Vietnamese). */
  readonly lang?: Lang;
}

export type CheckPhase = 'reading' | 'checking' | 'marking';

export interface CheckProgress {
  readonly phase: CheckPhase;
  /** Cells read so far and in all (reading phase). */
  readonly done: number;
  readonly total: number;
}

export interface MarkOutcome {
  /** Marks were written (possibly without the protected sheets). */
  readonly marked: boolean;
  /** Sheets with findings that are protected: their cells were not marked. */
  readonly protectedSheets: readonly string[];
  /** Why marking failed, when it did. */
  readonly error?: string;
  /** Marked cells left without the add-in's note because the user's own note is there. */
  readonly userNotes?: number;
}

export interface CheckRun {
  readonly result: CheckResult;
  /** Every sheet of the workbook, in order (for the sheet → book list). */
  readonly sheetNames: readonly string[];
  /** Sheets that are protected (they take no marks). */
  readonly protectedNames: readonly string[];
  readonly plan: MarkPlan;
  readonly marks: MarkOutcome;
}

/** The key an acknowledgement is stored under: rule|sheet|cells. */
export function findingKey(f: Pick<Finding, 'rule' | 'sheet' | 'cells'>): string {
  return `${f.rule}|${f.sheet}|${f.cells.join(',')}`;
}

/** Only warnings and notes can be acknowledged; an error always needs a fix. */
export function isAcknowledged(f: Finding, acknowledged: StoredState['acknowledged']): boolean {
  return f.severity !== 'error' && !!acknowledged && findingKey(f) in acknowledged;
}

export async function runCheck(
  port: WorkbookPort,
  settings: CheckSettings,
  signal?: AbortSignal,
  onProgress?: (p: CheckProgress) => void,
): Promise<CheckRun> {
  const grids = await port.read({
    signal,
    onProgress: (p) => onProgress?.({ phase: 'reading', done: p.done, total: p.total }),
  });
  if (signal?.aborted) throw abortError();
  onProgress?.({ phase: 'checking', done: 0, total: 0 });
  const result = checkWorkbook(grids, {
    profile: settings.profile,
    asOf: serialOfIso(settings.asOf),
    assignment: settings.assignment,
  });
  if (signal?.aborted) throw abortError();

  const protectedNames = grids.sheets.filter((s) => s.protected).map((s) => s.name);
  onProgress?.({ phase: 'marking', done: 0, total: 0 });
  const { plan, marks } = await markFindings(port, result.findings, settings.acknowledged, protectedNames, settings.lang);
  return { result, sheetNames: grids.sheets.map((s) => s.name), protectedNames, plan, marks };
}

/**
 * What to mark: acknowledged warnings stay in the list but leave the sheet unmarked; protected
 * sheets cannot take marks (Excel refuses the write, AccessDenied), so they are left out and named.
 * The notes follow the marks: same findings, same sheets, one note per marked cell, in `lang`.
 */
export function planFor(
  findings: readonly Finding[],
  acknowledged: StoredState['acknowledged'],
  protectedNames: readonly string[],
  lang: Lang = 'vi',
): { plan: MarkPlan; notes: NotePlan; protectedSheets: string[] } {
  const locked = new Set(protectedNames);
  const marked = findings.filter((f) => !isAcknowledged(f, acknowledged));
  const fullPlan = planMarks(marked);
  const plan = fullPlan.filter((p) => !locked.has(p.sheet));
  return {
    plan,
    notes: notesFor(marked, plan, lang),
    protectedSheets: fullPlan.filter((p) => locked.has(p.sheet) && p.marks.length).map((p) => p.sheet),
  };
}

/** The notes of the marked findings on the sheets of `plan`, their message and fix in one language. */
function notesFor(findings: readonly Finding[], plan: MarkPlan, lang: Lang): NotePlan {
  const sheets = new Set(plan.map((p) => p.sheet));
  return planNotes(
    findings
      .filter((f) => sheets.has(f.sheet))
      .map((f) => ({ sheet: f.sheet, cells: f.cells, severity: f.severity, message: f.message[lang], fix: f.fix[lang] })),
  );
}

/** Replaces the workbook's marks and notes; a failure to mark is an outcome to show, not a crash. */
export async function markFindings(
  port: WorkbookPort,
  findings: readonly Finding[],
  acknowledged: StoredState['acknowledged'],
  protectedNames: readonly string[],
  lang: Lang = 'vi',
): Promise<{ plan: MarkPlan; marks: MarkOutcome }> {
  const { plan, notes, protectedSheets } = planFor(findings, acknowledged, protectedNames, lang);
  try {
    await port.mark(plan, notes);
    // A sheet protected after the read is skipped by the adapter rather than failed.
    const skipped = skippedProtected(port as AppPort).filter((s) => !protectedSheets.includes(s));
    const userNotes = (port as AppPort).lastMark?.notes?.userNotes ?? 0;
    return { plan, marks: { marked: true, protectedSheets: [...protectedSheets, ...skipped], ...(userNotes > 0 ? { userNotes } : {}) } };
  } catch (e) {
    if (problemKind(e) === 'changed') throw e;
    return { plan, marks: { marked: false, protectedSheets, error: problemText(e) } };
  }
}

function abortError(): Error {
  const e = new Error('The check was cancelled.');
  e.name = 'AbortError';
  return e;
}
