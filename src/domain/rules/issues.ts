import type { ReadIssue } from '../books';
import { isCellError } from '../grid';
import type { Text } from '../text';

const MAX_SHOWN = 40;

/** The raw value as the officer sees it, quoted, plus why it could not be read. */
export function describeIssue(issue: ReadIssue): Text {
  const raw = issue.raw;
  let shown: string;
  if (raw === null || raw === undefined) shown = '';
  else if (isCellError(raw)) shown = raw.error;
  else shown = String(raw);
  if (shown.length > MAX_SHOWN) shown = `${shown.slice(0, MAX_SHOWN)}…`;
  const quoted = `"${shown}"`;
  if (issue.kind === 'error-value') {
    return { vi: `${quoted} (công thức bị lỗi)`, en: `${quoted} (a formula error)` };
  }
  if (issue.detail) return { vi: `${quoted} (${issue.detail.vi})`, en: `${quoted} (${issue.detail.en})` };
  return { vi: quoted, en: quoted };
}
