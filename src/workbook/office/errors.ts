// Errors the Office adapter throws on purpose. Each has a `code` the pane maps to a message
// (src/app/errors.ts); everything else is an OfficeExtension.Error from Excel with Excel's code.

/** The workbook changed between read() and mark(): sheets added, removed, renamed or resized. */
export class WorkbookChangedError extends Error {
  override readonly name = 'WorkbookChangedError';
  readonly code = 'WorkbookChanged';
  constructor(readonly sheets: readonly string[]) {
    super(`The workbook changed while it was being checked (${sheets.join(', ')}). Check again.`);
  }
}

/** A sheet whose used range is too large to read into memory (someone typed in XFD1048576). */
export class SheetTooLargeError extends Error {
  override readonly name = 'SheetTooLargeError';
  readonly code = 'SheetTooLarge';
  constructor(
    readonly sheet: string,
    readonly address: string,
  ) {
    super(`Sheet ${sheet} is too large to check in Excel (its used range is ${address}).`);
  }
}

/** The operation was cancelled through its AbortSignal (between two syncs). */
export class AbortError extends Error {
  override readonly name = 'AbortError';
  readonly code = 'AbortError';
  constructor() {
    super('The operation was cancelled.');
  }
}

/** Office.js is not loaded or the host is not Excel. */
export class OfficeUnavailableError extends Error {
  override readonly name = 'OfficeUnavailableError';
  readonly code = 'OfficeUnavailable';
  constructor() {
    super('Excel is not available (Office.js not loaded, or not running inside Excel).');
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError();
}

/** The code of an OfficeExtension.Error (or of our own errors). */
export function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
}
