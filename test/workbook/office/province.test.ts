// Province scale: every request and response stays under 5 MB and the number of syncs grows with
// the payload (one per ~4 MB), not with rows or findings.

import { hash8 } from '../../../src/workbook/office/names';
import { personName, provincePlan, provinceWorkbook } from './fixtures';
import { withPort } from './harness';

const MB5 = 5 * 1024 * 1024;

describe.each(['1.7', '1.18'])('province workbook, ExcelApi %s', (api) => {
  it('reads 1.44 M cells and marks ~4,300 rows within the payload limits', async () => {
    const wb = provinceWorkbook();
    await withPort(wb, api, async (e) => {
      const grids = await e.port.read();
      const readStats = { ...e.env.host.stats };
      expect(grids.sheets.map((s) => [s.name, s.values.length, s.values[0].length])).toEqual([
        ['Thành viên', 20_001, 12],
        ['Cho vay', 100_001, 12],
      ]);
      expect(grids.sheets[1].values[100_000][3]).toBe(personName(300_000));
      expect(grids.sheets[1].formats![5][4]).toBe('dd/mm/yyyy');
      const readPayload = readStats.totalResponseBytes;
      expect(readStats.maxResponseBytes).toBeLessThan(MB5);
      expect(readStats.maxRequestBytes).toBeLessThan(MB5);
      expect(readStats.syncs).toBeLessThanOrEqual(Math.ceil(readPayload / 4e6) + 3);

      e.env.host.resetStats();
      const plan = provincePlan();
      await e.port.mark(plan);
      const markStats = e.env.host.stats;
      expect(markStats.maxRequestBytes).toBeLessThan(MB5);
      expect(markStats.maxResponseBytes).toBeLessThan(MB5);
      expect(markStats.syncs).toBeLessThanOrEqual(Math.ceil(markStats.totalRequestBytes / 4e6) + 2);
      const mask = wb.sheet('ISHC mask ' + hash8('Cho vay'));
      const marked = plan[0].marks;
      expect(marked.every((m) => mask.rows[m.r]?.[m.c]?.value === m.level)).toBe(true);
    });
  }, 120_000);
});

describe('a dense province plan', () => {
  it('writes a mask larger than one request in several syncs, each under 5 MB', async () => {
    const wb = provinceWorkbook();
    await withPort(wb, '1.7', async (e) => {
      await e.port.read();
      e.env.host.resetStats();
      const loans = [];
      for (let r = 1; r <= 100_000; r++) loans.push({ r, c: 0, level: 1 as const, rules: ['x'] }, { r, c: 11, level: 2 as const, rules: ['y'] });
      const members = [];
      for (let r = 1; r <= 20_000; r++) members.push({ r, c: 0, level: 2 as const, rules: ['x'] }, { r, c: 11, level: 1 as const, rules: ['y'] });
      await e.port.mark([
        { sheet: 'Cho vay', marks: loans },
        { sheet: 'Thành viên', marks: members },
      ]);
      const s = e.env.host.stats;
      expect(s.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(s.syncs).toBeGreaterThanOrEqual(3);
      expect(s.syncs).toBeLessThanOrEqual(Math.ceil(s.totalRequestBytes / 4e6) + 2);
      const mask = wb.sheet('ISHC mask ' + hash8('Cho vay'));
      expect([mask.rows[1]?.[0]?.value, mask.rows[100_000]?.[11]?.value, mask.rows[50_000]?.[5]]).toEqual([1, 2, undefined]);
    });
  }, 120_000);
});
