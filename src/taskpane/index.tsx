// The task pane page. It renders at once (in Vietnamese) and then learns where it runs: inside
// Excel it waits for Office.onReady before anything touches the workbook; outside Excel (no Office
// host, office.js not loaded) it explains itself and offers the demo. No error escapes uncaught.

import { createRoot } from 'react-dom/client';
import { createDemoWorkbook } from '../workbook/memory/sample';
import { App, type Screen } from './App';
import { detectHost } from '../workbook/office/host';
import { createExcelPort } from './excelPort';

async function boot(): Promise<Screen> {
  const host = await detectHost();
  if (host.kind !== 'excel') return { kind: 'outside' };
  return { kind: 'excel', port: await createExcelPort() };
}

window.addEventListener('unhandledrejection', (e) => {
  // A last guard: a failure is shown in the pane by the code that awaits it; never a stray rejection.
  e.preventDefault();
  console.error(e.reason);
});

const container = document.getElementById('container');
if (container) createRoot(container).render(<App boot={boot} demoPort={() => createDemoWorkbook()} />);
