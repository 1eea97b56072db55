#!/usr/bin/env node
'use strict';
// The CLI is compiled from src/cli by `npm run build` (tsc -p tsconfig.cli.json) into lib/.
let main;
try {
  ({ main } = require('../lib/cli/main.js'));
} catch {
  process.stderr.write('ishc: chưa build. Hãy chạy "npm run build" trước. / not built: run "npm run build" first.\n');
  process.exit(2);
}
// exitCode, not exit(): a large --json result piped to another program must finish writing first.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
