// The Excel side of the port, made once Office.onReady has said the host is Excel. The Office
// adapter is the only module that touches Office.js (DESIGN.md); the pane sees an AppPort.
import type { AppPort } from '../app/ports';
import { createOfficePort } from '../workbook/office';

export async function createExcelPort(): Promise<AppPort> {
  return createOfficePort();
}
