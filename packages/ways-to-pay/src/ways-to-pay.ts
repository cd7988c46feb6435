import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  TesseraElement,
  assertShape,
  headingLevel,
  isWaysToPay,
  leftOutOf,
  renderHeading,
  requireSlice,
  themeStyles,
  type AccountKind,
  type WayToPay,
  type WaysToPay,
} from '@tessera/core';
import { messages, type WaysToPayMessages } from './messages.js';
import { AccountNumberReveal } from './reveal.js';
import { renderSkeleton } from './skeleton.js';
import { renderCompactWay, renderWay, type WayContext } from './way-view.js';
import { styles } from './ways-to-pay.styles.js';
import { VERSION } from './version.js';

const KINDS: readonly AccountKind[] = ['card', 'vehicle-loan'];
const kindOf = (value: string | undefined): AccountKind | undefined => KINDS.find((kind) => kind === value);

/**
 * Every way to pay the lender, from the provider, so addresses and fees are kept in one
 * place: what each costs (free, a fixed fee, a fee that varies, and who charges it), how
 * long until a payment posts, what to have on hand, and its details: the payment address
 * with the account number to write on the check, the correspondence address kept apart,
 * phone numbers with their hours, bill-pay payee details. Each way expands from its heading
 * (accordion); the online ways (one-time, Auto Pay, text) are actions the host wires. With
 * `account-id`, the account's number shows masked beside bill pay and checks, with "Show
 * full number" when the provider offers it. `compact` lists names and fees only.
 *
 * @summary Every way to pay the lender, with costs, posting times, addresses and phone numbers.
 *
 * @fires {CustomEvent<WaysToPayChosenDetail>} tessera-ways-to-pay-chosen - The customer chose an online way to pay (`kind`: `online`, `autopay` or `text`): the host opens its payment form, Auto Pay setup or text enrollment.
 * @fires {CustomEvent<WaysToPayRevealedDetail>} tessera-ways-to-pay-revealed - The full account number is on screen at the customer's request (for an audit trail); the event never carries the number.
 * @fires {CustomEvent<WaysToPayFailedDetail>} tessera-ways-to-pay-failed - The load (`action: 'load'`) or the customer's `reveal` of the account number failed; `code` is the provider's error code, `accountId` the account shown.
 *
 * @csspart base - The outer box, in every state.
 * @csspart heading - The "Ways to pay" heading.
 * @csspart filter - The account-kind filter: its label and select (without `account-id`, not in `compact`).
 * @csspart filter-select - The account-kind select.
 * @csspart list - The list of ways.
 * @csspart way - One way to pay (list item).
 * @csspart summary - The button that expands a way: its name and cost (`aria-expanded`).
 * @csspart cost - A way's cost in a word or two: "Free", "$9.95 fee", "Fee varies".
 * @csspart panel - A way's details (a region named by the way).
 * @csspart facts - Cost (and who charges it), posting time, what to have on hand.
 * @csspart payee - Bill pay: the payee's name and address.
 * @csspart address - A postal address block (payments, payee, correspondence).
 * @csspart correspondence - The address for letters and disputes, never payments (it is also an `address` part).
 * @csspart account-number - The account number line, masked, with its reveal control.
 * @csspart reveal - The "Show full number" / "Hide number" button.
 * @csspart phone - A phone number (`tel:` link).
 * @csspart link - A third party's page (https only; opens in a new tab with `noopener`).
 * @csspart action - The button of an online way ("Make a payment", "Set up Auto Pay", "Set up pay by text").
 * @csspart empty - Shown when no way to pay fits the filter.
 * @csspart notice - Says how many ways could not be shown because their data was invalid.
 * @csspart skeleton - The loading placeholder: the list, collapsed.
 * @csspart error - An error message: the load's, or the reveal's.
 * @csspart retry - The error's Try again button.
 *
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Costs.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Way headings and skeleton bars.
 * @cssprop --tessera-color-border - Borders.
 * @cssprop --tessera-color-accent - Links and buttons.
 * @cssprop --tessera-color-on-accent - Text on the online ways' buttons.
 * @cssprop --tessera-color-danger - Error borders.
 * @cssprop --tessera-focus-ring - Focus outline color.
 * @cssprop --tessera-focus-ring-width - Focus outline width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraWaysToPay extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-ways-to-pay';
  static override styles = [themeStyles, styles];

  /** The account the customer is paying: its masked number beside bill pay and checks, and its kind filters the ways. */
  @property({ attribute: 'account-id' })
  accountId?: string;

  /** Shows the ways for this kind of account (`card` or `vehicle-loan`); empty for all. Follows the customer's choice. */
  @property({ attribute: 'account-kind' })
  accountKind = '';

  /** Expands this way (its id), e.g. for a link to the instructions for paying by mail. */
  @property({ attribute: 'open-id' })
  openId?: string;

  /** Names and fees only. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /** The clock for time zone names in opening hours, for tests and stories; by default the current time. */
  @property({ attribute: false })
  now?: Date;

  /** Ways the customer expanded. */
  private readonly open = new Set<string>();

  private readonly reveal = new AccountNumberReveal(this, {
    help: () => this.activeProvider?.help,
    signal: () => this.connectionSignal,
    revealed: (accountId) => this.emit('tessera-ways-to-pay-revealed', { accountId }),
    failed: (accountId, error) => this.reportFailure('reveal', error, { accountId }),
    renderError: (error, retry) => this.renderError(error, retry),
    focus: (wayId) => void this.focusReveal(wayId),
  });

  private readonly waysTask = this.loadTask(
    () => [this.activeProvider, this.locale, this.accountId] as const,
    async ([provider, locale, accountId], signal): Promise<WaysToPay> => {
      const help = requireSlice(provider, 'help', ['getWaysToPay']);
      // Checked by requireSlice: optional in HelpApi, required by this widget.
      const answer = await help.getWaysToPay!(locale, accountId ? { signal, accountId } : { signal });
      return assertShape(answer, isWaysToPay, 'ways to pay', 'help.getWaysToPay');
    },
    ([, , accountId]) => (accountId ? { accountId } : {}),
  );

  private get m(): WaysToPayMessages {
    return this.messagesFrom(messages);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('openId') && this.openId) this.open.add(this.openId);
    // A number shown for one account, provider or language is never left for the next.
    if (changed.has('accountId') || changed.has('provider') || changed.has('contextProvider' as keyof TesseraWaysToPay)) this.reveal.hide();
  }

  /** The kind shown: the filter's, else the account's. */
  private kindShown(data?: WaysToPay): AccountKind | undefined {
    return kindOf(this.accountKind) ?? data?.account?.kind;
  }

  private get showsFilter(): boolean {
    return !this.compact && !this.accountId;
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">${this.renderTask(this.waysTask, {
        loading: () =>
          renderSkeleton({
            m: this.m,
            loading: this.coreMessages.loading,
            kind: this.kindShown() ?? (this.accountId ? 'vehicle-loan' : undefined),
            filter: this.showsFilter,
            compact: this.compact,
          }),
        ready: (data) => this.renderReady(data),
      })}</div>`;
  }

  private renderReady(data: WaysToPay): TemplateResult {
    const { m } = this;
    const kind = this.kindShown(data);
    const ways = data.ways.filter((way) => !kind || way.accountKinds.includes(kind));
    const level = headingLevel(this.headingLevel);
    return html`${renderHeading(level, m.heading, { className: 'heading', part: 'heading', id: 'ways-heading' })}
      ${this.showsFilter ? this.renderFilter(m) : nothing}
      ${ways.length
        ? html`<ul class="list" part="list" aria-labelledby="ways-heading">${ways.map((way, index) =>
              this.compact ? renderCompactWay(way, m, this.langTag) : renderWay(way, index, this.open.has(way.id), this.context(data, level)),
            )}</ul>`
        : html`<p class="empty" part="empty">${m.empty}</p>`}
      ${this.renderLeftOut(leftOutOf(data))}`;
  }

  private renderFilter(m: WaysToPayMessages): TemplateResult {
    const value = kindOf(this.accountKind) ?? '';
    return html`<div class="filter" part="filter"><label class="label" for="kind">${m.filterLabel}</label><select id="kind" part="filter-select" @change=${(event: Event) => this.onFilter(event)}><option value="" ?selected=${value === ''}>${m.filterAll}</option>${KINDS.map((kind) => html`<option value=${kind} ?selected=${value === kind}>${m.kinds[kind]}</option>`)}</select></div>`;
  }

  private context(data: WaysToPay, level: number): WayContext {
    return {
      m: this.m,
      langTag: this.langTag,
      now: this.now ?? new Date(),
      level: headingLevel(level + 1),
      account: data.account,
      accountNumber: (wayId, account) => this.reveal.render(wayId, account, this.m),
      onToggle: (way, open) => this.toggle(way, open),
      onChoose: (way) => this.emit('tessera-ways-to-pay-chosen', { wayId: way.id, kind: way.kind, ...(this.accountId ? { accountId: this.accountId } : {}) }),
    };
  }

  private onFilter(event: Event): void {
    this.accountKind = (event.target as HTMLSelectElement).value;
  }

  private toggle(way: WayToPay, open: boolean): void {
    if (open) this.open.add(way.id);
    else {
      this.open.delete(way.id);
      // Collapsing a way puts a number shown in it out of sight: it is hidden again.
      this.reveal.hide();
    }
    this.requestUpdate();
  }

  /** After a retried reveal took its error (and the focused retry) away: focus its button. */
  private async focusReveal(wayId: string): Promise<void> {
    await this.updateComplete;
    const root = this.shadowRoot;
    if (!root || root.activeElement || (document.activeElement !== document.body && document.activeElement !== this)) return;
    root.querySelector<HTMLElement>(`#reveal-${CSS.escape(wayId)}`)?.focus();
  }
}
