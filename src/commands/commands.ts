// The ribbon's function file (manifest FunctionFile → commands.html). The Home-tab button only
// shows the task pane (ShowTaskpane), so nothing is registered here; the page must still call
// Office.onReady for the host to consider it loaded. Outside Office it does nothing.

const office = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
if (office && typeof office.onReady === 'function') {
  office.onReady().catch(() => undefined);
}

export {};
