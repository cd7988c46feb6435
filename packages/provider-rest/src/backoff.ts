export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
}

/**
 * Milliseconds to wait before retry number `attempt` (0-based): the server's
 * `Retry-After` when it gave one, else exponential backoff with jitter (half to full
 * delay, so many clients do not retry in step). `undefined` when the server asks for a
 * longer wait than `maxMs`: the caller fails now and reports `retryAfter` instead.
 */
export function retryDelay(
  attempt: number,
  retryAfterSeconds: number | undefined,
  { baseMs, maxMs }: BackoffSettings,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterSeconds !== undefined) {
    const ms = retryAfterSeconds * 1000;
    return ms <= maxMs ? ms : undefined;
  }
  const full = Math.min(baseMs * 2 ** attempt, maxMs);
  return Math.round(full / 2 + (random() * full) / 2);
}

/** Why a signal aborted: an `AbortError` DOMException unless the caller gave `abort()` a reason. */
export const abortReason = (signal: AbortSignal): Error => signal.reason as Error;

/** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      if (signal) reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
