// `ishc`: the checking engine on .xlsx files, for province staff, people without a recent Excel,
// and our own tests. Exit codes: 0 no error-level finding, 1 errors found, 2 input unusable.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkWorkbook, toJsonOutput, type CheckResult } from '../domain/check';
import { planMarks } from '../domain/marks';
import { BUILTIN_PROFILES, builtinProfile, type Profile } from '../domain/profiles';
import type { Lang, Text } from '../domain/text';
import { serialFromIso, serialFromYmd } from '../domain/values';
import { markXlsxNode, readXlsxBytes } from '../workbook/file/node';
import { standardWorkbookFile } from '../workbook/file/standard';
import { writeWorkbook } from '../workbook/file/write';
import { parseArgs, type CheckArgs } from './args';
import { DEMO_AS_OF, DEMO_FILE, demoWorkbook } from './demo';
import { BatchTally, formatBatchLine, formatBatchTotals, formatBatchUnusable, formatReport } from './report';

class Unusable extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
  }
}

const say = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const both = (t: Text) => `${t.vi} / ${t.en}`;

/** Progress on stderr, only once a step has taken more than a second (small files stay quiet). */
function progress(lang: Lang) {
  const start = Date.now();
  let shown = false;
  return (step: Text) => {
    if (!shown && Date.now() - start < 1000) return;
    shown = true;
    process.stderr.write(`… ${step[lang]} (${((Date.now() - start) / 1000).toFixed(1)} s)\n`);
  };
}

function todaySerial(): number {
  const d = new Date();
  return serialFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

async function loadProfile(spec: string): Promise<Profile> {
  const builtin = builtinProfile(spec);
  if (builtin) return builtin;
  if (!/\.json$/i.test(spec) && !existsSync(spec)) {
    throw new Unusable({
      vi: `Không có hồ sơ "${spec}". Hồ sơ có sẵn: ${BUILTIN_PROFILES.map((p) => p.id).join(', ')}, hoặc đường dẫn tới tệp .json`,
      en: `No profile "${spec}". Built-in profiles: ${BUILTIN_PROFILES.map((p) => p.id).join(', ')}, or a path to a .json file`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(spec, 'utf8'));
  } catch (e) {
    const why = e instanceof SyntaxError ? e.message : 'cannot be read';
    throw new Unusable({ vi: `Tệp hồ sơ ${spec} không đọc được (${why})`, en: `Profile file ${spec} cannot be read (${why})` });
  }
  // Loaded only for a profile file: validating one is the only job the CLI has for zod.
  const { parseProfile } = await import('../domain/profiles/parse');
  const parsed = parseProfile(json, basename(spec));
  if (!parsed.ok) throw new Unusable(parsed.error);
  return parsed.profile;
}

function asOfSerial(iso: string | undefined): number {
  if (!iso) return todaySerial();
  const s = serialFromIso(iso);
  if (s === undefined) throw new Unusable({ vi: `Ngày --as-of không hợp lệ: ${iso}`, en: `Invalid --as-of date: ${iso}` });
  return s;
}

function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new Unusable({ vi: `Không tìm thấy tệp ${path}`, en: `File not found: ${path}` });
    throw new Unusable({ vi: `Không mở được tệp ${path} (${code ?? 'lỗi'})`, en: `Cannot open ${path} (${code ?? 'error'})` });
  }
}

function runCheck(path: string, profile: Profile, asOf: number, lang: Lang): { result: CheckResult; bytes: Uint8Array } {
  const tick = progress(lang);
  const bytes = readInput(path);
  const read = readXlsxBytes(bytes, basename(path), { onProgress: () => tick({ vi: 'đang đọc tệp', en: 'reading the file' }) });
  if (!read.ok) throw new Unusable(read.reason);
  tick({ vi: 'đang kiểm tra', en: 'checking' });
  const result = checkWorkbook({ ...read.grids, name: basename(path) }, { profile, asOf });
  const hasBook = result.recognized.members.length + result.recognized.loans.length + result.recognized.cashbooks.length + result.recognized.repayments.length > 0;
  if (!hasBook && result.recognized.problems.length === 0) {
    const sheets = read.grids.sheets.map((s) => `"${s.name}"`).join(', ') || '—';
    throw new Unusable({
      vi: `Không nhận ra sổ nào (danh sách thành viên, sổ cho vay, sổ quỹ) trong ${basename(path)}; các trang: ${sheets}. Kiểm tra dòng tiêu đề cột (ví dụ "Họ và tên", "Năm sinh", "Giới tính").`,
      en: `No book (member list, loan book, cash book) recognized in ${basename(path)}; sheets: ${sheets}. Check the column header row (e.g. "Họ và tên", "Năm sinh", "Giới tính").`,
    });
  }
  for (const note of read.notes) process.stderr.write(`! ${both(note)}\n`);
  return { result, bytes };
}

function writeMarked(out: string, input: string, bytes: Uint8Array, result: CheckResult, lang: Lang): void {
  if (resolve(out) === resolve(input)) {
    throw new Unusable({ vi: '--out phải là một tệp mới, không ghi đè tệp gốc', en: '--out must be a new file; the input is never overwritten' });
  }
  const marked = markXlsxNode(
    bytes,
    planMarks(result.findings),
    result.findings.map((f) => ({ sheet: f.sheet, cells: f.cells, rule: f.rule, severity: f.severity, message: f.message[lang], fix: f.fix[lang] })),
  );
  writeFileSync(out, marked);
}

async function check(args: CheckArgs): Promise<number> {
  const profile = await loadProfile(args.profile);
  const asOf = asOfSerial(args.asOf);
  const files = workbooksIn(args.files);
  if (files.length === 1 && args.files.length === 1 && files[0] === args.files[0]) return checkOne(args, files[0], profile, asOf);
  if (args.out) throw new Unusable({ vi: '--out chỉ dùng khi kiểm tra một tệp', en: '--out takes a single workbook' });
  if (files.length === 0) {
    throw new Unusable({ vi: `Không có tệp Excel nào trong ${args.files.join(', ')}`, en: `No Excel workbook in ${args.files.join(', ')}` });
  }
  return checkMany(args, files, profile, asOf);
}

async function checkOne(args: CheckArgs, file: string, profile: Profile, asOf: number): Promise<number> {
  const { result, bytes } = await runCheck(file, profile, asOf, args.lang);
  if (args.out) writeMarked(args.out, file, bytes, result, args.lang);
  if (args.json) say(JSON.stringify(toJsonOutput(result), null, 2));
  else {
    say(formatReport(result, args.lang, profile.name[args.lang]));
    if (args.out) say(args.lang === 'vi' ? `\nĐã ghi bản có đánh dấu: ${args.out}` : `\nMarked copy written to ${args.out}`);
  }
  return result.summary.errors > 0 ? 1 : 0;
}

/**
 * Many club files (a province collecting them): one line each as it is checked, then the totals;
 * with --json one output object per line. The exit code is the worst of the files'.
 */
async function checkMany(args: CheckArgs, files: readonly string[], profile: Profile, asOf: number): Promise<number> {
  const tally = new BatchTally();
  for (const file of files) {
    try {
      const { result } = await runCheck(file, profile, asOf, args.lang);
      tally.add(result);
      say(args.json ? JSON.stringify(toJsonOutput(result)) : formatBatchLine(file, result, args.lang));
    } catch (e) {
      if (!(e instanceof Unusable)) throw e;
      tally.unusable++;
      say(args.json ? JSON.stringify({ workbook: basename(file), unusable: e.reason }) : formatBatchUnusable(file, e.reason, args.lang));
    }
  }
  if (!args.json) say(formatBatchTotals(tally, args.lang));
  return tally.unusable > 0 ? 2 : tally.withErrors > 0 ? 1 : 0;
}

const SPREADSHEET = /\.(?:xlsx|xlsm|xls|xlsb|ods)$/i;

/** The workbooks the arguments name: files as given, folders searched (their subfolders too). */
function workbooksIn(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // "~$…" is Excel's lock file of an open workbook; "….da-kiem-tra.xlsx" a marked copy of ours. An
      // old .xls or an .ods is listed too, to be reported as unusable with what to do, never skipped.
      else if (SPREADSHEET.test(entry.name) && !entry.name.startsWith('~$') && !/\.da-kiem-tra\.xlsx$/i.test(entry.name)) out.push(path);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A missing path is reported by the check itself, by name.
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}

function demo(dir: string, lang: Lang): number {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, DEMO_FILE);
  writeFileSync(file, writeWorkbook(demoWorkbook().workbook));
  const profile = builtinProfile('default') as Profile;
  const { result, bytes } = runCheck(file, profile, asOfSerial(DEMO_AS_OF), lang);
  const out = join(dir, DEMO_FILE.replace(/\.xlsx$/, '.da-kiem-tra.xlsx'));
  writeMarked(out, file, bytes, result, lang);
  say(
    lang === 'vi'
      ? `Sổ mẫu: ${file}\nBản đã đánh dấu lỗi: ${out}\nLệnh tương đương: ishc check ${file} --as-of ${DEMO_AS_OF}\n`
      : `Demo workbook: ${file}\nMarked copy: ${out}\nSame as: ishc check ${file} --as-of ${DEMO_AS_OF}\n`,
  );
  say(formatReport(result, lang, profile.name[lang]));
  return 0;
}

function profiles(lang: Lang, json: boolean): number {
  if (json) {
    say(JSON.stringify(BUILTIN_PROFILES, null, 2));
    return 0;
  }
  const band = (b: { min: number | null; max: number | null } | null) =>
    !b ? '—' : b.min !== null && b.max !== null ? `${b.min}–${b.max}%` : b.min !== null ? `≥ ${b.min}%` : `≤ ${b.max}%`;
  for (const p of BUILTIN_PROFILES) {
    say(`${p.id} — ${p.name[lang]}`);
    say(`  ${lang === 'vi' ? 'nguồn' : 'source'}: ${p.source}`);
    say(
      lang === 'vi'
        ? `  thành viên ${p.members.min}–${p.members.max} · NCT (từ ${p.olderAge} tuổi) ${band(p.olderShare)} · nữ ${band(p.womenShare)} · nghèo/cận nghèo/khó khăn ${band(p.poorShare)}`
        : `  members ${p.members.min}–${p.members.max} · older (${p.olderAge}+) ${band(p.olderShare)} · women ${band(p.womenShare)} · poor/near-poor/hardship ${band(p.poorShare)}`,
    );
    say(
      lang === 'vi'
        ? `  ban chủ nhiệm ${p.board.chair}+${p.board.viceChair}+${p.board.members} · TNV ≥ ${p.minVolunteers} · từng vay ${p.minBorrowerShare === null ? '—' : `≥ ${p.minBorrowerShare}%`} · lãi ${p.loanRatePerMonth.min}–${p.loanRatePerMonth.max}%/tháng · phí ${p.feePerMonth.min}–${p.feePerMonth.max} đ/tháng`
        : `  board ${p.board.chair}+${p.board.viceChair}+${p.board.members} · volunteers ≥ ${p.minVolunteers} · ever borrowed ${p.minBorrowerShare === null ? '—' : `≥ ${p.minBorrowerShare}%`} · interest ${p.loanRatePerMonth.min}–${p.loanRatePerMonth.max}%/month · fee ${p.feePerMonth.min}–${p.feePerMonth.max} đ/month`,
    );
    say(
      lang === 'vi'
        ? `  thời hạn tối đa ${p.maxLoanTermMonths ?? '—'} tháng · khoản vay tối đa ${p.maxLoan ? ('dong' in p.maxLoan ? `${p.maxLoan.dong} đ` : `${p.maxLoan.percentOfFund}% vốn quỹ`) : '—'} · một khoản vay một lúc: ${p.oneOutstandingLoanPerMember ? 'có' : 'không'}`
        : `  max term ${p.maxLoanTermMonths ?? '—'} months · max loan ${p.maxLoan ? ('dong' in p.maxLoan ? `${p.maxLoan.dong} đ` : `${p.maxLoan.percentOfFund}% of fund`) : '—'} · one loan at a time: ${p.oneOutstandingLoanPerMember ? 'yes' : 'no'}`,
    );
  }
  return 0;
}

const HELP: Text = {
  vi: `ishc — kiểm tra sổ sách CLB Liên thế hệ tự giúp nhau

  ishc check <sổ.xlsx> [--profile id|tệp.json] [--as-of YYYY-MM-DD] [--json] [--lang vi|en] [--out bản-mới.xlsx]
  ishc check <sổ.xlsx|thư-mục>...   nhiều tệp (cả thư mục): mỗi tệp một dòng, rồi tổng cộng
  ishc demo [thư-mục]     tạo sổ mẫu có lỗi cài sẵn, kiểm tra và in kết quả
  ishc new <tệp.xlsx>     tạo sổ chuẩn trống cho CLB mới
  ishc profiles [--json]  liệt kê các hồ sơ quy định

Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không dùng được tệp.`,
  en: `ishc — check the books of an Intergenerational Self-Help Club

  ishc check <book.xlsx> [--profile id|file.json] [--as-of YYYY-MM-DD] [--json] [--lang vi|en] [--out new.xlsx]
  ishc check <book.xlsx|folder>...  many files (whole folders): a line each, then the totals
  ishc demo [dir]         write a demo workbook with planted violations, check it, print the result
  ishc new <file.xlsx>    write the blank standard workbook for a new club
  ishc profiles [--json]  list the rule profiles

Exit codes: 0 no error, 1 errors found, 2 input unusable.`,
};

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`ishc: ${parsed.error}\n`);
    return 2;
  }
  const cmd = parsed.command;
  try {
    switch (cmd.command) {
      case 'help':
        say(HELP[cmd.lang]);
        return 0;
      case 'check':
        return await check(cmd);
      case 'demo':
        return demo(cmd.dir, cmd.lang);
      case 'new': {
        if (existsSync(cmd.file)) throw new Unusable({ vi: `Tệp ${cmd.file} đã có; chọn tên khác`, en: `${cmd.file} already exists; choose another name` });
        writeFileSync(cmd.file, standardWorkbookFile());
        say(cmd.lang === 'vi' ? `Đã tạo sổ chuẩn: ${cmd.file}` : `Standard workbook written: ${cmd.file}`);
        return 0;
      }
      case 'profiles':
        return profiles(cmd.lang, cmd.json);
    }
  } catch (e) {
    if (e instanceof Unusable) {
      process.stderr.write(`ishc: ${both(e.reason)}\n`);
      return 2;
    }
    // A bug, not bad input: still one line, no stack trace for the officer; ISHC_DEBUG shows it.
    if (process.env.ISHC_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    process.stderr.write(`ishc: lỗi không mong đợi / unexpected error: ${(e as Error).message}\n`);
    return 2;
  }
}
