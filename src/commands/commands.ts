// The ribbon's function file (manifest FunctionFile → commands.html). The Home-tab button only
// shows the task pane (ShowTaskpane), so nothing is registered here; the page must still call
// Office.onReady for the host to consider it loaded. Outside Office it does nothing.
import { signalReady } from '../workbook/office/host';

signalReady();
