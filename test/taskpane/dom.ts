// A jsdom window as the global environment, for rendering the pane's React components in jest
// without a browser (jest-environment-jsdom is not installed; jsdom is).
import * as vm from 'vm';
import type * as JsdomModule from 'jsdom';

// jsdom 29 has an ESM-only dependency that jest's registry cannot load on Node < 24.9: load it with
// Node's own require, outside jest (as test/office-host/jsdom.ts does).
function loadJsdom(): typeof JsdomModule {
  const realProcess = vm.runInThisContext('process') as { getBuiltinModule?(id: string): typeof import('module') };
  const Module = realProcess.getBuiltinModule?.('module');
  if (!Module) throw new Error('Rendering the pane in jsdom needs Node >= 20.16 (process.getBuiltinModule).');
  return Module.createRequire(__filename)('jsdom') as typeof JsdomModule;
}
const { JSDOM } = loadJsdom();
type JSDOM = JsdomModule.JSDOM;

export function installDom(): JSDOM {
  const dom = new JSDOM('<!doctype html><html lang="vi"><body><div id="container"></div></body></html>', {
    url: 'https://addin.test/taskpane.html',
    pretendToBeVisual: true,
  });
  const g = globalThis as Record<string, unknown>;
  const w = dom.window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(w)) {
    if (key in g || key.startsWith('_')) continue;
    g[key] = w[key];
  }
  // Node has its own Event classes; the DOM needs the window's.
  for (const key of ['Event', 'CustomEvent', 'EventTarget', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'UIEvent', 'InputEvent', 'MessageEvent']) g[key] = w[key];
  g.window = dom.window;
  g.document = dom.window.document;
  g.navigator = dom.window.navigator;
  g.localStorage = dom.window.localStorage;
  g.IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom lacks these; Fluent UI only needs them to exist.
  g.matchMedia ??= () => ({ matches: false, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} });
  (dom.window as unknown as Record<string, unknown>).matchMedia = g.matchMedia;
  g.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  (dom.window as unknown as Record<string, unknown>).ResizeObserver = g.ResizeObserver;
  return dom;
}
