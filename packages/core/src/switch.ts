import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isAbortError } from './errors.js';

/**
 * The on/off switch every widget uses (WAI-ARIA switch pattern): a `<button role="switch">`
 * with a track, a thumb and a visible label. Set `--_switch-width` and `--_switch-on` on
 * an ancestor to size and color it; the thumb follows the writing direction.
 */
export const switchStyles = css`
  .switch {
    display: inline-flex;
    justify-self: start;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .switch.small {
    font-weight: 400;
  }
  .switch[aria-busy='true'] {
    cursor: progress;
  }
  .track {
    --_w: var(--_switch-width, 2.75rem);
    flex: none;
    position: relative;
    width: var(--_w);
    height: calc(var(--_w) * 0.56);
    border: 2px solid var(--_color-border);
    border-radius: 999px;
    background: var(--_color-surface-raised);
    transition: background-color 0.15s;
  }
  .small > .track {
    --_w: 2.5rem;
  }
  .thumb {
    position: absolute;
    top: 2px;
    inset-inline-start: 2px;
    width: calc(var(--_w) * 0.56 - 8px);
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_color-text-muted);
    transition: inset-inline-start 0.15s;
  }
  [aria-checked='true'] > .track {
    border-color: var(--_switch-on, var(--_color-accent));
    background: var(--_switch-on, var(--_color-accent));
  }
  [aria-checked='true'] > .track > .thumb {
    background: var(--_color-on-accent);
    inset-inline-start: calc(100% - var(--_w) * 0.56 + 6px);
  }
  [aria-busy='true'] > .track > .thumb {
    animation: tessera-pulse 1s ease-in-out infinite;
  }
  .switch-state {
    color: var(--_color-text-muted);
    font-weight: 400;
  }
`;

export interface SwitchOptions {
  /** The visible label: what turning the switch on does. */
  label: string;
  checked: boolean;
  /** A request is under way: `aria-busy`, and the thumb pulses. */
  busy?: boolean;
  onToggle: () => void;
  id?: string;
  /** Extra part names beside `switch` (`alerts-switch`). */
  part?: string;
  /** Ids that name the switch, when the label alone is ambiguous on the page. */
  labelledBy?: string;
  /** The id of the label span, so `labelledBy` can point at it. */
  labelId?: string;
  describedBy?: string;
  /** A short visible state ("On", "Off"), hidden from assistive technology (`aria-checked` says it). */
  stateText?: string;
  small?: boolean;
}

/** Renders the shared switch; parts: `switch`, `track`, `thumb`, `label`. */
export function renderSwitch(o: SwitchOptions): TemplateResult {
  return html`<button
    id=${ifDefined(o.id)}
    class="switch${o.small ? ' small' : ''}"
    part=${o.part ? `switch ${o.part}` : 'switch'}
    type="button"
    role="switch"
    aria-checked=${o.checked ? 'true' : 'false'}
    aria-busy=${o.busy ? 'true' : 'false'}
    aria-labelledby=${ifDefined(o.labelledBy)}
    aria-describedby=${ifDefined(o.describedBy)}
    @click=${o.onToggle}
  >
    <span class="track" part="track" aria-hidden="true"><span class="thumb" part="thumb"></span></span>
    <span part="label" id=${ifDefined(o.labelId)}>${o.label}</span>
    ${o.stateText ? html`<span class="switch-state" aria-hidden="true">${o.stateText}</span>` : nothing}
  </button>`;
}

export interface LatestIntentOptions {
  /** The value the lender last confirmed. */
  confirmed: () => boolean | undefined;
  /** Sends one value; resolves once the lender's answer is stored (so `confirmed` reads it). */
  send: (value: boolean) => Promise<void>;
  /** A request failed (never for aborts): show it, and offer `retry` where it helps. */
  failed: (error: unknown, wanted: boolean) => void;
  /** Something to show changed (busy, the shown value). */
  changed: () => void;
}

/**
 * One setting, switched by the customer as often as they like: one request at a time,
 * and when it settles the customer's latest choice is sent if it differs from what the
 * lender confirmed, so rapid toggles end where the customer left them.
 */
export class LatestIntent {
  private wanted: boolean | undefined;
  private sending = false;
  private readonly options: LatestIntentOptions;

  constructor(options: LatestIntentOptions) {
    this.options = options;
  }

  /** What the switch shows: the customer's latest choice, else the lender's answer. */
  get shown(): boolean {
    return this.wanted ?? this.options.confirmed() ?? false;
  }

  get busy(): boolean {
    return this.sending;
  }

  /** The customer's latest choice: shown at once, sent when no request is under way. */
  want(value: boolean): void {
    this.wanted = value;
    this.options.changed();
    if (!this.sending) void this.flush();
  }

  toggle(): void {
    this.want(!this.shown);
  }

  private async flush(): Promise<void> {
    this.sending = true;
    try {
      while (this.wanted !== undefined && this.wanted !== this.options.confirmed()) {
        const target = this.wanted;
        try {
          await this.options.send(target);
        } catch (error) {
          if (!isAbortError(error)) this.options.failed(error, target);
          return;
        }
        // The customer did not change their mind meanwhile: done, whatever the lender answered.
        if (this.wanted === target) return;
      }
    } finally {
      this.sending = false;
      this.wanted = undefined;
      this.options.changed();
    }
  }
}
