/** The `topics` attribute: ids separated by spaces or commas. */
export const listConverter = {
  fromAttribute: (value: string | null): string[] | undefined => value?.split(/[\s,]+/).filter(Boolean),
};

/** Whether two cache keys hold the same parts. */
export const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.every((part, i) => part === b[i]);

/** The entry id in the URL's hash, if any. */
export function hashId(): string | undefined {
  try {
    return decodeURIComponent(location.hash.slice(1)) || undefined;
  } catch {
    return undefined;
  }
}

/** Arrow keys, Home and End move between the questions of the widget (WAI-ARIA accordion). */
export function onQuestionKey(event: KeyboardEvent): void {
  const button = event.currentTarget as HTMLButtonElement;
  const buttons = [...(button.getRootNode() as ParentNode).querySelectorAll<HTMLButtonElement>('.question')];
  const at = buttons.indexOf(button);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  buttons.at(next % buttons.length)?.focus();
}
