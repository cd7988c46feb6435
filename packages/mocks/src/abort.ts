/** What an aborted call rejects with, like `fetch` does. */
export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Rejects with an AbortError as soon as any of the signals aborts; otherwise never settles. */
export function untilAborted(...signals: Array<AbortSignal | undefined>): Promise<never> {
  return new Promise<never>((_, reject) => {
    const live = signals.filter((s): s is AbortSignal => s !== undefined);
    if (live.some((s) => s.aborted)) {
      reject(abortError());
      return;
    }
    const onAbort = (): void => {
      for (const s of live) s.removeEventListener('abort', onAbort);
      reject(abortError());
    };
    for (const s of live) s.addEventListener('abort', onAbort, { once: true });
  });
}

/** Waits `ms`, or rejects with an AbortError if a signal aborts first. */
export function sleep(ms: number, ...signals: Array<AbortSignal | undefined>): Promise<void> {
  const live = signals.filter((s): s is AbortSignal => s !== undefined);
  if (live.some((s) => s.aborted)) return Promise.reject(abortError());
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      for (const s of live) s.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    for (const s of live) s.addEventListener('abort', onAbort, { once: true });
  });
}
