import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import {
  TesseraElement,
  assertShape,
  headingLevel,
  leftOutOf,
  requireSlice,
  switchStyles,
  themeStyles,
  type TesseraProvider,
  type TitleCase,
} from '@tessera/core';
import { EmailUpdates } from './email-updates.js';
import { messages, type TitleTrackerMessages } from './messages.js';
import { renderSkeleton } from './skeleton.js';
import { featuredFirst, isSafeHref, isTitleList, localToday, stepNow } from './title-data.js';
import { styles } from './title-tracker.styles.js';
import { renderVehicle, vehicleNameId, type VehicleContext } from './vehicle-view.js';
import { VERSION } from './version.js';

/**
 * Follows the title or lien release of each vehicle the customer has paid off: a stepper
 * per vehicle (payoff received → payment cleared → lien released → title sent → title
 * delivered) with dates and estimates, delays flagged with what to do next, guidance for
 * the delivery method, the mailing tracking number, and a switch for email updates. Each
 * vehicle's heading is at `heading-level`, "What to expect" one level below; step notes and
 * guidance are asked for in the widget's language.
 *
 * @summary Vehicle title and lien-release status after payoff.
 *
 * @fires {CustomEvent<TitleTrackerViewedDetail>} tessera-title-tracker-viewed - The customer expanded a vehicle; and once after load for the vehicle shown expanded (once per vehicle). `currentStep` is the current step, else the next upcoming one, else the last.
 * @fires {CustomEvent<TitleTrackerEmailUpdatesChangedDetail>} tessera-title-tracker-email-updates-changed - After the lender confirms the customer's new email-updates setting for a title. Never for the switch's optimistic state or for properties set by the host.
 * @fires {CustomEvent<TitleTrackerFailedDetail>} tessera-title-tracker-failed - The load (`action: 'load'`, with `accountId` when set) or the customer's `email-updates` change (with `titleId`) failed; `code` is the provider's error code.
 *
 * @slot payoff-link - Replaces the empty state's link to the payoff page (default: a link to `payoff-href`).
 *
 * @csspart base - The outer box, in every state.
 * @csspart list - The list of vehicles.
 * @csspart vehicle - One vehicle (list item).
 * @csspart summary - The button that expands or collapses a vehicle: vehicle, current step, estimate.
 * @csspart panel - A vehicle's details (a region named by the vehicle).
 * @csspart steps - The stepper (`<ol>`).
 * @csspart step - One step (`<li>`); it also has one of the four parts below.
 * @csspart step-done - A done step.
 * @csspart step-current - The current step (not past its estimate).
 * @csspart step-upcoming - A step not started yet (not past its estimate).
 * @csspart step-delayed - A current or upcoming step past its estimated date.
 * @csspart step-status - A step's status in words.
 * @csspart note - The lender's note under a step that is not delayed.
 * @csspart next-step - What to do next, under a delayed step (the lender's note, or a default).
 * @csspart facts - Payoff date, titling state, delivery method and recipient.
 * @csspart guidance - What to expect for this delivery method.
 * @csspart tracking - The mailing carrier and tracking number.
 * @csspart tracking-link - The carrier's tracking link (only for http(s) URLs).
 * @csspart email-updates - The email-updates block.
 * @csspart switch - The email-updates switch (`role="switch"`).
 * @csspart track - The switch's track.
 * @csspart thumb - The switch's thumb.
 * @csspart label - The switch's visible label.
 * @csspart email-error - The email-updates error (it is also an `error` part).
 * @csspart empty - The state shown when no vehicle is paid off yet.
 * @csspart payoff-link - The default link to the payoff page.
 * @csspart skeleton - The loading placeholder: one vehicle, expanded.
 * @csspart error - An error message: the load's, or the email-updates change's.
 * @csspart retry - The error's Try again button.
 * @csspart notice - Says how many vehicles could not be shown because their data was invalid.
 *
 * @cssprop [--tessera-title-tracker-marker-size=1.25rem] - Diameter of the stepper markers.
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Summary and skeleton background, the switch's track when off.
 * @cssprop --tessera-color-border - Borders and upcoming markers.
 * @cssprop --tessera-color-accent - Current step, links and the switch when on.
 * @cssprop --tessera-color-on-accent - The switch thumb when on.
 * @cssprop --tessera-color-success - Done markers.
 * @cssprop --tessera-color-warning - Delayed steps.
 * @cssprop --tessera-color-danger - Error borders.
 * @cssprop --tessera-focus-ring - Focus outline color.
 * @cssprop --tessera-focus-ring-width - Focus outline width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraTitleTracker extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-title-tracker';
  static override styles = [themeStyles, switchStyles, styles];

  /** Show only the title case of this vehicle loan. */
  @property({ attribute: 'account-id' })
  accountId?: string;

  /** The host's payoff page, linked from the empty state (http(s) or relative URLs only). */
  @property({ attribute: 'payoff-href' })
  payoffHref?: string;

  /**
   * The current time, for tests and server rendering; by default the clock when rendering.
   * "Today" (for delayed steps) is its calendar date in the viewer's time zone.
   */
  @property({ attribute: false })
  now?: Date;

  /** Vehicles the customer expanded (true) or collapsed (false). */
  private readonly open = new Map<string, boolean>();
  private readonly autoViewed = new Set<string>();
  private autoViewDue = false;
  private loadedFrom?: TesseraProvider;

  private readonly email = new EmailUpdates({
    titles: () => requireSlice(this.activeProvider, 'titles'),
    signal: () => this.connectionSignal,
    locale: () => this.locale,
    listed: (titleId) => this.titlesTask.value?.find((t) => t.id === titleId),
    changed: () => this.requestUpdate(),
    emailChanged: (titleId, enabled) => this.emit('tessera-title-tracker-email-updates-changed', { titleId, enabled }),
    failed: (titleId, error) => this.reportFailure('email-updates', error, { titleId }),
    describe: (error) => this.describeError(error),
    focus: (titleId, what) => this.focusEmail(titleId, what),
  });

  private readonly titlesTask = this.loadTask(
    () => [this.activeProvider, this.locale] as const,
    async ([provider, locale], signal): Promise<TitleCase[]> => {
      const titles = requireSlice(provider, 'titles', ['listTitles', 'setTitleEmailUpdates']);
      const list = assertShape(await titles.listTitles({ signal, locale }), isTitleList, 'title cases', 'titles.listTitles');
      signal.throwIfAborted();
      this.email.loaded(provider === this.loadedFrom);
      this.loadedFrom = provider;
      this.autoViewDue = true;
      return list;
    },
    () => (this.accountId ? { accountId: this.accountId } : {}),
  );

  private get m(): TitleTrackerMessages {
    return this.messagesFrom(messages);
  }

  /** The vehicles to list, the one shown expanded first. */
  private visible(list: TitleCase[]): TitleCase[] {
    return featuredFirst(list.filter((t) => !this.accountId || t.accountId === this.accountId).map((t) => this.email.latest(t)));
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">
      ${this.renderTask(this.titlesTask, {
        loading: () => renderSkeleton(this.m, this.langTag, this.coreMessages.loading),
        isEmpty: (list) => this.visible(list).length === 0 && leftOutOf(list) === 0,
        empty: () => this.renderEmpty(),
        ready: (list) => html`${this.renderList(this.visible(list))}${this.renderLeftOut(leftOutOf(list))}`,
      })}
    </div>`;
  }

  protected override updated(): void {
    const list = this.titlesTask.value;
    if (!this.autoViewDue || this.titlesTask.status !== TaskStatus.COMPLETE || !list) return;
    this.autoViewDue = false;
    const shown = this.visible(list)[0];
    if (shown && !this.autoViewed.has(shown.id) && this.open.get(shown.id) !== false) {
      this.autoViewed.add(shown.id);
      this.emit('tessera-title-tracker-viewed', { titleId: shown.id, currentStep: stepNow(shown).key });
    }
  }

  private renderList(titles: TitleCase[]): TemplateResult {
    const { m } = this;
    const context: VehicleContext = {
      m,
      lang: this.langTag,
      today: localToday(this.now ?? new Date()),
      headingLevel: headingLevel(this.headingLevel),
    };
    return html`<ul class="list" part="list" aria-label=${m.listLabel}>
      ${titles.map((title, index) => {
        const expanded = this.open.get(title.id) ?? index === 0;
        return renderVehicle(context, {
          title,
          index,
          expanded,
          onToggle: () => this.toggle(title, !expanded),
          email: () => this.email.render({ m, retryLabel: this.coreMessages.retry, title, index, nameId: vehicleNameId(index) }),
        });
      })}
    </ul>`;
  }

  private renderEmpty(): TemplateResult {
    const { m } = this;
    return html`<div class="empty" part="empty">
      <p><strong>${m.emptyTitle}</strong></p>
      <p>${m.emptyBody}</p>
      <slot name="payoff-link"
        >${isSafeHref(this.payoffHref) ? html`<a part="payoff-link" href=${this.payoffHref}>${m.payoffLink}</a>` : nothing}</slot
      >
    </div>`;
  }

  private toggle(title: TitleCase, open: boolean): void {
    this.open.set(title.id, open);
    this.requestUpdate();
    if (open) this.emit('tessera-title-tracker-viewed', { titleId: title.id, currentStep: stepNow(title).key });
  }

  /**
   * Keeps keyboard focus with the email-updates control that needs it: from the switch to
   * the retry of a failure, and back when the retry button goes away. Focus elsewhere
   * (the customer moved on) is left alone.
   */
  private focusEmail(titleId: string, what: 'switch' | 'retry'): void {
    const list = this.titlesTask.value;
    const index = list ? this.visible(list).findIndex((t) => t.id === titleId) : -1;
    const active = this.shadowRoot?.activeElement;
    if (index < 0 || !active || ![`email-switch-${index}`, `email-retry-${index}`].includes(active.id)) return;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#email-${what}-${index}`)?.focus());
  }
}
