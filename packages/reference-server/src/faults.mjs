// Faults on demand, for testing a client against a failing server. Off unless the server
// is started with them enabled (`TESSERA_FAULTS=1`, or `faults: true`).
//   Tessera-Fault: latency=800
//   Tessera-Fault: status=503; retry-after=30
//   Tessera-Fault: drop-after-commit      (the change is made, the connection is dropped)

export const FAULT_HEADER = 'Tessera-Fault';

/**
 * @param {string | undefined} header
 * @returns {{ rule?: import('@tessera/mocks').Fault, dropAfterCommit: boolean } | undefined}
 */
export function parseFaultHeader(header) {
  if (!header) return undefined;
  const fields = Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split('=').map((s) => s.trim()))
      .filter(([name]) => name),
  );
  const number = (name) => (/^\d{1,6}$/.test(fields[name] ?? '') ? Number(fields[name]) : undefined);
  const rule = {};
  const latency = number('latency');
  const status = number('status');
  const retryAfter = number('retry-after');
  if (latency !== undefined) rule.latencyMs = Math.min(latency, 30_000);
  if (status !== undefined && status >= 400 && status <= 599) rule.status = status;
  if (retryAfter !== undefined) rule.retryAfter = retryAfter;
  return { ...(Object.keys(rule).length > 0 ? { rule } : {}), dropAfterCommit: 'drop-after-commit' in fields };
}
