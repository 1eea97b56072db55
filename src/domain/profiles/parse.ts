import { BUILTIN_PROFILES } from './builtin';
import { builtinProfile } from './index';
import { profileSchema, type Profile } from './schema';
import { text, type Text } from '../text';

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; error: Text };

/**
 * Validates a user's own profile (parsed JSON). A profile may `extends` a built-in one and give only
 * the settings it changes. The error names the first bad field, as a club officer would look for it.
 */
export function parseProfile(json: unknown, origin = 'profile'): ProfileResult {
  let input = json;
  if (json && typeof json === 'object' && !Array.isArray(json) && 'extends' in json) {
    const { extends: parentId, ...own } = json as Record<string, unknown>;
    const parent = typeof parentId === 'string' ? builtinProfile(parentId) : undefined;
    if (!parent) {
      return {
        ok: false,
        error: text(
          `${origin}: "extends" phải là một hồ sơ có sẵn (${BUILTIN_PROFILES.map((p) => p.id).join(', ')}), không phải ${JSON.stringify(parentId)}`,
          `${origin}: "extends" must name a built-in profile (${BUILTIN_PROFILES.map((p) => p.id).join(', ')}), not ${JSON.stringify(parentId)}`,
        ),
      };
    }
    input = { ...parent, ...own };
  }
  const parsed = profileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : '(root)';
  return {
    ok: false,
    error: text(
      `${origin}: trường "${field}" không hợp lệ: ${issue.message}`,
      `${origin}: field "${field}" is invalid: ${issue.message}`,
    ),
  };
}
