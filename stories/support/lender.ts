/**
 * How long the stories' in-memory lender takes to answer: long enough to see each widget's
 * skeleton in Storybook. The stories smoke test sets it to 0 (it checks what a story shows
 * once loaded, not the wait).
 */
export const storyLender = { latencyMs: 150 };
