// The script a Win32 Excel host injects before the task pane loads: `window.external` with
// GetHostInfo / GetContext / Execute / RegisterEvent. Execute(93, …) carries a RichApi request; it
// is handed to `window.__officeHostExecute(bodyText)`, which returns (or resolves to) the JSON text
// of [status, responseBodyText]. Shared by the jsdom and Chromium boots.

export interface ShimOptions {
  /** The requirement matrix GetSupportedMatrix returns, e.g. { ExcelApi: '1.7' }. */
  matrix: Record<string, string>;
  /** UI and data locale, e.g. 'vi-VN'. */
  locale: string;
  /** Name of the page-side bridge function. */
  bridge?: string;
}

export const BRIDGE = '__officeHostExecute';

/** JavaScript source of the shim (runs in the page, before office.js). */
export function shimSource(o: ShimOptions): string {
  const bridge = o.bridge ?? BRIDGE;
  return `(() => {
  const matrix = ${JSON.stringify(JSON.stringify(o.matrix))};
  const locale = ${JSON.stringify(o.locale)};
  const ctx = {
    GetAppType: () => 1,
    GetSolutionRef: () => 'ishc-emulated-addin',
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => locale,
    GetAppDataLocale: () => locale,
    GetDocUrl: () => 'https://emulated.invalid/Book1.xlsx',
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => '',
    GetCorrelationId: () => '00000000-0000-0000-0000-000000000000',
    GetInstanceId: () => '{emulated-instance}',
    GetTouchEnabled: () => false,
    GetCommerceAllowed: () => false,
    GetSupportedMatrix: () => matrix,
    GetHostCustomMessage: () => '',
    GetHostFullVersion: () => '16.0.17000.10000',
    GetDialogRequirementMatrix: () => '',
    GetInitialDisplayMode: () => 0,
    GetSettings: () => ({ Read: () => {}, Write: () => {} }),
  };
  const ext = {
    GetHostInfo: () => 'Excel$Win32$16.01$' + locale + '$$$$0',
    GetContext: () => ctx,
    Execute: (dispId, params, cb) => {
      if (dispId !== 93) { setTimeout(() => cb({ toArray: () => [5001] }), 0); return; }
      const body = params[0][4];
      Promise.resolve(window.${bridge}(body)).then((text) => {
        const [status, resp] = JSON.parse(text);
        setTimeout(() => cb({ toArray: () => status === 0 ? [0, [200, ['Content-Type', 'application/json'], resp]] : [status] }), 0);
      });
    },
    RegisterEvent: (id, targetId, handler, cb) => { (window.__officeHostEvents = window.__officeHostEvents || []).push(id); cb(0); },
    UnregisterEvent: (id, targetId, cb) => cb(0),
  };
  Object.defineProperty(window, 'external', { value: ext, configurable: true, writable: true });
})();`;
}
