// Read speed of our .xlsx reader against SheetJS and ExcelJS on one file.
//   node bench/parse-readers.js <file.xlsx>              time each reader
//   node bench/parse-readers.js --generate <file.xlsx>   write a 20,000-member / 100,000-loan workbook first
//   (node --expose-gc … also prints the heap the grids hold; SKIP_OTHERS=1 times ours only)
// Prints `name value unit` lines. Uses the compiled code in lib/ (npm run build:cli).
'use strict';
const fs = require('fs');
const path = require('path');

const lib = path.join(__dirname, '..', 'lib', 'workbook', 'file');

function generate(file) {
  const { writeWorkbook } = require(path.join(lib, 'write.js'));
  const { nodeDeflateRaw } = require(path.join(lib, 'node.js'));
  const last = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
  const mid = ['Thị', 'Văn', 'Hữu', 'Minh', 'Thanh', 'Ngọc'];
  const first = ['An', 'Bình', 'Cúc', 'Dung', 'Hoa', 'Lan', 'Mai', 'Nam', 'Phúc', 'Sơn', 'Tâm', 'Yến'];
  let seed = 42;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const name = () => `${last[rnd(10)]} ${mid[rnd(6)]} ${first[rnd(12)]}`;
  const members = [[{ v: 'DANH SÁCH THÀNH VIÊN', bold: true }], ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Hoàn cảnh', 'Chức vụ', 'TNV', 'Được chăm sóc', 'Dân tộc', 'Thôn/Ấp', 'Ngày vào CLB', 'Tình trạng']];
  for (let i = 0; i < 20000; i++) {
    members.push([i + 1, name(), 1935 + rnd(50), rnd(3) ? 'Nữ' : 'Nam', ['Hộ nghèo', 'Hộ cận nghèo', 'Không', ''][rnd(4)], rnd(10) ? 'Thành viên' : 'Ủy viên', rnd(4) ? '' : 'x', rnd(6) ? '' : 'x', rnd(5) ? 'Kinh' : 'Khmer', `Ấp ${1 + rnd(12)}`, { v: 42000 + rnd(3000), fmt: 'dd/mm/yyyy' }, 'Đang sinh hoạt']);
  }
  const loans = [['STT', 'Mã vay', 'Họ tên người vay', 'Ngày vay', 'Số tiền vay', 'Lãi suất', 'Thời hạn', 'Đã trả gốc', 'Dư nợ', 'Mục đích']];
  for (let i = 0; i < 100000; i++) {
    const amt = (1 + rnd(20)) * 500000;
    const paid = rnd(3) * 500000;
    loans.push([i + 1, `V${String(i + 1).padStart(6, '0')}`, name(), { v: 44000 + rnd(2000), fmt: 'dd/mm/yyyy' }, { v: amt, fmt: '#,##0' }, { v: [0.6, 0.8, 1][rnd(3)], fmt: '0.0' }, 6 + rnd(19), { v: paid, fmt: '#,##0' }, { v: amt - paid, fmt: '#,##0' }, ['Chăn nuôi', 'Trồng trọt', 'Buôn bán', 'Mua bò'][rnd(4)]]);
  }
  const bytes = writeWorkbook({ sheets: [{ name: 'Danh sách thành viên', rows: members }, { name: 'Sổ cho vay', rows: loans }] }, { deflateRaw: nodeDeflateRaw });
  fs.writeFileSync(file, bytes);
}

function time(label, fn, runs) {
  fn(); // warm-up
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`${label} ${Math.round(best)} ms`);
  return best;
}

async function main() {
  const args = process.argv.slice(2);
  let file = args[0];
  if (args[0] === '--generate') {
    file = args[1];
    generate(file);
  }
  if (!file) {
    console.error('usage: node bench/parse-readers.js [--generate] <file.xlsx>');
    process.exit(2);
  }
  const bytes = fs.readFileSync(file);
  console.log(`file.size ${(bytes.length / 1048576).toFixed(1)} MB`);
  const { readXlsxBytes } = require(path.join(lib, 'node.js'));
  const { readXlsx } = require(path.join(lib, 'read.js'));
  let cells = 0;
  const res = readXlsxBytes(bytes, path.basename(file));
  if (!res.ok) throw new Error(res.reason.en);
  for (const s of res.grids.sheets) for (const r of s.values) for (const v of r) if (v !== null) cells++;
  console.log(`cells ${cells} cells`);
  const runs = Number(process.env.RUNS || 3);
  time('parse.ours', () => readXlsxBytes(bytes, 'f.xlsx'), runs);
  time('parse.ours-fflate', () => readXlsx(bytes, 'f.xlsx'), runs);
  if (global.gc) {
    global.gc();
    const heap0 = process.memoryUsage().heapUsed;
    const keep = readXlsxBytes(bytes, 'f.xlsx');
    global.gc();
    console.log(`heap.ours-grids ${Math.round((process.memoryUsage().heapUsed - heap0) / 1048576)} MB`);
    void keep;
  }
  // marking: 2,000 cells spread over the loan book, plus the findings sheet
  const { markXlsxNode } = require(path.join(lib, 'node.js'));
  const loans = res.grids.sheets[res.grids.sheets.length - 1];
  const marks = [];
  for (let i = 0; i < 2000; i++) marks.push({ r: loans.top + 1 + i * 37, c: 4 + (i % 3), level: i % 2 ? 1 : 2, rules: ['loan.rate-out-of-range'] });
  const plan = [{ sheet: loans.name, marks }];
  const findings = marks.map((m) => ({ sheet: loans.name, cells: [`${String.fromCharCode(65 + m.c)}${m.r + 1}`], rule: 'loan.rate-out-of-range', severity: 'error', message: 'Lãi suất vượt trần', fix: 'Sửa lãi suất' }));
  time('mark.ours', () => markXlsxNode(bytes, plan, findings), Math.min(runs, 2));
  if (process.env.SKIP_OTHERS) return;
  const XLSX = require('xlsx');
  time('parse.sheetjs', () => XLSX.read(bytes, { dense: true }), Math.min(runs, 2));
  const ExcelJS = require('exceljs');
  const t0 = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  console.log(`parse.exceljs ${Math.round(Number(process.hrtime.bigint() - t0) / 1e6)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
