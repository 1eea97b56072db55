// The one interface the app talks to, whatever holds the workbook: Excel (office/), memory (tests,
// browser demo) or an .xlsx file (file/). Domain code never sees it; it gets plain grids.

import type { WorkbookGrids } from '../domain/grid';
import type { MarkPlan } from '../domain/marks';
import type { SheetNotes } from '../domain/notes';

/** The notes to put on marked cells, per sheet (planNotes): what is wrong there and how to fix it. */
export type NotePlan = ReadonlyMap<string, SheetNotes>;

export interface ReadProgress {
  /** Cells read so far and in all. */
  readonly done: number;
  readonly total: number;
}

/** The add-in's own state, stored in the workbook so the file carries its setup (DESIGN.md). */
export interface StoredState {
  readonly version: 1;
  readonly profileId?: string;
  readonly asOf?: string;
  /** Sheet name → book kind chosen by the user when the guess was wrong. */
  readonly assignment?: Readonly<Record<string, string>>;
  /** Acknowledged warnings: key = rule|sheet|cells, value = the reason given. */
  readonly acknowledged?: Readonly<Record<string, { reason: string; at: string }>>;
}

export interface WorkbookPort {
  /** Every sheet's used range with values and number formats. */
  read(options?: { onProgress?: (p: ReadProgress) => void; signal?: AbortSignal }): Promise<WorkbookGrids>;
  /**
   * Replaces the add-in's marks with these (checking twice never stacks marks). Where the workbook
   * has notes (Excel: ExcelApi 1.18), the marked cells also get `notes`; without them the add-in's
   * old notes go. Adapters without notes ignore them.
   */
  mark(plan: MarkPlan, notes?: NotePlan): Promise<void>;
  /** Removes only the add-in's marks and notes; the workbook is as it was before the first mark. */
  clearMarks(): Promise<void>;
  /** Activates the sheet, then selects the cells (A1 addresses). */
  select(sheet: string, cells: readonly string[]): Promise<void>;
  loadState(): Promise<StoredState | undefined>;
  saveState(state: StoredState): Promise<void>;
}
