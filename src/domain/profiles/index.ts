import { BUILTIN_PROFILES } from './builtin';
import type { Profile } from './schema';

// The schema (zod) is not imported here: the built-in profiles are typed data, and only a user's
// own profile file needs validating (./parse), so the add-in and the CLI start without loading zod.
export type { Profile, Band, NumberRange } from './schema';
export { BUILTIN_PROFILES };

export function builtinProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id);
}
