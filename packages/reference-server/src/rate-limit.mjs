// A fixed window per caller: `limit` requests every `windowMs`, then 429 with Retry-After.

/** @param {{ limit: number, windowMs: number }} options */
export function createRateLimiter({ limit, windowMs }) {
  /** @type {Map<string, { count: number, resetAt: number }>} */
  const windows = new Map();
  return {
    /** Counts one request; the seconds to wait when over the limit, else 0. */
    take(caller) {
      const now = Date.now();
      let window = windows.get(caller);
      if (!window || window.resetAt <= now) {
        if (windows.size > 10_000) windows.clear();
        window = { count: 0, resetAt: now + windowMs };
        windows.set(caller, window);
      }
      window.count += 1;
      return window.count > limit ? Math.max(1, Math.ceil((window.resetAt - now) / 1000)) : 0;
    },
  };
}
