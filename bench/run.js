// `npm run bench`: speed and size figures, printed as `name value unit` lines and written to
// bench/results.json. Budgets (issue 2, 3): CLI check ≤ 1.25 × the fastest plain parse of the same
// file; the rule engine alone < 150 ms; memory < 1 GB; the task pane ≤ 300 KB of gzipped JS.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { writeProvince } = require('./province');

const root = path.join(__dirname, '..');
const out = path.join(__dirname, 'out');
const file = path.join(out, 'province.xlsx');
const AS_OF = '2025-06-30';
const results = [];

function record(name, value, unit) {
  const v = Math.round(value * 100) / 100;
  results.push({ name, value: v, unit });
  console.log(`${name} ${v} ${unit}`);
}

/** Wall time of a fresh node process (start-up included, as a user would wait for it), best of n. */
function child(code, n) {
  let best = Infinity;
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-e', code], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const m = /MAXRSS (\d+)/.exec(r.stderr.toString());
    if (r.status !== 0 && r.status !== 1) throw new Error(`child failed: ${r.stderr.toString().slice(0, 500)}`);
    if (m) rss = Math.max(rss, Number(m[1]) / 1024);
    best = Math.min(best, ms);
  }
  return { ms: best, rssMb: rss };
}

const reportRss = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS));`;
const F = JSON.stringify(file);

function main() {
  fs.mkdirSync(out, { recursive: true });
  if (!fs.existsSync(file)) {
    console.error('… writing the province workbook (20,000 members, 100,000 loans)');
    writeProvince(file);
  }
  record('province.file.size', fs.statSync(file).size / 1048576, 'MB');

  const parsers = {
    ours: `${reportRss} const r = require('./lib/workbook/file/node.js').readXlsxFile(${F}); if (!r.ok) process.exit(3);`,
    sheetjs: `${reportRss} require('xlsx').readFile(${F}, { dense: true, cellStyles: false });`,
    exceljs: `${reportRss} const E = require('exceljs'); new E.Workbook().xlsx.readFile(${F}).then(() => {});`,
  };
  const parse = {};
  for (const [name, code] of Object.entries(parsers)) {
    const runs = name === 'exceljs' ? 1 : 5;
    const r = child(code, runs);
    parse[name] = r.ms;
    record(`parse.${name}`, r.ms, 'ms');
    record(`parse.${name}.rss`, r.rssMb, 'MB');
  }
  const fastest = Math.min(...Object.values(parse));

  const cli = child(`${reportRss} require('./lib/cli/main.js').main(['check', ${F}, '--json', '--as-of', '${AS_OF}']).then((c) => { process.exitCode = c; });`, 5);
  record('cli.check.province', cli.ms, 'ms');
  record('cli.check.province.rss', cli.rssMb, 'MB');
  record('cli.check.vs-fastest-parse', cli.ms / fastest, 'x');

  // The rule engine alone: grids already parsed, findings out.
  const { readXlsxFile } = require(path.join(root, 'lib/workbook/file/node.js'));
  const { checkWorkbook } = require(path.join(root, 'lib/domain/check.js'));
  const { builtinProfile } = require(path.join(root, 'lib/domain/profiles/index.js'));
  const { serialFromIso } = require(path.join(root, 'lib/domain/values/index.js'));
  const read = readXlsxFile(file);
  if (!read.ok) throw new Error(read.reason.en);
  const options = { profile: builtinProfile('default'), asOf: serialFromIso(AS_OF) };
  let result;
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t0 = process.hrtime.bigint();
    result = checkWorkbook(read.grids, options);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  record('engine.check.province', times[3], 'ms');
  record('engine.findings.province', result.findings.length, 'findings');
  record('engine.rows.province', result.summary.members + result.summary.loans, 'rows');

  for (const extra of ['office-sizes.js']) {
    const script = path.join(__dirname, extra);
    if (!fs.existsSync(script)) continue;
    const r = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    for (const line of r.stdout.split('\n')) {
      const m = /^(\S+) ([\d.]+) (\S+)$/.exec(line.trim());
      if (m) record(m[1], Number(m[2]), m[3]);
    }
  }
  const bundle = path.join(root, 'scripts', 'bundle-size.js');
  if (fs.existsSync(bundle)) {
    const r = spawnSync(process.execPath, [bundle], { cwd: root, encoding: 'utf8' });
    for (const line of r.stdout.split('\n')) {
      const m = /^(\S+) ([\d.]+) (\S+)$/.exec(line.trim());
      if (m) record(m[1], Number(m[2]), m[3]);
    }
  }
  fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2) + '\n');
}

main();
