// Matching a header cell against the wordings of headers.ts: exact first, then the header without
// its parenthesised note ("Số tiền vay (đồng)"), then the header starting with a wording (the
// longest wins), then the same three without diacritics (a fallback for files typed without them).

import { headerKey, looseKey } from '../values';
import { CASH_TYPE_HEADERS, CLUB_INFO_LABELS, FUND_WORDS, HEADERS, SUB_HEADERS, type FieldOf, type TableKind } from './headers';

export interface HeaderMatch<F extends string = string> {
  readonly field: F;
  /** 0–10: 10 = the whole header is a wording. */
  readonly quality: number;
}

/** Wordings a header may start with: key → its field and its rank (longest first, then as listed). */
type Prefixes = ReadonlyMap<string, { readonly field: string; readonly rank: number }>;

interface Compiled {
  readonly exact: Map<string, string>;
  readonly prefixes: Prefixes;
  readonly looseExact: Map<string, string>;
  readonly loosePrefixes: Prefixes;
}

const PARENS = /\([^)]*\)?|\[[^\]]*\]?/g;
const JOINERS = /[/.\-–]/;
const JOINERS_ALL = /[/.\-–]+/g;
const TONE_MARK = /[\u0300-\u036f]/;

/** headerKey (which also folds line breaks inside a header cell into one space). */
export function hk(s: string): string {
  return headerKey(s);
}

function stripParens(s: string): string {
  return s.indexOf('(') < 0 && s.indexOf('[') < 0 ? s : s.replace(PARENS, ' ');
}

function compile(table: Readonly<Record<string, readonly string[]>>): Compiled {
  const exact = new Map<string, string>();
  const looseExact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  const loosePrefixes: [string, string][] = [];
  for (const field of Object.keys(table)) {
    for (const wording of table[field]) {
      const k = hk(wording);
      if (!k) continue;
      if (!exact.has(k)) exact.set(k, field);
      prefixes.push([k, field]);
      const l = looseKey(k);
      if (!looseExact.has(l)) looseExact.set(l, field);
      loosePrefixes.push([l, field]);
    }
  }
  return { exact, prefixes: ranked(prefixes), looseExact, loosePrefixes: ranked(loosePrefixes) };
}

function ranked(list: [string, string][]): Prefixes {
  list.sort((a, b) => b[0].length - a[0].length);
  const out = new Map<string, { field: string; rank: number }>();
  list.forEach(([key, field], rank) => {
    if (!out.has(key)) out.set(key, { field, rank });
  });
  return out;
}

/**
 * The best-ranked wording that one of the keys starts with, followed by a space. Only the key's
 * word boundaries can end such a wording, so those few are looked up rather than every wording
 * tried (a sheet's first rows hold many cells that are no header at all).
 */
function startingWording(prefixes: Prefixes, ...keys: string[]): { field: string; rank: number; length: number } | undefined {
  let best: { field: string; rank: number; length: number } | undefined;
  for (const key of keys) {
    for (let i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
      const hit = prefixes.get(key.slice(0, i));
      if (hit && (!best || hit.rank < best.rank)) best = { ...hit, length: i };
    }
  }
  return best;
}

function lookup(t: Compiled, raw: string): HeaderMatch | undefined {
  const k = hk(raw);
  if (!k) return undefined;
  const e = t.exact.get(k);
  if (e) return { field: e, quality: 10 };
  const stripped = hk(stripParens(raw));
  const s = stripped && stripped !== k ? t.exact.get(stripped) : undefined;
  if (s) return { field: s, quality: 9 };
  const p = startingWording(t.prefixes, k, stripped);
  if (p) return { field: p.field, quality: 6 + Math.min(2, p.length / 10) };
  // "Lãi suất/tháng", "Ngày/tháng/năm sinh": words joined by a slash, a dash or a dot.
  if (JOINERS.test(raw)) {
    const spaced = lookup(t, raw.replace(JOINERS_ALL, ' '));
    if (spaced) return { field: spaced.field, quality: spaced.quality - 0.5 };
  }
  const l = looseKey(k);
  const le = t.looseExact.get(l);
  if (le) return { field: le, quality: 7 };
  const ls = stripped ? looseKey(stripped) : '';
  const lse = ls && ls !== l ? t.looseExact.get(ls) : undefined;
  if (lse) return { field: lse, quality: 6.5 };
  // A wording the header starts with, without diacritics, only for a header typed without them:
  // "Điện thoại" does not start with "Diện".
  if (TONE_MARK.test(k.normalize('NFD'))) return undefined;
  const lp = startingWording(t.loosePrefixes, l, ls);
  if (lp) return { field: lp.field, quality: 4 + Math.min(2, lp.length / 10) };
  return undefined;
}

let compiled: Record<TableKind, Compiled> | undefined;
let compiledInfo: Compiled | undefined;
let compiledSubs: Record<TableKind, { group: string; sub: Compiled }[]> | undefined;
const cache: Record<TableKind, Map<string, HeaderMatch | null>> = {
  members: new Map(),
  loans: new Map(),
  repayments: new Map(),
  cashbook: new Map(),
};

function tables(): Record<TableKind, Compiled> {
  return (compiled ??= {
    members: compile(HEADERS.members),
    loans: compile(HEADERS.loans),
    repayments: compile(HEADERS.repayments),
    cashbook: compile(HEADERS.cashbook),
  });
}

let cashTypeKeys: Set<string> | undefined;

/** A header with words joined by a slash, a dash or a comma read as spaced ("Thu/Chi" = "Thu chi"). */
function spacedKey(s: string): string {
  return hk(s.replace(/[/.,\-–]+/g, ' '));
}

/** "Thu/Chi", "Loại (Thu/Chi)": a column saying which each row is, not the receipts. */
export function isCashTypeHeader(text: string): boolean {
  cashTypeKeys ??= new Set(CASH_TYPE_HEADERS.map(spacedKey));
  return cashTypeKeys.has(spacedKey(text));
}

/** The field a header cell names in a book of this kind, if any. */
export function matchHeader<K extends TableKind>(kind: K, text: string): HeaderMatch<FieldOf<K>> | undefined {
  const c = cache[kind];
  let hit = c.get(text);
  if (hit === undefined) {
    // "Thu/Chi" starts with the receipt's wording but names both.
    hit = kind === 'cashbook' && isCashTypeHeader(text) ? null : (lookup(tables()[kind], text) ?? null);
    if (c.size > 10_000) c.clear();
    c.set(text, hit);
  }
  return (hit ?? undefined) as HeaderMatch<FieldOf<K>> | undefined;
}

/** A sub-header under a group title (`Năm sinh` over `Nam`), exact wordings only. */
export function matchSubHeader<K extends TableKind>(kind: K, groupField: string, text: string): FieldOf<K> | undefined {
  compiledSubs ??= {
    members: SUB_HEADERS.members.map((g) => ({ group: g.group, sub: compile(invert(g.sub)) })),
    loans: SUB_HEADERS.loans.map((g) => ({ group: g.group, sub: compile(invert(g.sub)) })),
    repayments: SUB_HEADERS.repayments.map((g) => ({ group: g.group, sub: compile(invert(g.sub)) })),
    cashbook: SUB_HEADERS.cashbook.map((g) => ({ group: g.group, sub: compile(invert(g.sub)) })),
  };
  for (const g of compiledSubs[kind]) {
    if (g.group !== groupField) continue;
    const k = hk(text);
    const f = g.sub.exact.get(k) ?? g.sub.looseExact.get(looseKey(k));
    if (f) return f as FieldOf<K>;
  }
  return undefined;
}

function invert(sub: Readonly<Record<string, string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [wording, field] of Object.entries(sub)) (out[field] ??= []).push(wording);
  return out;
}

// Forms number their lines: "1. Tên CLB:", "2/ Xã:", "a) Lãi suất", "- Mức phí", "II. Vốn quỹ".
const ENUMERATOR = /^\s*(?:(?:\d{1,2}|[a-zđ]|[ivx]{1,4})\s*[.)/]\s*|[-–+•*·]\s*)/iu;

/**
 * A club-information label (whole cell, or the cell without its parenthesised unit), after any line
 * number. A label followed by a colon ("Vốn quỹ tăng thu nhập đến 30/6/2025:") may also start with
 * a wording: the colon says it is a label.
 */
export function matchInfoLabel(text: string, labelled = false): string | undefined {
  // "Tên câu lạc bộ\nName of the club": a label with its translation on the next line.
  const lines = text.split(/\r?\n/);
  if (lines.length > 1) return lines.map((l) => matchInfoLabel(l, labelled)).find((f) => f !== undefined);
  compiledInfo ??= compile(CLUB_INFO_LABELS);
  const t = compiledInfo;
  const label = text.replace(ENUMERATOR, '');
  const k = hk(label);
  if (!k) return undefined;
  const stripped = hk(stripParens(label));
  const whole = t.exact.get(k) ?? t.exact.get(stripped) ?? t.looseExact.get(looseKey(k)) ?? (stripped ? t.looseExact.get(looseKey(stripped)) : undefined);
  if (whole) return whole;
  const start = startingWording(t.prefixes, k, stripped);
  if (labelled || !start) return start?.field;
  // "Vốn quỹ tăng thu nhập hiện có (đồng)", "… đến 31/12/2024": a label and when it holds.
  return QUALIFIER.test(stripped.slice(start.length).trim()) ? start.field : undefined;
}

const QUALIFIER = /^(?:hiện có|hiện nay|hiện tại|còn lại|tính đến\b.*|đến\b.*|tại\b.*|năm \d{4}|\d{4})$/u;

function startsWithWord(key: string, prefix: string): boolean {
  return key.length > prefix.length && key.charCodeAt(prefix.length) === 32 && key.startsWith(prefix);
}

/** Does the key start with one of the phrases (as whole words)? Phrases are given as hk keys. */
export function startsWithPhrase(key: string, phrases: readonly string[]): boolean {
  for (const p of phrases) if (key === p || startsWithWord(key, p)) return true;
  return false;
}

/** Does the key contain one of the phrases (as whole words)? */
export function containsPhrase(key: string, phrases: readonly string[]): boolean {
  for (const p of phrases) {
    let at = key.indexOf(p);
    while (at >= 0) {
      const before = at === 0 || key.charCodeAt(at - 1) === 32;
      const end = at + p.length;
      const after = end === key.length || key.charCodeAt(end) === 32;
      if (before && after) return true;
      at = key.indexOf(p, at + 1);
    }
  }
  return false;
}

/** Wordings as hk keys, computed once. */
export function keysOf(words: readonly string[]): string[] {
  return [...new Set(words.map(hk).filter((k) => k.length > 0))];
}

const FUND_INCOME = keysOf(FUND_WORDS.income);
const FUND_ACTIVITY = keysOf(FUND_WORDS.activity);

/** The fund a text names ("Quỹ TTN", "II. QUỸ HOẠT ĐỘNG"), or undefined; the income fund when it names both. */
export function fundNamed(v: string): 'income' | 'activity' | undefined {
  return fundsNamed(v)[0];
}

/** Every fund a text names: both for "Quỹ tăng thu nhập và quỹ hoạt động". */
export function fundsNamed(v: string): ('income' | 'activity')[] {
  const k = hk(v);
  const out: ('income' | 'activity')[] = [];
  if (containsPhrase(k, FUND_INCOME)) out.push('income');
  if (containsPhrase(k, FUND_ACTIVITY)) out.push('activity');
  return out;
}
