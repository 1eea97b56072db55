// The emulated host, driven through the real Office.js library booted in jsdom.

import { type JsdomEnv, bootJsdom } from './jsdom';
import { Workbook } from './workbook';

function clubBook(): Workbook {
  const wb = new Workbook('CLB Ấp Tân Hòa.xlsx');
  wb.addSheet('Danh sách', {
    at: 'B3',
    values: [
      ['STT', 'Họ và tên', 'Năm sinh'],
      [1, 'Nguyễn Thị Lan', 1952],
      [2, 'Trần Văn Bình', { error: '#N/A' }],
    ],
  });
  wb.addSheet('Sổ quỹ', { protected: true, values: [['Ngày', 'Thu'], [45838, 100000]], numberFormats: [[null, null], ['dd/mm/yyyy', '#,##0']] });
  return wb;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe('emulated Excel host under the real Office.js', () => {
  let env: JsdomEnv;
  let wb: Workbook;
  beforeEach(async () => {
    wb = clubBook();
    env = await bootJsdom({ workbook: wb, api: '1.7' });
  });
  afterEach(() => env.close());

  it('boots as Excel for Windows and answers reads in the library shapes', async () => {
    expect(env.info.host).toBe('Excel');
    const out = await env.window.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/position');
      const used = sheets.getItem('Danh sách').getUsedRangeOrNullObject(true);
      used.load('address,rowIndex,columnIndex,values');
      const missing = sheets.getItemOrNullObject('Không có');
      await ctx.sync();
      return { names: sheets.items.map((s) => s.name), address: used.address, top: used.rowIndex, left: used.columnIndex, values: JSON.parse(JSON.stringify(used.values)), missing: missing.isNullObject };
    });
    expect(out).toEqual({
      names: ['Danh sách', 'Sổ quỹ'],
      address: "'Danh sách'!B3:D5",
      top: 2,
      left: 1,
      values: [['STT', 'Họ và tên', 'Năm sinh'], [1, 'Nguyễn Thị Lan', 1952], [2, 'Trần Văn Bình', '#N/A']],
      missing: true,
    });
    expect(env.host.stats.syncs).toBe(1);
    // The library's clean-up of kept range references is a request of its own, not a sync.
    await new Promise((r) => setTimeout(r, 20));
    expect(env.host.stats.requests).toBe(2);
  });

  it('reading a property before load throws the library error', async () => {
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Danh sách').getRange('B3');
        return r.values;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('refuses a request body over 5 MB with RequestPayloadSizeLimitExceeded and writes nothing', async () => {
    const rows = 120_000;
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Danh sách').getRange(`A1:C${rows}`);
        r.values = Array.from({ length: rows }, (_, i) => [i, 'Nguyễn Thị Lan Phương', 'Ấp Tân Hòa, xã Long Hưng']);
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(env.host.stats.log.at(-1)!.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(wb.valuesOf('Danh sách', 'A1:A2')).toEqual([[''], ['']]);
  });

  it('refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded', async () => {
    const big = Array.from({ length: 100_000 }, (_, i) => [i, 'Nguyễn Thị Lan Phương', 'Ấp Tân Hòa, xã Long Hưng, huyện Châu Thành']);
    wb.addSheet('Lớn', { values: big });
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Lớn').getUsedRange();
        r.load('values');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('refuses to read more than 5,000,000 cells at once', async () => {
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Danh sách').getRange('A1:F1000000');
        r.load('values');
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });

  it('refuses addresses over 8,192 characters', async () => {
    const address = Array.from({ length: 2000 }, (_, i) => `B${i + 10}`).join(',');
    expect(address.length).toBeGreaterThan(8192);
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Danh sách').getRange(address).select();
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('answers AccessDenied to a write on a protected sheet, and the cell keeps its value', async () => {
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Sổ quỹ').getRange('B2');
        r.format.fill.color = '#FF0000';
        await ctx.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    const code2 = await codeOf(
      env.window.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sổ quỹ').getRange('B2').conditionalFormats.add('Custom');
        await ctx.sync();
      }),
    );
    expect(code2).toBe('AccessDenied');
    expect(wb.snapshot().sheets[1].cells.B2).toEqual({ value: 100000, numberFormat: '#,##0' });
  });

  it('fails loudly on members Excel does not have', async () => {
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Danh sách').getRange('B3');
        r.load('valuez');
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('fails members above the requirement matrix (ExcelApi 1.7 has no data validation)', async () => {
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Danh sách').getRange('C4').dataValidation.rule = { list: { inCellDropDown: true, source: 'Nam,Nữ' } };
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    // Members the library itself gates fail before any request.
    const code2 = await codeOf(
      env.window.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Danh sách').getRange('C4').conditionalFormats.getItemOrNullObject('0');
        await ctx.sync();
      }),
    );
    expect(code2).toBe('ApiNotFound');
  });

  it('isSetSupported follows the matrix', () => {
    const req = env.window.Office.context.requirements;
    expect(req.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(req.isSetSupported('ExcelApi', '1.8')).toBe(false);
  });

  it('reproduces #2180: custom properties of another conditional format type throw', async () => {
    wb.addConditionalFormat('Danh sách', { type: 'CellValue', range: 'D4:D5', rule: { formula1: '1960', operator: 'LessThan' }, format: { fill: '#FFC7CE' }, stopIfTrue: false });
    const code = await codeOf(
      env.window.Excel.run(async (ctx) => {
        const cfs = ctx.workbook.worksheets.getItem('Danh sách').getRange().conditionalFormats;
        cfs.load('items/custom/rule/formula');
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
    const ok = await env.window.Excel.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem('Danh sách').getRange().conditionalFormats;
      cfs.load('items/type,items/customOrNullObject/rule/formula');
      await ctx.sync();
      return cfs.items.map((cf) => [cf.type, cf.customOrNullObject.isNullObject]);
    });
    expect(ok).toEqual([['CellValue', true]]);
  });

  it('keeps custom XML parts, and saveAndReopen keeps the file state and drops references', async () => {
    await env.window.Excel.run(async (ctx) => {
      ctx.workbook.customXmlParts.add('<state xmlns="urn:test">x</state>');
      await ctx.sync();
    });
    const before = wb.snapshot();
    wb.saveAndReopen();
    expect(wb.snapshot()).toEqual(before);
    const xml = await env.window.Excel.run(async (ctx) => {
      const part = ctx.workbook.customXmlParts.getByNamespace('urn:test').getOnlyItemOrNullObject();
      await ctx.sync();
      const x = part.getXml();
      await ctx.sync();
      return x.value;
    });
    expect(xml).toBe('<state xmlns="urn:test">x</state>');
  });
});

describe('a Microsoft 365 matrix', () => {
  it('answers isSetSupported up to 1.18 and allows data validation', async () => {
    const wb = clubBook();
    const env = await bootJsdom({ workbook: wb, api: '1.18' });
    try {
      const req = env.window.Office.context.requirements;
      expect(req.isSetSupported('ExcelApi', '1.18')).toBe(true);
      expect(req.isSetSupported('ExcelApi', '1.19')).toBe(false);
      await env.window.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Danh sách').getRange('C4').dataValidation.rule = { list: { inCellDropDown: true, source: 'Nam,Nữ' } };
        await ctx.sync();
      });
      expect(wb.snapshot().sheets[0].dataValidations).toEqual([{ range: 'C4', rule: { list: { inCellDropDown: true, source: 'Nam,Nữ' } } }]);
    } finally {
      env.close();
    }
  });
});
