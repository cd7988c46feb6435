import { a11ySnapshot } from '@web/test-runner-commands';

// Accessible names as a screen reader gets them, for widget tests in every engine.
//
// Chromium's accessibility tree leaves out a text node that holds only spaces when a comment
// follows it, and Lit marks each template part with a comment: `${network} ${nickname}` is
// read "VisaEveryday card" although textContent (and the screen) says "Visa Everyday card".
// readAloud() reads the DOM that way in every engine, so a template that would lose a space
// in Chromium fails everywhere; chromiumNames() asks Chromium's own tree where it can.

/** Bidirectional isolates and marks: invisible, and left out of comparisons. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const squeeze = (value: string): string => value.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();

/** The text of `node` as Chromium reads it into a name: spaces before template markers dropped. */
export function readAloud(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node as Text).data;
    return /^\s*$/.test(text) && node.nextSibling?.nodeType === Node.COMMENT_NODE ? '' : text;
  }
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(readAloud).join('');
}

/** A control's name from its `aria-labelledby` targets, else from its content, read aloud. */
export function nameOf(control: Element): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const ids = control.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean);
  const sources = ids ? ids.map((id) => root.getElementById(id)) : [control];
  return squeeze(sources.map((source) => (source ? readAloud(source) : '')).join(' '));
}

/** The same text without the markers' effect: what the screen shows. */
export function shownText(element: Element | null | undefined): string {
  return squeeze(element?.textContent ?? '');
}

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** True in Chromium, where the accessibility tree can be read (a11ySnapshotPlugin). */
export const isChromium = /Chrome\//.test(navigator.userAgent);

/**
 * In Chromium, the names its accessibility tree gives every node of `role`, in page order;
 * `undefined` in the other engines (their trees cannot be read from a test page).
 */
export async function chromiumNames(role: string): Promise<string[] | undefined> {
  if (!isChromium) return undefined;
  const names: string[] = [];
  const walk = (node: AxNode): void => {
    if (node.role === role) names.push(squeeze(node.name ?? ''));
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return names;
}
