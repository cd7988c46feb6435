import { abortReason } from './backoff.js';

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

/**
 * Lets identical concurrent requests share one in-flight call. Each caller can abort on
 * its own; the shared call is aborted only when every caller has left.
 */
export class SharedRequests {
  private readonly entries = new Map<string, Entry>();

  join<T>(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = { promise: start(controller.signal), controller, callers: 0 };
      const forget = () => {
        if (this.entries.get(key) === created) this.entries.delete(key);
      };
      // Also keeps a failure nobody waits for any more from being reported as unhandled.
      created.promise.then(forget, forget);
      this.entries.set(key, created);
      entry = created;
    }
    const joined = entry;
    joined.callers++;
    if (!signal) return joined.promise as Promise<T>;

    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(abortReason(signal));
        if (--joined.callers > 0) return;
        if (this.entries.get(key) === joined) this.entries.delete(key);
        joined.controller.abort();
      };
      signal.addEventListener('abort', leave, { once: true });
      (joined.promise as Promise<T>)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', leave));
    });
  }
}
