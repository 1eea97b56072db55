// Reading data rows into typed rows, column by column with the value readers: the same word means
// different things in different columns ("CN" = chủ nhiệm as a role, cận nghèo as a hardship), so
// every value is read by its column. Anything that cannot be read becomes a ReadIssue on its row.

import type {
  CashRow,
  Hardship,
  IssueKind,
  LoanRow,
  MemberRow,
  MemberStatus,
  ReadIssue,
  RepaymentRow,
  Sex,
} from '../books';
import type { CellValue, SheetGrid } from '../grid';
import type { Text } from '../text';
import {
  isBlank,
  nameKey,
  ratePeriodOfHeader,
  readBirth,
  readDate,
  readHardship,
  readLoanKind,
  readMark,
  readNumber,
  readRate,
  readRole,
  readSex,
  readStatus,
} from '../values';
import { OPENING_WORDS } from './headers';
import type { FoundColumn, Layout } from './layout';
import { containsPhrase, hk, keysOf } from './match';

/** Shared by every row without issues (most rows): no allocation per row. */
export const NO_ISSUES: readonly ReadIssue[] = Object.freeze([]) as readonly ReadIssue[];

const OPENING_KEYS = keysOf(OPENING_WORDS);

type Fail = { ok: false; kind: IssueKind; detail?: Text };

/** What the book reader needs besides the grid. */
export interface RowContext {
  readonly sheet: SheetGrid;
  readonly layout: Layout;
  readonly rows: readonly number[];
  /** Club of a row whose club cell is empty (or with no club column). */
  readonly bookClub: string;
  /** Canonical display form of a club cell's value (undefined when blank). */
  readonly clubOf: (v: CellValue) => string | undefined;
  /** Relative rows whose name cell is in a legacy encoding. */
  readonly legacyRows?: ReadonlySet<number>;
}

function col(layout: Layout, field: string): number {
  const c = (layout.columns as Partial<Record<string, FoundColumn>>)[field];
  return c ? c.j : -1;
}

function issue(list: ReadIssue[] | undefined, field: string, c: number, fail: Fail, raw: CellValue): ReadIssue[] {
  const l = list ?? [];
  l.push(fail.detail ? { field, c, kind: fail.kind, raw, detail: fail.detail } : { field, c, kind: fail.kind, raw });
  return l;
}

const EMPTY_FAIL: Fail = { ok: false, kind: 'empty' };
const UNREADABLE_NAME: Fail = {
  ok: false,
  kind: 'unreadable',
  detail: { vi: 'Ô họ tên chứa số hoặc giá trị đúng/sai, không phải tên người', en: 'The name cell holds a number or TRUE/FALSE, not a name' },
};
const LEGACY: Fail = {
  ok: false,
  kind: 'legacy-encoding',
  detail: { vi: 'Tên gõ bằng bảng mã cũ (TCVN3/VNI), chưa phải Unicode', en: 'The name is typed in an old encoding (TCVN3/VNI), not Unicode' },
};

function errorFail(v: CellValue): Fail {
  const e = (v as { error: string }).error;
  return { ok: false, kind: 'error-value', detail: { vi: `Ô có lỗi công thức ${e}`, en: `The cell shows the formula error ${e}` } };
}

function cellText(v: CellValue): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') {
    const t = v.trim();
    return t.length > 0 ? t : undefined;
  }
  if (typeof v === 'number') return String(v);
  return undefined;
}

interface NameRead {
  name?: string;
  key?: string;
  issues?: ReadIssue[];
}

function readName(v: CellValue, field: string, c: number, required: boolean, legacy: boolean, issues: ReadIssue[] | undefined): NameRead {
  if (v === null || v === undefined || isBlank(v)) return { issues: required ? issue(issues, field, c, EMPTY_FAIL, v ?? null) : issues };
  if (typeof v === 'string') {
    const name = v.trim();
    return { name, key: nameKey(name), issues: legacy ? issue(issues, field, c, LEGACY, v) : issues };
  }
  if (typeof v === 'object') return { issues: issue(issues, field, c, errorFail(v), v) };
  return { issues: issue(issues, field, c, UNREADABLE_NAME, v) };
}

function fmt(sheet: SheetGrid, i: number, j: number): string | null {
  const f = sheet.formats?.[i];
  return f ? (f[j] ?? null) : null;
}

export function readMembers(ctx: RowContext): MemberRow[] {
  const { sheet, layout, rows: dataRows, bookClub, clubOf, legacyRows } = ctx;
  const values = sheet.values;
  const L = sheet.left;
  const T = sheet.top;
  const cClub = col(layout, 'club');
  const cName = col(layout, 'name');
  const split = col(layout, 'birth') < 0 || col(layout, 'sex') < 0;
  const cBirth = split ? -1 : col(layout, 'birth');
  const cSex = split ? -1 : col(layout, 'sex');
  const cMale = split ? col(layout, 'birthMale') : -1;
  const cFemale = split ? col(layout, 'birthFemale') : -1;
  const cHardship = col(layout, 'hardship');
  const cPoor = col(layout, 'poorMark');
  const cNear = col(layout, 'nearPoorMark');
  const cHard = col(layout, 'hardshipMark');
  const cRole = col(layout, 'role');
  const cVol = col(layout, 'volunteer');
  const cCared = col(layout, 'caredAtHome');
  const cEth = col(layout, 'ethnicity');
  const cHamlet = col(layout, 'hamlet');
  const cJoined = col(layout, 'joined');
  const cLeft = col(layout, 'left');
  const cStatus = col(layout, 'status');
  const out: MemberRow[] = new Array(dataRows.length);
  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n];
    const row = values[i];
    let issues: ReadIssue[] | undefined;
    const nr = readName(cName >= 0 ? row[cName] : null, 'name', L + cName, true, legacyRows?.has(i) ?? false, issues);
    issues = nr.issues;
    let birthYear: number | undefined;
    let birthDate: number | undefined;
    let birthCol: number | undefined;
    let sex: Sex | undefined;
    if (!split) {
      const v = row[cBirth] ?? null;
      if (isBlank(v)) issues = issue(issues, 'birth', L + cBirth, EMPTY_FAIL, v);
      else {
        const b = readBirth(v, fmt(sheet, i, cBirth));
        if (b.ok) {
          birthYear = b.value.year;
          birthDate = b.value.date;
          birthCol = L + cBirth;
        } else issues = issue(issues, 'birth', L + cBirth, b, v);
      }
      const s = row[cSex] ?? null;
      if (isBlank(s)) issues = issue(issues, 'sex', L + cSex, EMPTY_FAIL, s);
      else {
        const r = readSex(s);
        if (r.ok) sex = r.value;
        else issues = issue(issues, 'sex', L + cSex, r, s);
      }
    } else if (cMale >= 0 && cFemale >= 0) {
      const m = row[cMale] ?? null;
      const f = row[cFemale] ?? null;
      const mb = isBlank(m);
      const fb = isBlank(f);
      if (mb && fb) issues = issue(issues, 'birth', L + cMale, EMPTY_FAIL, null);
      else if (mb !== fb) {
        const j = mb ? cFemale : cMale;
        const v = mb ? f : m;
        sex = mb ? 'F' : 'M';
        const b = readBirth(v, fmt(sheet, i, j));
        if (b.ok) {
          birthYear = b.value.year;
          birthDate = b.value.date;
          birthCol = L + j;
        } else issues = issue(issues, 'birth', L + j, b, v);
      } else {
        issues = issue(
          issues,
          'sex',
          L + cMale,
          {
            ok: false,
            kind: 'conflict',
            detail: { vi: 'Năm sinh ghi ở cả cột Nam và cột Nữ', en: 'A birth year is written in both the Nam and the Nữ column' },
          },
          m,
        );
        const bm = readBirth(m, fmt(sheet, i, cMale));
        const bf = readBirth(f, fmt(sheet, i, cFemale));
        if (bm.ok && bf.ok && bm.value.year === bf.value.year) {
          birthYear = bm.value.year;
          birthDate = bm.value.date ?? bf.value.date;
          birthCol = L + cMale;
        } else if (!bm.ok) issues = issue(issues, 'birth', L + cMale, bm, m);
        else if (!bf.ok) issues = issue(issues, 'birth', L + cFemale, bf, f);
        else
          issues = issue(
            issues,
            'birth',
            L + cMale,
            {
              ok: false,
              kind: 'conflict',
              detail: { vi: `Hai năm sinh khác nhau: ${bm.value.year} (Nam) và ${bf.value.year} (Nữ)`, en: `Two different birth years: ${bm.value.year} (Nam) and ${bf.value.year} (Nữ)` },
            },
            m,
          );
      }
    }
    let hardship: Hardship | undefined;
    if (cHardship >= 0) {
      const v = row[cHardship] ?? null;
      if (!isBlank(v)) {
        const r = readHardship(v);
        if (r.ok) hardship = r.value;
        else issues = issue(issues, 'hardship', L + cHardship, r, v);
      }
    }
    if (hardship === undefined && (cPoor >= 0 || cNear >= 0 || cHard >= 0)) {
      let poor = false;
      let near = false;
      let hard = false;
      if (cPoor >= 0) [poor, issues] = mark(row[cPoor] ?? null, 'hardship', L + cPoor, issues);
      if (cNear >= 0) [near, issues] = mark(row[cNear] ?? null, 'hardship', L + cNear, issues);
      if (cHard >= 0) [hard, issues] = mark(row[cHard] ?? null, 'hardship', L + cHard, issues);
      hardship = poor ? 'poor' : near ? 'near-poor' : hard ? 'hardship' : undefined;
    }
    let role: MemberRow['role'] = 'member';
    if (cRole >= 0) {
      const v = row[cRole] ?? null;
      if (!isBlank(v)) {
        const r = readRole(v);
        if (r.ok) role = r.value;
        else issues = issue(issues, 'role', L + cRole, r, v);
      }
    }
    let volunteer = false;
    let caredAtHome = false;
    if (cVol >= 0) [volunteer, issues] = mark(row[cVol] ?? null, 'volunteer', L + cVol, issues);
    if (cCared >= 0) [caredAtHome, issues] = mark(row[cCared] ?? null, 'caredAtHome', L + cCared, issues);
    let joined: number | undefined;
    if (cJoined >= 0) {
      const v = row[cJoined] ?? null;
      if (!isBlank(v)) {
        const r = readDate(v, fmt(sheet, i, cJoined));
        if (r.ok) joined = r.value;
        else issues = issue(issues, 'joined', L + cJoined, r, v);
      }
    }
    let status: MemberStatus | undefined;
    let left: number | undefined;
    if (cStatus >= 0) {
      const v = row[cStatus] ?? null;
      if (!isBlank(v)) {
        const r = readStatus(v);
        if (r.ok) status = r.value;
        else {
          // A leave date typed in the status column says when the member left.
          const d = readDate(v, fmt(sheet, i, cStatus));
          if (d.ok) left = d.value;
          else issues = issue(issues, 'status', L + cStatus, r, v);
        }
      }
    }
    if (cLeft >= 0) {
      const v = row[cLeft] ?? null;
      if (!isBlank(v)) {
        const r = readDate(v, fmt(sheet, i, cLeft));
        if (r.ok) left = r.value;
        else {
          // "Chuyển đi", "Đã mất" written where the leave date goes still says the member left.
          const s = readStatus(v);
          if (s.ok && s.value !== undefined && s.value !== 'active') status ??= s.value;
          else issues = issue(issues, 'left', L + cLeft, r, v);
        }
      }
    }
    out[n] = {
      r: T + i,
      club: cClub >= 0 ? (clubOf(row[cClub] ?? null) ?? bookClub) : bookClub,
      name: nr.name,
      nameKey: nr.key,
      birthYear,
      birthDate,
      birthCol,
      sex,
      hardship,
      role,
      volunteer,
      caredAtHome,
      ethnicity: cEth >= 0 ? cellText(row[cEth] ?? null) : undefined,
      hamlet: cHamlet >= 0 ? cellText(row[cHamlet] ?? null) : undefined,
      joined,
      left,
      status,
      issues: issues ?? NO_ISSUES,
    };
  }
  return out;
}

const MARK_UNREADABLE_KINDS = new Set<IssueKind>(['error-value', 'legacy-encoding']);

function mark(v: CellValue, field: string, c: number, issues: ReadIssue[] | undefined): [boolean, ReadIssue[] | undefined] {
  if (isBlank(v)) return [false, issues];
  const r = readMark(v);
  if (r.ok) return [r.value, issues];
  const kind: IssueKind = MARK_UNREADABLE_KINDS.has(r.kind) ? r.kind : 'unreadable';
  return [false, issue(issues, field, c, { ok: false, kind, detail: r.detail }, v)];
}

function num(
  row: CellValue[],
  j: number,
  field: string,
  L: number,
  kind: 'amount' | 'plain',
  required: boolean,
  box: { issues?: ReadIssue[] },
): number | undefined {
  if (j < 0) return undefined;
  const v = row[j] ?? null;
  if (isBlank(v)) {
    if (required) box.issues = issue(box.issues, field, L + j, EMPTY_FAIL, v);
    return undefined;
  }
  const r = readNumber(v, kind);
  if (r.ok) return r.value;
  box.issues = issue(box.issues, field, L + j, r, v);
  return undefined;
}

function date(sheet: SheetGrid, row: CellValue[], i: number, j: number, field: string, required: boolean, box: { issues?: ReadIssue[] }): number | undefined {
  if (j < 0) return undefined;
  const v = row[j] ?? null;
  if (isBlank(v)) {
    if (required) box.issues = issue(box.issues, field, sheet.left + j, EMPTY_FAIL, v);
    return undefined;
  }
  const r = readDate(v, fmt(sheet, i, j));
  if (r.ok) return r.value;
  box.issues = issue(box.issues, field, sheet.left + j, r, v);
  return undefined;
}

export function readLoans(ctx: RowContext): LoanRow[] {
  const { sheet, layout, rows: dataRows, bookClub, clubOf, legacyRows } = ctx;
  const values = sheet.values;
  const L = sheet.left;
  const T = sheet.top;
  const cClub = col(layout, 'club');
  const cId = col(layout, 'id');
  const cBorrower = col(layout, 'borrower');
  const cDate = col(layout, 'date');
  const cAmount = col(layout, 'amount');
  const cKind = col(layout, 'kind');
  const cRate = col(layout, 'rate');
  const cTerm = col(layout, 'term');
  const cDue = col(layout, 'due');
  const cRepaid = col(layout, 'principalRepaid');
  const cInterest = col(layout, 'interestPaid');
  const cOut = col(layout, 'outstanding');
  const cPurpose = col(layout, 'purpose');
  const period = cRate >= 0 ? ratePeriodOfHeader((layout.columns as Record<string, FoundColumn>).rate.header) : 'unknown';
  const out: LoanRow[] = new Array(dataRows.length);
  const box: { issues?: ReadIssue[] } = {};
  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n];
    const row = values[i];
    box.issues = undefined;
    const nr = readName(cBorrower >= 0 ? row[cBorrower] : null, 'borrower', L + cBorrower, true, legacyRows?.has(i) ?? false, undefined);
    box.issues = nr.issues;
    const d = date(sheet, row, i, cDate, 'date', true, box);
    const amount = num(row, cAmount, 'amount', L, 'amount', true, box);
    let kind: LoanRow['kind'];
    if (cKind >= 0) {
      const v = row[cKind] ?? null;
      if (!isBlank(v)) {
        const r = readLoanKind(v);
        if (r.ok) kind = r.value;
        else box.issues = issue(box.issues, 'kind', L + cKind, r, v);
      }
    }
    let rate: LoanRow['rate'];
    if (cRate >= 0) {
      const v = row[cRate] ?? null;
      if (isBlank(v)) box.issues = issue(box.issues, 'rate', L + cRate, EMPTY_FAIL, v);
      else {
        const r = readRate(v, fmt(sheet, i, cRate), period);
        if (r.ok) rate = r.value;
        else box.issues = issue(box.issues, 'rate', L + cRate, r, v);
      }
    }
    out[n] = {
      r: T + i,
      club: cClub >= 0 ? (clubOf(row[cClub] ?? null) ?? bookClub) : bookClub,
      id: cId >= 0 ? cellText(row[cId] ?? null) : undefined,
      borrower: nr.name,
      borrowerKey: nr.key,
      date: d,
      amount,
      kind,
      rate,
      term: num(row, cTerm, 'term', L, 'plain', false, box),
      due: date(sheet, row, i, cDue, 'due', false, box),
      principalRepaid: num(row, cRepaid, 'principalRepaid', L, 'amount', false, box),
      interestPaid: num(row, cInterest, 'interestPaid', L, 'amount', false, box),
      outstanding: num(row, cOut, 'outstanding', L, 'amount', false, box),
      purpose: cPurpose >= 0 ? cellText(row[cPurpose] ?? null) : undefined,
      issues: box.issues ?? NO_ISSUES,
    };
  }
  return out;
}

export function readRepayments(ctx: RowContext): RepaymentRow[] {
  const { sheet, layout, rows: dataRows, bookClub, clubOf, legacyRows } = ctx;
  const values = sheet.values;
  const L = sheet.left;
  const cClub = col(layout, 'club');
  const cId = col(layout, 'loanId');
  const cBorrower = col(layout, 'borrower');
  const cDate = col(layout, 'date');
  const cPrincipal = col(layout, 'principal');
  const cInterest = col(layout, 'interest');
  const out: RepaymentRow[] = new Array(dataRows.length);
  const box: { issues?: ReadIssue[] } = {};
  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n];
    const row = values[i];
    const loanId = cId >= 0 ? cellText(row[cId] ?? null) : undefined;
    const nr = readName(cBorrower >= 0 ? row[cBorrower] : null, 'borrower', L + cBorrower, false, legacyRows?.has(i) ?? false, undefined);
    box.issues = nr.issues;
    if (loanId === undefined && nr.name === undefined) {
      const j = cId >= 0 ? cId : cBorrower;
      const v = cBorrower >= 0 && cId < 0 ? (row[cBorrower] ?? null) : (row[j] ?? null);
      if (isBlank(v)) box.issues = issue(box.issues, cId >= 0 ? 'loanId' : 'borrower', L + j, EMPTY_FAIL, v);
    }
    out[n] = {
      r: sheet.top + i,
      club: cClub >= 0 ? (clubOf(row[cClub] ?? null) ?? bookClub) : bookClub,
      loanId,
      borrowerKey: nr.key,
      date: date(sheet, row, i, cDate, 'date', true, box),
      principal: num(row, cPrincipal, 'principal', L, 'amount', true, box),
      interest: num(row, cInterest, 'interest', L, 'amount', false, box),
      issues: box.issues ?? NO_ISSUES,
    };
  }
  return out;
}

const FUND_INCOME = keysOf(['Tăng thu nhập', 'Quỹ tăng thu nhập', 'TTN', 'Quỹ TTN', 'Tang thu nhap', 'Quy tang thu nhap', 'Quy TTN', 'Tín dụng', 'Cho vay']);
const FUND_ACTIVITY = keysOf(['Hoạt động', 'Quỹ hoạt động', 'HĐ', 'Quỹ HĐ', 'Hoat dong', 'Quy hoat dong', 'HD', 'Quy HD']);

function readFund(v: string): 'income' | 'activity' | undefined {
  const k = hk(v);
  if (containsPhrase(k, FUND_INCOME)) return 'income';
  if (containsPhrase(k, FUND_ACTIVITY)) return 'activity';
  return undefined;
}

export function readCash(ctx: RowContext): CashRow[] {
  const { sheet, layout, rows: dataRows, bookClub, clubOf } = ctx;
  const values = sheet.values;
  const L = sheet.left;
  const cClub = col(layout, 'club');
  const cDate = col(layout, 'date');
  const cVoucher = col(layout, 'voucher');
  const cDesc = col(layout, 'description');
  const cFund = col(layout, 'fund');
  const cReceipt = col(layout, 'receipt');
  const cPayment = col(layout, 'payment');
  const cBalance = col(layout, 'balance');
  const out: CashRow[] = new Array(dataRows.length);
  const box: { issues?: ReadIssue[] } = {};
  for (let n = 0; n < dataRows.length; n++) {
    const i = dataRows[n];
    const row = values[i];
    box.issues = undefined;
    const description = cDesc >= 0 ? cellText(row[cDesc] ?? null) : undefined;
    const receiptBlank = cReceipt < 0 || isBlank(row[cReceipt] ?? null);
    const paymentBlank = cPayment < 0 || isBlank(row[cPayment] ?? null);
    let opening = false;
    const text = description ?? firstText(row, layout.left, layout.right);
    if (text !== undefined && containsPhrase(hk(text), OPENING_KEYS)) opening = true;
    else if (n === 0 && receiptBlank && paymentBlank && cBalance >= 0 && !isBlank(row[cBalance] ?? null)) opening = true;
    let fund: CashRow['fund'];
    if (cFund >= 0) {
      const v = row[cFund] ?? null;
      if (!isBlank(v)) {
        fund = typeof v === 'string' ? readFund(v) : undefined;
        if (fund === undefined)
          box.issues = issue(
            box.issues,
            'fund',
            L + cFund,
            typeof v === 'object' && v !== null
              ? errorFail(v)
              : { ok: false, kind: 'unreadable', detail: { vi: 'Ghi "Tăng thu nhập" hoặc "Hoạt động"', en: 'Write "Tăng thu nhập" or "Hoạt động"' } },
            v,
          );
      }
    }
    out[n] = {
      r: sheet.top + i,
      club: cClub >= 0 ? (clubOf(row[cClub] ?? null) ?? bookClub) : bookClub,
      date: date(sheet, row, i, cDate, 'date', !opening, box),
      voucher: cVoucher >= 0 ? cellText(row[cVoucher] ?? null) : undefined,
      description,
      fund,
      receipt: num(row, cReceipt, 'receipt', L, 'amount', false, box),
      payment: num(row, cPayment, 'payment', L, 'amount', false, box),
      balance: num(row, cBalance, 'balance', L, 'amount', false, box),
      opening,
      issues: box.issues ?? NO_ISSUES,
    };
  }
  return out;
}

function firstText(row: CellValue[], left: number, right: number): string | undefined {
  const end = Math.min(right, row.length - 1);
  for (let j = Math.max(0, left); j <= end; j++) {
    const v = row[j];
    if (typeof v === 'string' && !isBlank(v)) return v;
  }
  return undefined;
}
