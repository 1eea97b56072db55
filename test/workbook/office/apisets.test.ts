// Every Excel API member the adapter uses belongs to ExcelApi 1.7 (the manifest's minimum, Office
// 2019) or is listed as guarded by isSetSupported — found by the TypeScript checker (each property
// access resolved to its declaration in @types/office-js) and compared with the [Api set] tags.

import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { EXCEL_MEMBERS_GUARDED, EXCEL_MEMBERS_USED } from '../../../src/workbook/office/apiUsage';
import { compareVersions, memberSet } from '../../office-host/apisets';

const DIR = path.join(__dirname, '../../../src/workbook/office');
const BASELINE = '1.7';

interface Use {
  member: string;
  write: boolean;
  where: string;
}

function scan(): Use[] {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => path.join(DIR, f));
  const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: ['office-js', 'node'], skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(path.resolve(sf.fileName))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const sym = checker.getSymbolAtLocation(node.name);
        for (const decl of sym?.declarations ?? []) {
          const owner = decl.parent;
          if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) continue;
          const ns = owner.parent?.parent;
          if (!ns || !ts.isModuleDeclaration(ns) || ns.name.getText() !== 'Excel' || !decl.getSourceFile().fileName.includes('@types/office-js')) continue;
          const write = ts.isBinaryExpression(node.parent) && node.parent.left === node && node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
          uses.push({ member: `${owner.name.text}.${node.name.text}`, write, where: `${path.basename(sf.fileName)}:${line + 1}` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

describe('Office.js API sets used by src/workbook/office', () => {
  const uses = scan();

  it('finds the Excel members the adapter uses', () => {
    expect(uses.length).toBeGreaterThan(30);
  });

  it('uses only members listed in apiUsage.ts, and the list has nothing stale', () => {
    const found = [...new Set(uses.map((u) => u.member))].sort();
    expect(found).toEqual([...EXCEL_MEMBERS_USED].sort());
  });

  it('every member is in ExcelApi 1.7, or guarded by isSetSupported for its set', () => {
    const problems: string[] = [];
    for (const u of uses) {
      const set = memberSet(...(u.member.split('.') as [string, string]));
      if (!set) continue; // not tagged: OfficeExtension plumbing (load, items, isNullObject, context)
      const need = u.write ? set.set : set.get;
      if (compareVersions(need, BASELINE) <= 0) continue;
      const guard = EXCEL_MEMBERS_GUARDED[u.member];
      if (!guard || compareVersions(guard, need) < 0) problems.push(`${u.member} (${set.tag}) at ${u.where}`);
    }
    expect(problems).toEqual([]);
  });

  it('each guarded set is asked for with isSetSupported in the source', () => {
    const src = fs.readdirSync(DIR).map((f) => fs.readFileSync(path.join(DIR, f), 'utf8')).join('\n');
    for (const v of new Set(Object.values(EXCEL_MEMBERS_GUARDED))) expect(src).toContain(`supports('${v}')`);
  });
});
