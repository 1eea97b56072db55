// The readable summary `ishc check` prints: the findings grouped as the task pane groups them
// (reading problems, then book by book, rule by rule, worst first), with the pane's titles.
import { groupFindings } from '../app/present';
import type { CheckResult } from '../domain/check';
import type { Finding } from '../domain/findings';
import type { Lang } from '../domain/text';
import { counted } from '../domain/rules/format';
import { formatDateVi, serialFromIso } from '../domain/values';
import { messages } from '../i18n/messages';

const MARK = { error: '✖', warning: '▲', info: 'ℹ' } as const;
const MAX_PER_RULE = 20;

function sheetList(v: string | string[] | null, lang: Lang): string {
  if (v === null) return lang === 'vi' ? '(không có)' : '(none)';
  return (Array.isArray(v) ? v : [v]).map((s) => `"${s}"`).join(', ');
}

export function formatReport(result: CheckResult, lang: Lang, profileName: string): string {
  const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const m = messages(lang);
  const out: string[] = [];
  const asOf = serialFromIso(result.asOf);
  out.push(`${L('Sổ', 'Workbook')}: ${result.workbook}`);
  out.push(`${L('Hồ sơ quy định', 'Profile')}: ${result.profile} — ${profileName}   ${L('Ngày báo cáo', 'As of')}: ${asOf !== undefined ? formatDateVi(asOf) : result.asOf}`);
  out.push(
    `${L('Đã nhận ra', 'Recognized')}: ${m.book.members} ${sheetList(result.sheets.members, lang)}; ${m.book.loans} ${sheetList(result.sheets.loans, lang)}; ${m.book.cashbook} ${sheetList(result.sheets.cashbook, lang)}; ${m.book.clubInfo} ${sheetList(result.sheets.clubInfo, lang)}`,
  );
  const s = result.summary;
  out.push(
    L(
      `Kết quả: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.info} lưu ý — đã kiểm tra ${s.members} thành viên · ${s.loans} khoản vay`,
      `Result: ${counted(s.errors, 'error', 'errors')}, ${counted(s.warnings, 'warning', 'warnings')}, ${counted(s.info, 'note', 'notes')} — checked ${counted(s.members, 'member', 'members')} · ${counted(s.loans, 'loan', 'loans')}`,
    ),
  );
  for (const c of result.clubs) {
    const share = (n: number) => (c.active ? `${((100 * n) / c.active).toFixed(1).replace('.', lang === 'vi' ? ',' : '.')}%` : '—');
    out.push(
      L(
        `  ${c.club}: ${c.active} thành viên đang sinh hoạt · NCT ${c.older} (${share(c.older)}) · nữ ${c.women} (${share(c.women)}) · nghèo/cận nghèo/khó khăn ${c.disadvantaged} (${share(c.disadvantaged)}) · TNV ${c.volunteers} · từng vay ${c.borrowersEver} (${share(c.borrowersEver)})`,
        `  ${c.club}: ${c.active} active members · older ${c.older} (${share(c.older)}) · women ${c.women} (${share(c.women)}) · disadvantaged ${c.disadvantaged} (${share(c.disadvantaged)}) · volunteers ${c.volunteers} · ever borrowed ${c.borrowersEver} (${share(c.borrowersEver)})`,
      ),
    );
  }
  if (result.findings.length === 0) {
    out.push('', L('Không có lỗi nào. Sổ sách đạt yêu cầu.', 'No findings. The books meet the rules.'));
    return out.join('\n');
  }
  for (const group of groupFindings(result.findings, undefined)) {
    const title = group.group === 'reading' ? m.readingGroup : m.book[group.group];
    const sheets = [...new Set(group.rules.flatMap((r) => r.items.map((i) => i.finding.sheet)))];
    out.push('', `${title.toUpperCase()} — ${sheets.map((n) => `"${n}"`).join(', ')}`);
    for (const rule of group.rules) {
      out.push(`  ${MARK[rule.severity]} ${m.rule[rule.rule]} [${rule.rule}] (${rule.items.length})`);
      for (const { finding } of rule.items.slice(0, MAX_PER_RULE)) out.push(...findingLines(finding, sheets.length > 1, lang));
      if (rule.items.length > MAX_PER_RULE) out.push(L(`     … và ${rule.items.length - MAX_PER_RULE} dòng nữa (xem --json)`, `     … and ${rule.items.length - MAX_PER_RULE} more (see --json)`));
    }
  }
  return out.join('\n');
}

/** A finding's cells (with its sheet when the group spans several), message and fix. */
function findingLines(f: Finding, withSheet: boolean, lang: Lang): string[] {
  const cells = f.cells.slice(0, 4).join(', ') + (f.cells.length > 4 ? ' …' : '');
  const where = withSheet && cells ? `${f.sheet}!${cells}` : cells;
  const pad = Math.max(10, where.length);
  return [`     ${where.padEnd(pad)} ${f.message[lang]}`, `     ${''.padEnd(pad)} → ${f.fix[lang]}`];
}

/** What a batch of files came to. */
export class BatchTally {
  files = 0;
  withErrors = 0;
  errors = 0;
  warnings = 0;
  unusable = 0;
  add(result: CheckResult): void {
    this.files++;
    if (result.summary.errors > 0) this.withErrors++;
    this.errors += result.summary.errors;
    this.warnings += result.summary.warnings;
  }
}

const MAX_RULES_IN_LINE = 4;

/** One file of a batch: its club(s), its counts and its commonest rules, its path. */
export function formatBatchLine(file: string, result: CheckResult, lang: Lang): string {
  const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const s = result.summary;
  const clubs = result.clubs.length === 1 ? result.clubs[0].club : result.clubs.length > 1 ? L(`${result.clubs.length} CLB`, `${result.clubs.length} clubs`) : '—';
  const mark = s.errors > 0 ? MARK.error : s.warnings > 0 ? MARK.warning : '✔';
  const counts = new Map<string, number>();
  for (const f of result.findings) if (f.severity !== 'info') counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const rules = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = rules.slice(0, MAX_RULES_IN_LINE).map(([rule, n]) => `${rule} ×${n}`).join(', ') + (rules.length > MAX_RULES_IN_LINE ? ', …' : '');
  const verdict =
    s.errors + s.warnings === 0 ? L('đạt', 'passes') : L(`${s.errors} lỗi, ${s.warnings} cảnh báo (${top})`, `${counted(s.errors, 'error', 'errors')}, ${counted(s.warnings, 'warning', 'warnings')} (${top})`);
  return `${mark} ${clubs} — ${verdict} — ${file}`;
}

export function formatBatchUnusable(file: string, reason: { vi: string; en: string }, lang: Lang): string {
  return `? ${lang === 'vi' ? 'không dùng được' : 'unusable'}: ${reason[lang]} — ${file}`;
}

export function formatBatchTotals(t: BatchTally, lang: Lang): string {
  const passed = t.files - t.withErrors;
  return lang === 'vi'
    ? `\nTổng cộng: ${t.files + t.unusable} tệp — ${passed} không có lỗi, ${t.withErrors} có lỗi, ${t.unusable} không dùng được; ${t.errors} lỗi, ${t.warnings} cảnh báo. Xem chi tiết một tệp: ishc check <tệp>`
    : `\nIn all: ${t.files + t.unusable} files — ${passed} without errors, ${t.withErrors} with errors, ${t.unusable} unusable; ${t.errors} errors, ${t.warnings} warnings. Details of one file: ishc check <file>`;
}
