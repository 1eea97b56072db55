// The check settings as the workbook stores them (StoredState) and as the pane uses them.
// The stored state comes from a file someone else may have edited: anything unknown falls back.

import type { BookKind, SheetAssignment } from '../domain/books';
// The built-in list straight from builtin.ts: profiles/index also brings the zod schema (~25 KB
// gzipped) into the pane's first download, and the pane never parses a user profile.
import { BUILTIN_PROFILES } from '../domain/profiles/builtin';
import type { Profile } from '../domain/profiles';

export { BUILTIN_PROFILES };

function builtinProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id);
}
import type { StoredState } from '../workbook/port';
import { isIsoDate, todayIso } from './dates';

export const DEFAULT_PROFILE_ID = 'default';
const KINDS: readonly (BookKind | 'none')[] = ['members', 'loans', 'repayments', 'cashbook', 'clubInfo', 'none'];

export interface PaneSettings {
  readonly profile: Profile;
  readonly asOf: string;
  readonly assignment: SheetAssignment;
}

export function emptyState(): StoredState {
  return { version: 1 };
}

export function settingsOf(state: StoredState | undefined, today: string = todayIso()): PaneSettings {
  const profile = (state?.profileId && builtinProfile(state.profileId)) || builtinProfile(DEFAULT_PROFILE_ID) || BUILTIN_PROFILES[0];
  const asOf = state?.asOf && isIsoDate(state.asOf) ? state.asOf : today;
  const assignment: Record<string, BookKind | 'none'> = {};
  for (const [sheet, kind] of Object.entries(state?.assignment ?? {})) {
    if ((KINDS as readonly string[]).includes(kind)) assignment[sheet] = kind as BookKind | 'none';
  }
  return { profile, asOf, assignment };
}

/** Same settings (the result on screen still answers them). */
export function sameSettings(a: PaneSettings, b: PaneSettings): boolean {
  return a.profile.id === b.profile.id && a.asOf === b.asOf && JSON.stringify(a.assignment) === JSON.stringify(b.assignment);
}
