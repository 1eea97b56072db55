// The Excel side of the port, once Office.onReady has said the host is Excel.
import type { AppPort } from '../app/ports';

export async function createExcelPort(): Promise<AppPort> {
  throw new Error('The Office adapter (src/workbook/office) is not available in this build.');
}
