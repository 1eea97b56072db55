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
  if (issue.detail) {
    // A reader's detail often quotes the value already: then it says everything on its own.
    const say = (d: string) => (d.includes(shown) && shown ? d : `${quoted}: ${d}`);
    return { vi: say(issue.detail.vi), en: say(issue.detail.en) };
  }
  return { vi: quoted, en: quoted };
}
