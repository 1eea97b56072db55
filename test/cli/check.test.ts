import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_AS_OF, demoWorkbook } from '../../src/cli/demo';
import { writeWorkbook } from '../../src/workbook/file/write';
import { readXlsxFile } from '../../src/workbook/file/node';

const BIN = join(__dirname, '..', '..', 'bin', 'ishc.js');
const dir = mkdtempSync(join(tmpdir(), 'ishc-check-'));
const demo = join(dir, 'demo.xlsx');
writeFileSync(demo, writeWorkbook(demoWorkbook().workbook));

function ishc(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

/** Exit code 2 with one line on stderr, in both languages, and never a stack trace. */
function expectUnusable(r: ReturnType<typeof ishc>, ...words: string[]) {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toContain(' / ');
  for (const w of words) expect(r.stderr).toContain(w);
}

describe('ishc check', () => {
  it('prints the summary in English with --lang en and exits 1 on errors', () => {
    const r = ishc('check', demo, '--as-of', DEMO_AS_OF, '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Result: 10 errors, 3 warnings');
    expect(r.stdout).toContain('LOAN BOOK');
  });

  it('writes a --json result of megabytes whole before it exits, into a pipe', () => {
    // 4,000 members without a birth year: about 3 MB of findings, far more than a pipe holds.
    const rows = [['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'], ...Array.from({ length: 4000 }, (_, i) => [i + 1, `Nguyễn Thị Thành Viên ${i + 1}`, null, 'Nữ'])];
    const file = join(dir, 'big-result.xlsx');
    writeFileSync(file, writeWorkbook({ sheets: [{ name: 'DS', rows }] }));
    const r = spawnSync(process.execPath, [BIN, 'check', file, '--json', '--as-of', DEMO_AS_OF], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(1_000_000);
    const out = JSON.parse(r.stdout);
    expect(out.findings.filter((f: { rule: string }) => f.rule === 'member.birth-missing')).toHaveLength(4000);
  });

  it('exits 0 when there is no error-level finding', () => {
    const wb = demoWorkbook().workbook;
    const members = wb.sheets.find((s) => s.name === 'Danh sách thành viên');
    const clean = { sheets: [members!] };
    const file = join(dir, 'members-only.xlsx');
    writeFileSync(file, writeWorkbook(clean));
    // Members only, still with planted member errors: exit 1; the standard blank book has no rows: errors too.
    expect(ishc('check', file, '--as-of', DEMO_AS_OF).status).toBe(1);
  });

  it('writes a marked copy with --out and never overwrites the input', () => {
    const out = join(dir, 'marked.xlsx');
    const before = readFileSync(demo);
    const r = ishc('check', demo, '--as-of', DEMO_AS_OF, '--out', out);
    expect(r.status).toBe(1);
    expect(readFileSync(demo).equals(before)).toBe(true);
    const reread = readXlsxFile(out);
    expect(reread.ok).toBe(true);
    if (reread.ok) expect(reread.grids.sheets.map((s) => s.name)).toContain('Kết quả kiểm tra');
    expectUnusable(ishc('check', demo, '--out', demo), '--out');
  });

  it('reads a user profile file that extends a built-in one', () => {
    const file = join(dir, 'quy-che.json');
    writeFileSync(file, JSON.stringify({ extends: 'default', id: 'clb-phu-hoa', name: { vi: 'Quy chế CLB', en: 'Club regulation' }, loanRatePerMonth: { min: 0.5, max: 1.5 } }));
    const r = ishc('check', demo, '--as-of', DEMO_AS_OF, '--json', '--profile', file);
    const json = JSON.parse(r.stdout);
    expect(json.profile).toBe('clb-phu-hoa');
    // 1.2%/month is allowed by this club's own regulation; 9.6 is not.
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'loan.rate-out-of-range')).toHaveLength(1);
  });

  it('names the bad field of an invalid profile file', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ extends: 'default', womenShare: { min: 80, max: 60 } }));
    expectUnusable(ishc('check', demo, '--profile', file), 'womenShare');
    writeFileSync(file, '{ not json');
    expectUnusable(ishc('check', demo, '--profile', file), 'bad.json');
    expectUnusable(ishc('check', demo, '--profile', 'ha-noi'), 'ha-noi', 'vinh-long');
  });

  it('refuses unusable input with one clear line and exit code 2', () => {
    expectUnusable(ishc('check', join(dir, 'missing.xlsx')), 'missing.xlsx');
    const csv = join(dir, 'ds.xlsx');
    writeFileSync(csv, 'STT,Họ và tên,Năm sinh\n1,Nguyễn Thị Lan,1950\n');
    expectUnusable(ishc('check', csv));
    const empty = join(dir, 'empty.xlsx');
    writeFileSync(empty, writeWorkbook({ sheets: [{ name: 'Sheet1', rows: [] }] }));
    expectUnusable(ishc('check', empty), 'Sheet1');
    const notes = join(dir, 'notes.xlsx');
    writeFileSync(notes, writeWorkbook({ sheets: [{ name: 'Ghi chú', rows: [['Họp tháng 5'], ['Đi thăm bà Tư']] }] }));
    expectUnusable(ishc('check', notes), 'Ghi chú');
    expectUnusable(ishc('check', demo, '--as-of', '30/06/2025'), 'as-of');
    expectUnusable(ishc('check', demo, '--as-of', '2025-02-30'), '2025-02-30');
    expectUnusable(ishc('check', demo, '--lang', 'fr'));
    expectUnusable(ishc('chek', demo), 'chek');
  });

  it('lists the profiles and their thresholds', () => {
    const r = ishc('profiles');
    expect(r.status).toBe(0);
    for (const id of ['default', 'vinh-long', 'bac-kan', 'national-1336']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('0.6–1%/tháng');
    expect(JSON.parse(ishc('profiles', '--json').stdout)).toHaveLength(4);
  });

  it('writes the blank standard workbook, which the checker recognizes', () => {
    const file = join(dir, 'moi.xlsx');
    expect(ishc('new', file).status).toBe(0);
    expect(existsSync(file)).toBe(true);
    expectUnusable(ishc('new', file), 'moi.xlsx');
    const r = ishc('check', file, '--json', '--as-of', DEMO_AS_OF);
    const json = JSON.parse(r.stdout);
    expect(json.sheets.members).not.toBeNull();
    expect(json.sheets.loans).not.toBeNull();
    expect(json.sheets.cashbook).not.toBeNull();
    expect(json.summary.members).toBe(0);
  });
});

describe('ishc check on many files', () => {
  const batch = mkdtempSync(join(tmpdir(), 'ishc-batch-'));
  const sub = join(batch, 'xa-an-binh');
  beforeAll(() => {
    mkdirSync(sub);
    writeFileSync(join(batch, 'clb-a.xlsx'), writeWorkbook(demoWorkbook().workbook));
    writeFileSync(join(sub, 'clb-b.xlsx'), writeWorkbook(demoWorkbook().workbook));
    writeFileSync(join(sub, '~$clb-b.xlsx'), 'Excel lock file');
    writeFileSync(join(sub, 'clb-b.da-kiem-tra.xlsx'), 'a marked copy is not checked again');
  });

  it('checks every workbook of a folder and its subfolders, a line each, then the totals', () => {
    const r = ishc('check', batch, '--as-of', DEMO_AS_OF, '--lang', 'en');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, 2).map((l) => l.slice(l.lastIndexOf(' — ') + 3))).toEqual([join(batch, 'clb-a.xlsx'), join(sub, 'clb-b.xlsx')]);
    expect(lines[0]).toMatch(/^✖ CLB .* — 10 errors, 3 warnings \(/);
    expect(lines[lines.length - 1]).toContain('In all: 2 files — 0 without errors, 2 with errors, 0 unusable; 20 errors, 6 warnings.');
  });

  it('goes on past an unusable file, names it, and exits 2', () => {
    const broken = join(batch, 'hong.xlsx');
    writeFileSync(broken, 'STT;Họ và tên\n1;Lan\n');
    const r = ishc('check', batch, join(dir, 'missing.xlsx'), '--as-of', DEMO_AS_OF);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`CSV`);
    expect(r.stdout).toContain(`— ${broken}`);
    expect(r.stdout).toContain('missing.xlsx');
    expect(r.stdout).toContain('Tổng cộng: 4 tệp — 0 không có lỗi, 2 có lỗi, 2 không dùng được');
    unlinkSync(broken);
  });

  it('lists an old .xls in a folder as unusable, with what to do, rather than skipping it', () => {
    const old = join(sub, 'clb-c.xls');
    writeFileSync(old, Buffer.from('d0cf11e0a1b11ae1000000000000000000000000000000003e000300feff0900', 'hex'));
    const r = ishc('check', batch, '--as-of', DEMO_AS_OF, '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`old Excel format (.xls, Excel 97–2003)`);
    expect(r.stdout).toContain(`— ${old}`);
    unlinkSync(old);
  });

  it('prints one output object per line with --json', () => {
    const r = ishc('check', join(batch, 'clb-a.xlsx'), join(sub, 'clb-b.xlsx'), '--as-of', DEMO_AS_OF, '--json');
    const objects = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(objects.map((o) => o.workbook)).toEqual(['clb-a.xlsx', 'clb-b.xlsx']);
    expect(objects[0].summary).toMatchObject({ errors: 10, warnings: 3 });
  });

  it('refuses --out with several workbooks, and a folder without any', () => {
    expectUnusable(ishc('check', batch, '--out', join(dir, 'x.xlsx')), '--out');
    expectUnusable(ishc('check', mkdtempSync(join(tmpdir(), 'ishc-empty-')), '--as-of', DEMO_AS_OF), 'Excel');
  });
});
