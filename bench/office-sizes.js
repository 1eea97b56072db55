// Syncs and largest request / response bodies of the Office adapter for a club workbook and a
// province-scale workbook (20,000 members × 12 columns, 100,000 loans × 12 columns), read and marked
// through the real Office.js (jsdom) against the emulated Excel host at ExcelApi 1.7.
// Prints one "name value unit" line per metric (bench/run.js collects them):
//   node bench/office-sizes.js
// Or from code: require('./office-sizes.js').run() → { metrics: { name: [value, unit] } }.
// The TypeScript sources are transpiled on the fly (typescript's transpileModule), no build needed.

const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const root = path.join(__dirname, '..');

function registerTs() {
  if (require.extensions['.ts']) return;
  require.extensions['.ts'] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
    });
    module._compile(out.outputText, filename);
  };
}

async function run() {
  registerTs();
  const { officeSizes } = require(path.join(root, 'test/workbook/office/sizes.ts'));
  return officeSizes();
}

module.exports = { run };

if (require.main === module) {
  run()
    .then(({ metrics }) => {
      for (const [name, [value, unit]] of Object.entries(metrics)) console.log(`${name} ${value} ${unit}`);
      process.exit(0);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
