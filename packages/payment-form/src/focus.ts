import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where focus goes when a render removes or disables the control that had it, in order:
 * the button of the request under way, the step's heading, the form's box (while a step loads).
 */
const KEEP_FOCUS = ['[aria-disabled="true"]', '#heading', '[part~="base"]'];

/**
 * Focus in the form: it goes where the form asks once that is rendered (a step's heading,
 * the first field in error), and never falls to the page when a render removes or disables
 * the control the customer was on (a button that goes away with its step, a checkbox locked
 * while a payment is sent).
 */
export class FocusKeeper implements ReactiveController {
  private target?: string | undefined;
  /** What had focus in the form when the render began. */
  private before: Element | null = null;

  constructor(private readonly element: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    element.addController(this);
  }

  /** Focus goes to `selector` once it is rendered. */
  focus(selector: string): void {
    this.target = selector;
  }

  hostUpdate(): void {
    const root = this.element.renderRoot;
    this.before = root instanceof ShadowRoot ? root.activeElement : null;
  }

  hostUpdated(): void {
    const before = this.before;
    this.before = null;
    const root = this.element.renderRoot;
    const target = this.target && root.querySelector<HTMLElement>(this.target);
    if (target) {
      this.target = undefined;
      target.focus();
      return;
    }
    if (!before || !(root instanceof ShadowRoot)) return;
    const now = root.activeElement;
    if (now && !now.matches(':disabled')) return;
    for (const selector of KEEP_FOCUS) {
      const next = root.querySelector<HTMLElement>(selector);
      if (!next) continue;
      if (selector === '[part~="base"]') next.tabIndex = -1;
      next.focus();
      return;
    }
  }
}
