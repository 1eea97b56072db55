// Is this page inside Excel? (Office.js lives in this folder only, its boot included.) office.js may be missing (opened in a browser, CDN unreachable) or
// present but outside any Office host; onReady may also never settle. Nothing here throws.

export type HostKind = 'excel' | 'outside';

export interface HostDetection {
  readonly kind: HostKind;
  readonly reason: 'excel' | 'no-office' | 'other-host' | 'timeout' | 'error';
}

interface OfficeLike {
  onReady?: () => Promise<{ host: unknown; platform?: unknown }>;
  HostType?: { Excel?: unknown };
}

export async function detectHost(scope: { Office?: unknown } = globalThis as { Office?: unknown }, timeoutMs = 5000): Promise<HostDetection> {
  const office = scope.Office as OfficeLike | undefined;
  if (typeof office !== 'object' || office === null || typeof office.onReady !== 'function') return { kind: 'outside', reason: 'no-office' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === 'timeout') return { kind: 'outside', reason: 'timeout' };
    const excel = office.HostType?.Excel ?? 'Excel';
    return info && info.host === excel ? { kind: 'excel', reason: 'excel' } : { kind: 'outside', reason: 'other-host' };
  } catch {
    return { kind: 'outside', reason: 'error' };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** The function file's part of the boot: Office waits for onReady before it considers the page loaded. */
export function signalReady(scope: { Office?: unknown } = globalThis as { Office?: unknown }): void {
  const office = scope.Office as OfficeLike | undefined;
  if (office && typeof office.onReady === 'function') office.onReady().catch(() => undefined);
}
