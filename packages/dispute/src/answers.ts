import { formattingTag, isIsoDate, parseAmount, type DisputeAnswer, type DisputeQuestion } from '@tessera/core';

/** A question's problem: unanswered, not a date, not an amount, or too long. */
export type AnswerProblem = 'required' | 'date' | 'amount' | 'long';

/**
 * The answers to send, from what the customer typed (`yes`/`no` for yes-no questions), and
 * the problem of each question that cannot be sent as it is. Unanswered optional questions
 * are left out.
 */
export function readAnswers(
  questions: readonly DisputeQuestion[],
  inputs: Readonly<Record<string, string>>,
  langTag: string,
): { answers: Record<string, DisputeAnswer>; problems: Record<string, AnswerProblem> } {
  const answers: Record<string, DisputeAnswer> = {};
  const problems: Record<string, AnswerProblem> = {};
  for (const q of questions) {
    const raw = (inputs[q.id] ?? '').trim();
    if (!raw) {
      if (q.required) problems[q.id] = 'required';
      continue;
    }
    if (q.kind === 'yes-no') answers[q.id] = raw === 'yes';
    else if (q.kind === 'date') {
      if (isIsoDate(raw)) answers[q.id] = raw;
      else problems[q.id] = 'date';
    } else if (q.kind === 'money') {
      const parsed = parseAmount(raw, langTag);
      if (parsed.ok && parsed.amount > 0) answers[q.id] = { amount: parsed.amount, currency: 'USD' };
      else problems[q.id] = 'amount';
    } else if (q.maxLength && raw.length > q.maxLength) problems[q.id] = 'long';
    else answers[q.id] = raw;
  }
  return { answers, problems };
}

/**
 * Whether a file may be sent: its media type is in `accept` (`image/*` matches any image)
 * and it is not larger than `maxBytes`. Its content is never read.
 */
export function fileProblem(file: { type: string; size: number }, accept: readonly string[], maxBytes: number): 'type' | 'size' | undefined {
  const type = file.type.toLowerCase();
  const accepted = accept.some((a) => (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a.toLowerCase()));
  return !accepted ? 'type' : file.size > maxBytes || file.size === 0 ? 'size' : undefined;
}

/** A size in words: `5 MB`, `500 KB`. */
export function formatSize(bytes: number, langTag: string): string {
  const mb = bytes >= 1_048_576;
  return new Intl.NumberFormat(formattingTag(langTag), { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes / (mb ? 1_048_576 : 1024));
}

/** What to accept, in words the customer knows: `PDF, JPEG, PNG`. */
export function typeNames(accept: readonly string[]): string {
  return accept.map((a) => (a.split('/')[1] ?? a).replace('*', '').toUpperCase() || a).join(', ');
}
