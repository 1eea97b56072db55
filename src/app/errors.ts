// What went wrong, in the pane's terms. Ports report problems as thrown errors (Office.js throws
// OfficeExtension.Error with a code; the memory port mimics the codes). The pane shows a message
// for each kind instead of the raw text.

export type ProblemKind = 'aborted' | 'changed' | 'protected' | 'payload' | 'other';

function field(e: unknown, name: string): string {
  if (typeof e !== 'object' || e === null || !(name in e)) return '';
  const v = (e as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : '';
}

export function problemKind(e: unknown): ProblemKind {
  const name = field(e, 'name');
  const code = field(e, 'code');
  if (name === 'AbortError' || code === 'AbortError') return 'aborted';
  if (code === 'WorkbookChanged' || name === 'WorkbookChangedError') return 'changed';
  if (code === 'AccessDenied' || code === 'SheetProtected' || /protect/i.test(field(e, 'message'))) return 'protected';
  if (/PayloadSizeLimitExceeded/.test(code)) return 'payload';
  return 'other';
}

export function problemText(e: unknown): string {
  const message = field(e, 'message');
  const code = field(e, 'code');
  if (message && code && !message.includes(code)) return `${message} (${code})`;
  return message || code || String(e);
}
