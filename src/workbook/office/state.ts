// The add-in's stored state as a custom XML part: one element in the add-in's own namespace with
// the JSON of StoredState as its text. Loading validates with zod: anything foreign or damaged
// reads as "no state" (undefined), never as a crash.

import { z } from 'zod';
import type { StoredState } from '../port';
import { STATE_NS, STATE_ROOT } from './names';

const storedState = z.object({
  version: z.literal(1),
  profileId: z.string().max(200).optional(),
  asOf: z.string().max(40).optional(),
  assignment: z.record(z.string(), z.string()).optional(),
  acknowledged: z.record(z.string(), z.object({ reason: z.string(), at: z.string() })).optional(),
});

export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

export function stateXml(state: StoredState): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${STATE_ROOT} xmlns="${STATE_NS}">${xmlText(JSON.stringify(state))}</${STATE_ROOT}>`;
}

/** The state in a part's XML, or undefined when it is not ours or not valid. */
export function parseState(xml: unknown): StoredState | undefined {
  if (typeof xml !== 'string') return undefined;
  const m = new RegExp(`<${STATE_ROOT}\\b[^>]*>([\\s\\S]*)</${STATE_ROOT}>\\s*$`).exec(xml);
  if (!m) return undefined;
  try {
    const r = storedState.safeParse(JSON.parse(unXml(m[1])));
    return r.success ? (r.data as StoredState) : undefined;
  } catch {
    return undefined;
  }
}
