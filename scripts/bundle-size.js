#!/usr/bin/env node
// Gzipped size of the JavaScript the task pane downloads before it is usable: the scripts that
// dist/taskpane.html loads itself (webpack's initial chunks for the taskpane entry), not the chunks
// loaded later with import() and not office.js from Microsoft's CDN.
// Prints `bundle.taskpane.gzip <kb> KB`; exits 1 above the budget (issue 3: 300 KB).
//   node scripts/bundle-size.js [dist] [--budget 300] [--json]
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUDGET_KB = 300;

function initialScripts(distDir) {
  const html = fs.readFileSync(path.join(distDir, 'taskpane.html'), 'utf8');
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi)].map((m) => m[1]);
  return srcs.filter((s) => !/^(https?:)?\/\//i.test(s)).map((s) => path.join(distDir, s.split('?')[0]));
}

function measure(distDir) {
  const files = initialScripts(distDir);
  if (!files.length) throw new Error(`no local <script> in ${path.join(distDir, 'taskpane.html')}: build first (npx webpack --mode production)`);
  let raw = 0;
  let gzip = 0;
  const parts = files.map((f) => {
    const buf = fs.readFileSync(f);
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gzip += gz;
    return { file: path.basename(f), raw: buf.length, gzip: gz };
  });
  const lazy = fs.readdirSync(distDir).filter((f) => /\.chunk\.js$/.test(f));
  return { files: parts, raw, gzip, lazyChunks: lazy };
}

function main(argv) {
  const args = argv.slice(2);
  let dist = 'dist';
  let budget = BUDGET_KB;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--budget') budget = Number(args[++i]);
    else if (args[i] === '--json') json = true;
    else dist = args[i];
  }
  const m = measure(path.resolve(dist));
  const kb = (n) => (n / 1024).toFixed(1);
  if (json) console.log(JSON.stringify({ 'bundle.taskpane.gzip': Number(kb(m.gzip)), 'bundle.taskpane.raw': Number(kb(m.raw)), budget, files: m.files, lazyChunks: m.lazyChunks }));
  else {
    for (const f of m.files) console.log(`  ${f.file}: ${kb(f.raw)} KB, ${kb(f.gzip)} KB gzipped`);
    if (m.lazyChunks.length) console.log(`  loaded on demand: ${m.lazyChunks.join(', ')}`);
    console.log(`bundle.taskpane.gzip ${kb(m.gzip)} KB`);
  }
  if (m.gzip > budget * 1024) {
    console.error(`over budget: ${kb(m.gzip)} KB gzipped > ${budget} KB`);
    return 1;
  }
  return 0;
}

module.exports = { measure, initialScripts };
if (require.main === module) process.exitCode = main(process.argv);
