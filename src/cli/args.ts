// Arguments are checked by hand rather than with zod: every `ishc` run starts by parsing them, and
// loading zod costs ~40 ms of a province check that must stay close to the time of parsing the file.

export interface CheckArgs {
  readonly command: 'check';
  /** Workbooks, or folders of them (a province's club files). */
  readonly files: readonly string[];
  readonly profile: string;
  readonly asOf?: string;
  readonly json: boolean;
  readonly lang: 'vi' | 'en';
  readonly out?: string;
}

export type Command =
  | CheckArgs
  | { command: 'demo'; dir: string; lang: 'vi' | 'en' }
  | { command: 'new'; file: string; lang: 'vi' | 'en' }
  | { command: 'profiles'; lang: 'vi' | 'en'; json: boolean }
  | { command: 'help'; lang: 'vi' | 'en' };

export type ParseResult = { ok: true; command: Command } | { ok: false; error: string };

const FLAGS_WITH_VALUE = new Set(['--profile', '--as-of', '--lang', '--out']);
const BOOLEAN_FLAGS = new Set(['--json', '--help', '-h']);

/** argv (without node and script) → a validated command, or a one-line reason. */
export function parseArgs(argv: readonly string[]): ParseResult {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('-')) {
      const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (FLAGS_WITH_VALUE.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) return { ok: false, error: `${name} cần một giá trị / needs a value` };
        flags.set(name, value);
      } else if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
      else return { ok: false, error: `Không biết tùy chọn ${name} / unknown option ${name}` };
    } else positional.push(a);
  }
  const langFlag = flags.get('--lang');
  const lang = langFlag === 'en' ? 'en' : 'vi';
  if (langFlag !== undefined && langFlag !== 'en' && langFlag !== 'vi') return { ok: false, error: '--lang phải là vi hoặc en / must be vi or en' };
  const [command, ...rest] = positional;
  if (!command || flags.has('--help') || flags.has('-h') || command === 'help') return { ok: true, command: { command: 'help', lang } };
  switch (command) {
    case 'check': {
      if (rest.length === 0) return { ok: false, error: 'Cách dùng / usage: ishc check <workbook.xlsx|folder>... [--profile id|file.json] [--as-of YYYY-MM-DD] [--json] [--lang vi|en] [--out new.xlsx]' };
      const asOf = flags.get('--as-of');
      if (typeof asOf === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
        return { ok: false, error: '--as-of: ngày phải có dạng YYYY-MM-DD / the date must be YYYY-MM-DD' };
      }
      const profile = flags.get('--profile');
      const out = flags.get('--out');
      if (typeof out === 'string' && rest.length > 1) return { ok: false, error: '--out chỉ dùng khi kiểm tra một tệp / --out takes a single workbook' };
      return {
        ok: true,
        command: {
          command: 'check',
          files: rest,
          profile: typeof profile === 'string' ? profile : 'default',
          ...(typeof asOf === 'string' ? { asOf } : {}),
          json: flags.get('--json') === true,
          lang,
          ...(typeof out === 'string' ? { out } : {}),
        },
      };
    }
    case 'demo':
      return { ok: true, command: { command: 'demo', dir: rest[0] ?? 'ishc-demo', lang } };
    case 'new':
      if (rest.length !== 1) return { ok: false, error: 'Cách dùng / usage: ishc new <file.xlsx>' };
      return { ok: true, command: { command: 'new', file: rest[0], lang } };
    case 'profiles':
      return { ok: true, command: { command: 'profiles', lang, json: flags.get('--json') === true } };
    default:
      return { ok: false, error: `Không biết lệnh "${command}" / unknown command "${command}" (check, demo, new, profiles, help)` };
  }
}
