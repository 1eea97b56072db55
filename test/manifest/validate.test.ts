/**
 * The offline manifest validator (`npm run validate`): the real manifest passes, and each kind of
 * mistake is caught with a message that names it. Also the production build's rewritten manifest.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import * as vm from 'vm';

// The validator parses with jsdom 29, whose ESM-only dependency jest's registry cannot load on
// Node < 24.9: load the script with Node's own require, outside jest.
function nodeRequire(id: string): unknown {
  const realProcess = vm.runInThisContext('process') as { getBuiltinModule?(id: string): typeof import('module') };
  const Module = realProcess.getBuiltinModule?.('module');
  if (!Module) throw new Error('needs Node >= 20.16 (process.getBuiltinModule)');
  return Module.createRequire(__filename)(id);
}
const { validateManifest, pngSize } = nodeRequire('../../scripts/validate-manifest.js') as {
  validateManifest: (xml: string, o: { assetsDir: string }) => string[];
  pngSize: (file: string) => { width: number; height: number } | null;
};

const ROOT = path.resolve(__dirname, '../..');
const ASSETS = path.join(ROOT, 'assets');
const REAL = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const SCRIPT = path.join(ROOT, 'scripts/validate-manifest.js');

const validate = (xml: string, assetsDir = ASSETS) => validateManifest(xml, { assetsDir });

function edit(from: string | RegExp, to: string): string {
  const out = REAL.replace(from, to);
  if (out === REAL) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}

function move(element: RegExp, before: string): string {
  const m = element.exec(REAL);
  if (!m) throw new Error(`no ${String(element)}`);
  const without = REAL.replace(m[0], '');
  return without.replace(before, m[0] + '\n  ' + before);
}

describe('the real manifest', () => {
  it('is valid', () => {
    expect(validate(REAL)).toEqual([]);
  });

  it('passes the command line with exit code 0', () => {
    const r = spawnSync(process.execPath, [SCRIPT, path.join(ROOT, 'manifest.xml')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('valid');
  });

  it('asks for ExcelApi 1.7 between Hosts and DefaultSettings, and has a Vietnamese name', () => {
    expect(REAL).toMatch(/<\/Hosts>\s*<Requirements>\s*<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.7"\/>\s*<\/Sets>\s*<\/Requirements>\s*<DefaultSettings>/);
    expect(REAL).toContain('<Override Locale="vi-VN" Value="Kiểm tra sổ sách CLB LTHTGN"/>');
  });

  it('points at icons of 16, 32, 64 and 80 px that exist', () => {
    for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(ASSETS, `icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});

describe('each kind of mistake is caught', () => {
  const cases: [string, () => string, RegExp][] = [
    ['XML that is not well-formed', () => REAL.replace('</ProviderName>', '</Provider>'), /not well-formed XML/],
    ['a required element missing', () => edit(/\s*<ProviderName>[^<]*<\/ProviderName>/, ''), /required element <ProviderName> is missing/],
    ['elements out of order (Requirements after DefaultSettings)', () => move(/<Requirements>[\s\S]*?<\/Requirements>/, '<Permissions>'), /<Requirements> must come before <DefaultSettings>|<DefaultSettings> must come before/],
    ['elements out of order (Version before Id)', () => move(/<Version>[^<]*<\/Version>/, '<Id>'), /<Id> must come before <Version>/],
    ['an unknown element', () => edit('<Permissions>', '<Colour>teal</Colour>\n  <Permissions>'), /<Colour> is not a valid child/],
    ['an http URL', () => edit('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>'), /must use https/],
    ['an http app domain', () => edit('<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>http://localhost:3000</AppDomain>'), /AppDomain>: "http:\/\/localhost:3000" must use https/],
    ['an icon file that does not exist', () => edit('assets/icon-80.png"/>', 'assets/icon-81.png"/>'), /icon-81.png does not exist/],
    ['an icon of the wrong size', () => edit('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>'), /IconUrl: icon-16.png is 16×16 px, must be 32×32/],
    ['Requirements missing', () => edit(/\s*<Requirements>[\s\S]*?<\/Requirements>/, ''), /<Requirements> is missing/],
    ['an ExcelApi newer than Office 2019 has', () => edit('MinVersion="1.7"', 'MinVersion="1.9"'), /ExcelApi MinVersion 1.9 is newer than 1.7/],
    [
      'the ExcelApi requirement inside VersionOverrides',
      () => edit('<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">', '<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">\n    <Requirements><bt:Sets DefaultMinVersion="1.1"><bt:Set Name="ExcelApi" MinVersion="1.7"/></bt:Sets></Requirements>'),
      /must not carry the ExcelApi <Requirements>/,
    ],
    ['no Vietnamese display name', () => edit('<Override Locale="vi-VN" Value="Kiểm tra sổ sách CLB LTHTGN"/>', ''), /<DisplayName> needs an <Override Locale="vi-VN">/],
    ['a malformed override locale', () => edit('<Override Locale="vi-VN" Value="Kiểm tra sổ sách CLB LTHTGN"/>', '<Override Locale="vietnamese" Value="Kiểm tra sổ sách CLB LTHTGN"/>'), /Override Locale "vietnamese" is not a locale/],
    ['an id that is not a GUID', () => edit('<Id>aeaa66b1-3595-455f-870e-b9f796a42f83</Id>', '<Id>ishc</Id>'), /<Id> must be a GUID/],
    ['a resid with no resource', () => edit('<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Commands.Page"/>'), /resid="Commands.Page">: no resource with that id/],
    ['a host other than Excel', () => edit('<Host Name="Workbook"/>', '<Host Name="Document"/>'), /<Host Name="Workbook"\/>/],
    ['DesktopFormFactor children out of order', () => move(/<FunctionFile resid="Commands.Url"\/>/, '<GetStarted>'), /DesktopFormFactor: <GetStarted> must come before <FunctionFile>/],
    ['a description longer than 250 characters', () => edit(/<Description DefaultValue="[^"]*">/, `<Description DefaultValue="${'x'.repeat(251)}">`), /at most 250 characters/],
    ['an unknown permission', () => edit('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'), /<Permissions> must be one of/],
  ];

  it.each(cases)('%s', (_name, make, message) => {
    const errors = validate(make());
    expect(errors.join('\n')).toMatch(message);
  });

  it('exits 1 with the problems listed on the command line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, edit('MinVersion="1.7"', 'MinVersion="1.9"').replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'));
    const r = spawnSync(process.execPath, [SCRIPT, file, '--assets', ASSETS], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2 problems');
    expect(r.stderr).toContain('✗ ExcelApi MinVersion 1.9');
    expect(r.stderr).toContain('must use https');
  });
});

describe('the production build', () => {
  it('rewrites every localhost URL to ISHC_URL and still validates, with its icons in dist/assets', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
    // Build only the manifest copy: webpack with the real config, output redirected.
    const script = `
      const webpack = require('webpack');
      (async () => {
        const cfg = await require(${JSON.stringify(path.join(ROOT, 'webpack.config.js'))})({}, { mode: 'production' });
        cfg.entry = { commands: cfg.entry.commands };
        cfg.plugins = cfg.plugins.filter((p) => p.constructor.name === 'CopyPlugin');
        cfg.output.path = ${JSON.stringify(out)};
        webpack(cfg, (err, stats) => { if (err || stats.hasErrors()) { console.error(err || stats.toString('errors-only')); process.exit(1); } });
      })();`;
    execFileSync(process.execPath, ['-e', script], { cwd: ROOT, env: { ...process.env, ISHC_URL: 'https://hoi-nct.example.vn/kiem-tra' }, stdio: 'pipe' });
    const built = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(built).not.toContain('localhost');
    expect(built).toContain('<SourceLocation DefaultValue="https://hoi-nct.example.vn/kiem-tra/taskpane.html"/>');
    expect(built).toContain('<AppDomain>https://hoi-nct.example.vn</AppDomain>');
    expect(built).toContain('https://hoi-nct.example.vn/kiem-tra/assets/icon-80.png');
    expect(validate(built, path.join(out, 'assets'))).toEqual([]);
  });
});
