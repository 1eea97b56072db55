import { spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_AS_OF, DEMO_FILE, demoWorkbook } from '../../src/cli/demo';

// Runs the built CLI (npm test builds first), as a user would.
const BIN = join(__dirname, '..', '..', 'bin', 'ishc.js');

function ishc(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

describe('ishc demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ishc-demo-'));
  const run = ishc('demo', dir);

  it('writes the demo workbook and a marked copy, and prints the result in Vietnamese', () => {
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, DEMO_FILE))).toBe(true);
    expect(run.stdout).toContain('Kết quả: 10 lỗi, 3 cảnh báo');
    expect(run.stdout).toContain('DANH SÁCH THÀNH VIÊN');
  });

  it('finds every planted violation and nothing else', () => {
    const check = ishc('check', join(dir, DEMO_FILE), '--json', '--as-of', DEMO_AS_OF);
    expect(check.status).toBe(1);
    const json = JSON.parse(check.stdout);
    const found = json.findings
      .filter((f: { severity: string }) => f.severity !== 'info')
      .map((f: { rule: string; sheet: string; cells: string[] }) => `${f.rule} ${f.sheet} ${f.cells.join(',')}`)
      .sort();
    const planted = demoWorkbook()
      .planted.map((p) => `${p.rule} ${p.sheet} ${p.cells.join(',')}`)
      .sort();
    expect(found).toEqual(planted);
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'info')).toEqual([]);
  });

  it('prints exactly the JSON contract of RULES.md', () => {
    const json = JSON.parse(ishc('check', join(dir, DEMO_FILE), '--json', '--as-of', DEMO_AS_OF, '--profile', 'vinh-long').stdout);
    expect(Object.keys(json)).toEqual(['workbook', 'profile', 'asOf', 'sheets', 'findings', 'summary']);
    expect(json.profile).toBe('vinh-long');
    expect(json.asOf).toBe('2025-06-30');
    expect(json.sheets).toEqual({ members: 'Danh sách thành viên', loans: 'Sổ cho vay', cashbook: 'Sổ quỹ', clubInfo: 'Thông tin CLB' });
    for (const f of json.findings) {
      expect(Object.keys(f).filter((k) => !['club', 'row'].includes(k))).toEqual(['rule', 'severity', 'sheet', 'cells', 'message', 'fix']);
      expect(typeof f.message.vi).toBe('string');
      expect(typeof f.fix.en).toBe('string');
    }
    expect(Object.keys(json.summary)).toEqual(['errors', 'warnings', 'info', 'members', 'loans']);
    expect(json.summary).toMatchObject({ members: 58, loans: 36 });
  });
});
