/**
 * A US mobile number as typed (`(555) 555-0123`, `555.555.0123`, `+1 555 555 0123`) in
 * E.164 (`+15555550123`), or `null`: ten digits after an optional leading 1, the area code
 * and the exchange not starting with 0 or 1.
 */
export function toE164(input: string): string | null {
  if (/[^\d\s().+-]/.test(input)) return null;
  const digits = input.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(digits) ? `+1${digits}` : null;
}

/** Seconds as `m:ss`, for the visible countdown. */
export const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
