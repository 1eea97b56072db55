/** The app layer between pane and port: runCheck, acknowledgements, grouping, settings, host detection. */
import { findingKey, markFindings, planFor, runCheck, type CheckProgress } from '../../src/app/checkService';
import { displayDate, isIsoDate, isoOfSerial, serialOfIso } from '../../src/app/dates';
import { problemKind } from '../../src/app/errors';
import { insertedNames } from '../../src/app/ports';
import { countFindings, groupFindings, shareBars } from '../../src/app/present';
import { settingsOf } from '../../src/app/settings';
import type { Finding } from '../../src/domain/findings';
import { isSignedNote } from '../../src/domain/notes';
import { BUILTIN_PROFILES } from '../../src/domain/profiles';
import { MESSAGES } from '../../src/i18n/messages';
import { detectHost } from '../../src/workbook/office/host';
import { createDemoWorkbook, SAMPLE_AS_OF, SAMPLE_SHEETS } from '../../src/workbook/memory/sample';

const profile = BUILTIN_PROFILES.find((p) => p.id === 'vinh-long')!;

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'loan.overdue',
    severity: 'warning',
    sheet: 'Sổ cho vay',
    book: 'loans',
    row: 8,
    cells: ['H8'],
    message: { vi: 'Quá hạn', en: 'Overdue' },
    fix: { vi: 'Thu nợ', en: 'Collect' },
    ...over,
  };
}

describe('runCheck', () => {
  it('reads with progress, checks, and marks the cells the findings name', async () => {
    const wb = createDemoWorkbook({});
    const progress: CheckProgress[] = [];
    const run = await runCheck(wb, { profile, asOf: SAMPLE_AS_OF }, undefined, (p) => progress.push(p));
    expect(progress[0].phase).toBe('reading');
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['reading', 'checking', 'marking']));
    const lastRead = progress.filter((p) => p.phase === 'reading').pop()!;
    expect(lastRead.done).toBe(lastRead.total);
    expect(run.sheetNames).toEqual(Object.values(SAMPLE_SHEETS));
    expect(run.result.summary.members).toBe(58);
    expect(run.result.summary.loans).toBe(40);
    expect(run.marks).toEqual({ marked: true, protectedSheets: [] });
    expect(wb.marks).toEqual(run.plan);
    expect(run.plan.length).toBeGreaterThan(0);
  });

  it('puts a note on every marked cell, in the pane language', async () => {
    const wb = createDemoWorkbook({});
    const run = await runCheck(wb, { profile, asOf: SAMPLE_AS_OF, lang: 'en' });
    const noted = [...wb.notes].flatMap(([sheet, cells]) => [...cells.keys()].map((cell) => `${sheet}!${cell}`)).sort();
    const marked = run.plan.flatMap((p) => p.marks.map((m) => `${p.sheet}!${String.fromCharCode(65 + m.c)}${m.r + 1}`)).sort();
    expect(noted).toEqual(marked);
    const f = run.result.findings.find((x) => x.severity === 'error' && x.cells.length === 1)!;
    const note = wb.notes.get(f.sheet)!.get(f.cells[0])!;
    expect(note.text).toContain(`✖ ${f.message.en}\n→ ${f.fix.en}`);
    expect(note.text).not.toContain(f.message.vi);
    // Vietnamese by default; the port signs the text when it writes it.
    await runCheck(wb, { profile, asOf: SAMPLE_AS_OF });
    expect(wb.notes.get(f.sheet)!.get(f.cells[0])!.text).toContain(`✖ ${f.message.vi}`);
    expect(isSignedNote(wb.notes.get(f.sheet)!.get(f.cells[0])!.text)).toBe(false);
  });

  it('is cancelled by the signal before anything is marked', async () => {
    const wb = createDemoWorkbook({ readDelayMs: 20 });
    const controller = new AbortController();
    const p = runCheck(wb, { profile, asOf: SAMPLE_AS_OF }, controller.signal);
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(wb.marks).toEqual([]);
  });

  it('reports a mark failure as an outcome, not a crash', async () => {
    const wb = createDemoWorkbook({});
    wb.mark = async () => {
      throw Object.assign(new Error('Request payload too large'), { code: 'RequestPayloadSizeLimitExceeded' });
    };
    const run = await runCheck(wb, { profile, asOf: SAMPLE_AS_OF });
    expect(run.marks.marked).toBe(false);
    expect(run.marks.error).toContain('RequestPayloadSizeLimitExceeded');
  });
});

describe('acknowledged warnings', () => {
  const warning = finding({});
  const error = finding({ rule: 'loan.rate-out-of-range', severity: 'error', cells: ['F8'] });
  const ack = { [findingKey(warning)]: { reason: 'gia hạn', at: '2025-07-01' }, [findingKey(error)]: { reason: 'x', at: '2025-07-01' } };

  it('are keyed rule|sheet|cells', () => {
    expect(findingKey(finding({ cells: ['H8', 'I8'] }))).toBe('loan.overdue|Sổ cho vay|H8,I8');
  });

  it('leave the sheet unmarked; errors cannot be acknowledged', () => {
    const { plan } = planFor([warning, error], ack, []);
    expect(plan).toEqual([{ sheet: 'Sổ cho vay', marks: [{ r: 7, c: 5, level: 2, rules: ['loan.rate-out-of-range'] }] }]);
  });

  it('are counted apart from the warnings still to look at, and shown with their reason', () => {
    const result = { findings: [warning, error], summary: { errors: 1, warnings: 1, info: 0, members: 58, loans: 40 } };
    const counts = countFindings(result as never, ack);
    expect(counts).toMatchObject({ errors: 1, warnings: 0, acknowledged: 1 });
    const groups = groupFindings([warning, error], ack);
    expect(groups.map((g) => g.group)).toEqual(['loans']);
    expect(groups[0].rules.map((r) => r.rule)).toEqual(['loan.rate-out-of-range', 'loan.overdue']);
    expect(groups[0].rules[1].items[0].acknowledged?.reason).toBe('gia hạn');
    expect(groups[0].rules[0].items[0].acknowledged).toBeUndefined();
  });

  it('leave their cells without a note; other findings on the same sheet keep theirs', async () => {
    const { notes } = planFor([warning, error], ack, [], 'en');
    expect([...notes.get('Sổ cho vay')!.keys()]).toEqual(['F8']);
    expect(notes.get('Sổ cho vay')!.get('F8')!.text).toBe('✖ Overdue\n→ Collect');
    const wb = createDemoWorkbook({});
    await markFindings(wb, [warning, error], ack, [], 'vi');
    expect(wb.notes.get('Sổ cho vay')!.get('F8')!.text).toBe('✖ Quá hạn\n→ Thu nợ');
    expect(wb.notes.get('Sổ cho vay')!.has('H8')).toBe(false);
  });

  it('protected sheets are left out of the plan and named', () => {
    const { plan, protectedSheets } = planFor([error, finding({ sheet: 'DS', book: 'members', rule: 'member.name-missing', severity: 'error', cells: ['B7'] })], undefined, ['Sổ cho vay']);
    expect(plan.map((p) => p.sheet)).toEqual(['DS']);
    expect(protectedSheets).toEqual(['Sổ cho vay']);
    expect([...planFor([error], undefined, ['Sổ cho vay']).notes.keys()]).toEqual([]);
  });
});

describe('grouping', () => {
  it('puts sheet-level reading problems first, then books in a fixed order', () => {
    const groups = groupFindings(
      [
        finding({ rule: 'fund.overdrawn', book: 'cashbook', sheet: 'Quỹ', severity: 'error' }),
        finding({ rule: 'member.name-missing', book: 'members', sheet: 'DS', severity: 'error' }),
        finding({ rule: 'book.missing-column', book: 'members', sheet: 'DS2', severity: 'error' }),
        finding({ rule: 'book.unreadable-value', book: 'loans', severity: 'error' }),
      ],
      undefined,
    );
    expect(groups.map((g) => g.group)).toEqual(['reading', 'members', 'loans', 'cashbook']);
  });
});

describe('composition bars', () => {
  it('gives each share its band and a status in words, not colour', () => {
    const bars = shareBars({ club: 'CLB', active: 58, older: 38, women: 45, disadvantaged: 36, volunteers: 5, borrowersEver: 20 } as never, profile);
    expect(bars.map((b) => [b.what, Math.round(b.percent * 10) / 10, b.status])).toEqual([
      ['older', 65.5, 'low'],
      ['women', 77.6, 'high'],
      ['disadvantaged', 62.1, 'ok'],
      ['borrowers', 34.5, 'none'],
    ]);
    expect(bars[0].band).toEqual({ min: 70, max: null });
  });
});

describe('settings stored in the workbook', () => {
  it('falls back to the default profile and today for anything unknown', () => {
    expect(settingsOf(undefined, '2025-07-01')).toMatchObject({ asOf: '2025-07-01', assignment: {} });
    expect(settingsOf(undefined).profile.id).toBe('default');
    const s = settingsOf({ version: 1, profileId: 'nope', asOf: '2025-02-30', assignment: { A: 'loans', B: 'cows' } }, '2025-07-01');
    expect(s.profile.id).toBe('default');
    expect(s.asOf).toBe('2025-07-01');
    expect(s.assignment).toEqual({ A: 'loans' });
    expect(settingsOf({ version: 1, profileId: 'bac-kan', asOf: '2025-06-30' }).profile.id).toBe('bac-kan');
  });

  it('converts dates between the date input, Excel serials and dd/mm/yyyy', () => {
    expect(serialOfIso('2025-06-30')).toBe(45838);
    expect(isoOfSerial(45838)).toBe('2025-06-30');
    expect(displayDate('2025-06-30')).toBe('30/06/2025');
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});

describe('errors and capabilities', () => {
  it('tells cancel, edits during a check, protection and payload limits apart', () => {
    expect(problemKind(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe('aborted');
    expect(problemKind({ code: 'WorkbookChanged', message: 'x' })).toBe('changed');
    expect(problemKind({ code: 'AccessDenied', message: 'x' })).toBe('protected');
    expect(problemKind({ code: 'ResponsePayloadSizeLimitExceeded', message: 'x' })).toBe('payload');
    expect(problemKind(new Error('boom'))).toBe('other');
  });

  it('reads inserted sheet names from whatever the adapter returns', () => {
    expect(insertedNames(['A', 'B'])).toEqual(['A', 'B']);
    expect(insertedNames({ inserted: ['A'] })).toEqual(['A']);
    expect(insertedNames({ sheets: [{ name: 'S' }] })).toEqual(['S']);
    expect(insertedNames(undefined)).toEqual([]);
  });
});

describe('detectHost', () => {
  it('is outside Excel when office.js did not load', async () => {
    await expect(detectHost({})).resolves.toEqual({ kind: 'outside', reason: 'no-office' });
  });
  it('is outside Excel when onReady never answers', async () => {
    const Office = { onReady: () => new Promise(() => undefined) };
    await expect(detectHost({ Office }, 20)).resolves.toEqual({ kind: 'outside', reason: 'timeout' });
  });
  it('is outside Excel in another Office host or none', async () => {
    const Office = { onReady: async () => ({ host: null }), HostType: { Excel: 'Excel' } };
    await expect(detectHost({ Office }, 1000)).resolves.toEqual({ kind: 'outside', reason: 'other-host' });
  });
  it('is Excel when onReady says so', async () => {
    const Office = { onReady: async () => ({ host: 'Excel' }), HostType: { Excel: 'Excel' } };
    await expect(detectHost({ Office }, 1000)).resolves.toEqual({ kind: 'excel', reason: 'excel' });
  });
  it('never throws when onReady rejects', async () => {
    const Office = { onReady: async () => Promise.reject(new Error('bad')) };
    await expect(detectHost({ Office }, 1000)).resolves.toEqual({ kind: 'outside', reason: 'error' });
  });
});

describe('messages', () => {
  it('has every string in both languages, none empty, English not left in Vietnamese', () => {
    const walk = (vi: unknown, en: unknown, at: string) => {
      if (typeof vi === 'string') {
        expect(typeof en).toBe('string');
        expect((en as string).length).toBeGreaterThan(0);
        expect(vi.length).toBeGreaterThan(0);
        return;
      }
      if (typeof vi === 'function') {
        expect(typeof en).toBe('function');
        return;
      }
      for (const k of Object.keys(vi as object)) walk((vi as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], `${at}.${k}`);
    };
    walk(MESSAGES.vi, MESSAGES.en, '');
    expect(MESSAGES.vi.summaryChecked(58, 40)).toBe('58 thành viên · 40 khoản vay đã kiểm tra');
    expect(`${MESSAGES.vi.summaryErrors(3)} · ${MESSAGES.vi.summaryWarnings(2)}`).toBe('3 lỗi · 2 cảnh báo');
    expect(MESSAGES.en.summaryChecked(1, 2)).toBe('1 member · 2 loans checked');
  });
});

describe('the sample club (demo and trainer script)', () => {
  it('shows each planted mistake once, at its cell: 7 errors · 2 warnings — 58 members · 40 loans', async () => {
    const run = await runCheck(createDemoWorkbook({}), { profile, asOf: SAMPLE_AS_OF });
    expect(run.result.summary).toMatchObject({ errors: 7, warnings: 2, members: 58, loans: 40 });
    const at = run.result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cells.join(',')}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'member.birth-missing DS thành viên!C18',
        'member.duplicate DS thành viên!B10',
        'member.duplicate DS thành viên!B36',
        'loan.rate-out-of-range Sổ cho vay!F13',
        'loan.borrower-not-member Sổ cho vay!C21',
        'loan.outstanding-mismatch Sổ cho vay!K28',
        'loan.overdue Sổ cho vay!H8',
        'fund.balance-mismatch Sổ quỹ!G12',
        'fund.fee-out-of-range Thông tin CLB!B8',
      ]),
    );
  });
});
