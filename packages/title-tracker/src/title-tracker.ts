import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus } from '@lit/task';
import {
  TesseraElement,
  assertShape,
  formatDate,
  formatDateRange,
  isAbortError,
  requireSlice,
  themeStyles,
  type IsoDate,
  type TitleCase,
  type TitleStep,
} from '@tessera/core';
import { messages, type StepLabelKey, type TitleTrackerMessages } from './messages.js';
import { renderSkeleton } from './skeleton.js';
import { featuredFirst, isHttpUrl, isSafeHref, isTitleList, isTrackableTitle, localToday, shownStatus, stepNow } from './title-data.js';
import { styles } from './title-tracker.styles.js';
import { VERSION } from './version.js';
import './events.js';

/** The email-updates switch of one title, between the customer's click and the provider's answer. */
interface EmailSwitch {
  /** The customer's latest choice while it is not confirmed yet. */
  wanted?: boolean | undefined;
  busy?: boolean;
  saved?: boolean;
  failed?: { error: unknown; wanted: boolean } | undefined;
}

/**
 * Follows the title or lien release of each vehicle the customer has paid off: a stepper
 * per vehicle (payoff received → payment cleared → lien released → title sent → title
 * delivered) with dates and estimates, delays flagged with what to do next, guidance for
 * the delivery method, the mailing tracking number, and a switch for email updates.
 *
 * @summary Vehicle title and lien-release status after payoff.
 *
 * @fires tessera-title-viewed - `{ titleId: string, currentStep: TitleStepKey }` when the customer expands a vehicle, and once after load for the vehicle shown expanded.
 * @fires tessera-title-email-updates-changed - `{ titleId: string, enabled: boolean }` after the provider confirms a new email-updates setting.
 *
 * @slot payoff-link - Replaces the empty state's link to the payoff page (default: a link to `payoff-href`).
 *
 * @csspart list - The list of vehicles.
 * @csspart vehicle - One vehicle (list item).
 * @csspart summary - The button that expands or collapses a vehicle: vehicle, current step, estimate.
 * @csspart panel - A vehicle's details.
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
 * @csspart switch - The email-updates switch.
 * @csspart email-error - The message when the email-updates setting could not be saved.
 * @csspart empty - The state shown when no vehicle is paid off yet.
 * @csspart payoff-link - The default link to the payoff page.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error block (with `retry`).
 * @csspart retry - The retry button of an error.
 *
 * @cssprop --tessera-title-tracker-marker-size - Diameter of the stepper markers (default `1.25rem`).
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Summary and skeleton background.
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
  static override styles = [themeStyles, styles];
  static override version = VERSION;

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
  /** Title cases as the provider returned them after an email-updates change. */
  private readonly confirmed = new Map<string, TitleCase>();
  private readonly switches = new Map<string, EmailSwitch>();
  private readonly autoViewed = new Set<string>();
  private autoViewDue = false;

  private readonly titlesTask = new Task(this, {
    task: async ([provider], { signal }) => {
      const titles = requireSlice(provider, 'titles');
      const list = assertShape(await titles.listTitles({ signal: this.linkSignal(signal) }), isTitleList, 'title cases');
      this.confirmed.clear();
      this.autoViewDue = true;
      return list;
    },
    args: () => [this.activeProvider] as const,
  });

  private get m(): TitleTrackerMessages {
    return this.messagesFrom(messages);
  }

  /** The vehicles to list, the one shown expanded first. */
  private visible(list: TitleCase[]): TitleCase[] {
    return featuredFirst(
      list.filter((t) => !this.accountId || t.accountId === this.accountId).map((t) => this.confirmed.get(t.id) ?? t),
    );
  }

  protected override render(): unknown {
    return html`<div class="root">${this.renderStates()}</div>`;
  }

  private renderStates(): unknown {
    return this.renderTask(this.titlesTask, {
      loading: () => this.renderLoading(),
      isEmpty: (list) => this.visible(list).length === 0,
      empty: () => this.renderEmpty(),
      ready: (list) => {
        const titles = this.visible(list);
        const today = localToday(this.now ?? new Date());
        return html`<ul class="list" part="list" aria-label=${this.m.listLabel}>
          ${titles.map((t, i) => this.renderTitle(t, i, today))}
        </ul>`;
      },
    });
  }

  protected override updated(): void {
    const list = this.titlesTask.value;
    if (!this.autoViewDue || this.titlesTask.status !== TaskStatus.COMPLETE || !list) return;
    this.autoViewDue = false;
    const shown = this.visible(list)[0];
    if (shown && !this.autoViewed.has(shown.id) && this.open.get(shown.id) !== false) {
      this.autoViewed.add(shown.id);
      this.emit('tessera-title-viewed', { titleId: shown.id, currentStep: stepNow(shown).key });
    }
  }

  private renderLoading(): TemplateResult {
    return renderSkeleton(this.m, this.langTag, this.coreMessages.loading);
  }

  private renderEmpty(): TemplateResult {
    const m = this.m;
    return html`<div class="empty" part="empty">
      <p><strong>${m.emptyTitle}</strong></p>
      <p>${m.emptyBody}</p>
      <slot name="payoff-link"
        >${isSafeHref(this.payoffHref)
          ? html`<a part="payoff-link" href=${this.payoffHref}>${m.payoffLink}</a>`
          : nothing}</slot
      >
    </div>`;
  }

  private dates(step: TitleStep): string {
    const { estimate } = step;
    if (!estimate) return '';
    return estimate.to && estimate.to !== estimate.from
      ? formatDateRange(estimate.from, estimate.to, this.langTag)
      : formatDate(estimate.from, this.langTag, 'short');
  }

  private stepLabel(step: TitleStep, title: TitleCase): string {
    const { method, recipient } = title.delivery;
    let key: StepLabelKey = step.key;
    if (key === 'lien-released' && method === 'paper') key = 'lien-released-paper';
    if (key === 'title-sent') key = method === 'electronic' ? 'title-sent-electronic' : recipient === 'dmv' ? 'title-sent-dmv' : key;
    return this.m.steps[key];
  }

  /** The first vehicle starts expanded (see `featuredFirst`), the others collapsed. */
  private renderTitle(title: TitleCase, index: number, today: IsoDate): TemplateResult {
    const m = this.m;
    const expanded = this.open.get(title.id) ?? index === 0;
    const at = stepNow(title);
    const status = shownStatus(at, today);
    const last = title.steps[title.steps.length - 1] as TitleStep;
    const eta =
      last.status === 'done'
        ? last.completedOn && m.delivered(formatDate(last.completedOn, this.langTag))
        : last.estimate && m.eta(this.dates(last));
    const { year, make, model, vinLast6 } = title.vehicle;
    return html`<li class="vehicle" part="vehicle">
      <h3>
        <button
          type="button"
          class="summary"
          part="summary"
          id="summary-${index}"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="panel-${index}"
          @click=${() => this.toggle(title, !expanded)}
        >
          <span class="name">${year} ${make} ${model} <span class="muted">${m.vin(vinLast6)}</span></span>
          <span class="line">
            <span class=${status}>${this.stepLabel(at, title)} · ${m.status[status]}</span>
            ${eta ? html`<span class="muted">${eta}</span>` : nothing}
          </span>
        </button>
      </h3>
      <div class="panel" part="panel" id="panel-${index}" role="region" aria-labelledby="summary-${index}" ?hidden=${!expanded}>
        ${expanded ? this.renderDetails(title, index, today) : nothing}
      </div>
    </li>`;
  }

  private renderDetails(title: TitleCase, index: number, today: IsoDate): TemplateResult {
    const m = this.m;
    const { method, recipient } = title.delivery;
    const { tracking, previousState, titlingState } = title;
    const guidance = title.guidance?.length
      ? title.guidance
      : [...(previousState ? [m.moved(previousState, titlingState)] : []), ...m.guidance[method]];
    return html`<ol class="steps" part="steps" aria-label=${m.progress}>
        ${title.steps.map((step) => this.renderStep(step, title, today))}
      </ol>
      <div class="about">
        <dl class="facts" part="facts">
          <div><dt>${m.paidOff}</dt><dd>${formatDate(title.payoffDate, this.langTag)}</dd></div>
          <div>
            <dt>${m.titledIn}</dt>
            <dd>${titlingState}${previousState ? ` ${m.movedFrom(previousState)}` : ''}</dd>
          </div>
          <div><dt>${m.method}</dt><dd>${m.methods[method]}</dd></div>
          <div>
            <dt>${m.recipient}</dt>
            <dd>${m.recipients[recipient]} <span class="muted">${m.stateDecides}</span></dd>
          </div>
        </dl>
        ${tracking
          ? html`<p class="tracking" part="tracking">
              ${m.tracking(tracking.carrier, tracking.number)}
              ${isHttpUrl(tracking.url)
                ? html`<a part="tracking-link" href=${tracking.url} rel="noreferrer">${m.track}</a>`
                : nothing}
            </p>`
          : nothing}
        <div class="guidance" part="guidance">
          <h4>${m.guidanceHeading}</h4>
          <ul>
            ${guidance.map((line) => html`<li>${line}</li>`)}
          </ul>
        </div>
        ${this.renderEmail(title, index)}
      </div>`;
  }

  private renderStep(step: TitleStep, title: TitleCase, today: IsoDate): TemplateResult {
    const m = this.m;
    const status = shownStatus(step, today);
    const due = step.estimate && (step.estimate.to ?? step.estimate.from);
    const when =
      status === 'done'
        ? step.completedOn && m.completed(formatDate(step.completedOn, this.langTag))
        : status === 'delayed' && due
          ? m.expectedBy(formatDate(due, this.langTag))
          : step.estimate && m.estimated(this.dates(step));
    const note = status === 'delayed' ? (step.note ?? m.delayedNext) : step.note;
    return html`<li
      class="step ${status}"
      part="step step-${status}"
      aria-current=${ifDefined(step.status === 'current' ? 'step' : undefined)}
    >
      <span class="marker" aria-hidden="true"></span>
      <span class="label">${this.stepLabel(step, title)}</span>
      <span class="status" part="step-status">${m.status[status]}</span>
      ${when ? html`<span class="when">${when}</span>` : nothing}
      ${note ? html`<p class="note" part=${status === 'delayed' ? 'next-step' : 'note'}>${note}</p>` : nothing}
    </li>`;
  }

  private renderEmail(title: TitleCase, index: number): TemplateResult {
    const m = this.m;
    const state = this.switches.get(title.id) ?? {};
    const checked = state.wanted ?? title.emailUpdates.enabled;
    const failure = state.failed && this.describeError(state.failed.error);
    return html`<div class="email" part="email-updates">
      <button
        type="button"
        role="switch"
        class="switch"
        part="switch"
        aria-checked=${checked ? 'true' : 'false'}
        aria-busy=${state.busy ? 'true' : 'false'}
        aria-describedby="email-${index}"
        @click=${() => this.toggleEmail(title.id)}
      >
        <span class="track" aria-hidden="true"><span class="thumb"></span></span>
        <span>${m.emailLabel}</span>
        <span class="muted" aria-hidden="true">${checked ? m.on : m.off}</span>
      </button>
      <p class="muted" id="email-${index}">${m.emailTo(title.emailUpdates.maskedEmail)}</p>
      <p class="muted live" role="status">${state.busy ? m.saving : state.saved ? m.saved : ''}</p>
      ${failure
        ? html`<div class="status-error" part="email-error" role="alert" data-code=${failure.code}>
            <p>${m.emailFailed} ${failure.message}</p>
            ${failure.retryable
              ? html`<div>
                  <button class="button" part="retry" type="button" @click=${() => this.retryEmail(title.id)}>
                    ${this.coreMessages.retry}
                  </button>
                </div>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private toggle(title: TitleCase, open: boolean): void {
    this.open.set(title.id, open);
    this.requestUpdate();
    if (open) this.emit('tessera-title-viewed', { titleId: title.id, currentStep: stepNow(title).key });
  }

  private enabledOf(titleId: string): boolean | undefined {
    return (this.confirmed.get(titleId) ?? this.titlesTask.value?.find((t) => t.id === titleId))?.emailUpdates.enabled;
  }

  private switchOf(titleId: string): EmailSwitch {
    let state = this.switches.get(titleId);
    if (!state) this.switches.set(titleId, (state = {}));
    return state;
  }

  private toggleEmail(titleId: string): void {
    const state = this.switchOf(titleId);
    this.setWanted(titleId, !(state.wanted ?? this.enabledOf(titleId)));
  }

  private retryEmail(titleId: string): void {
    const failed = this.switchOf(titleId).failed;
    if (failed) this.setWanted(titleId, failed.wanted);
  }

  private setWanted(titleId: string, wanted: boolean): void {
    const state = this.switchOf(titleId);
    Object.assign(state, { wanted, failed: undefined, saved: false });
    this.requestUpdate();
    if (!state.busy) void this.saveEmail(titleId, state);
  }

  /**
   * One request at a time per title; when it settles, the customer's latest choice is sent
   * if it differs from what the provider confirmed, so rapid toggles end where the customer left them.
   */
  private async saveEmail(titleId: string, state: EmailSwitch): Promise<void> {
    let wanted = state.wanted;
    state.busy = true;
    try {
      const titles = requireSlice(this.activeProvider, 'titles');
      while (wanted !== undefined && wanted !== this.enabledOf(titleId)) {
        const before = this.enabledOf(titleId);
        const title = assertShape(
          await titles.setTitleEmailUpdates(titleId, wanted, { signal: this.connectionSignal }),
          isTrackableTitle,
          'title case',
        );
        this.confirmed.set(titleId, title);
        const { enabled } = title.emailUpdates;
        if (enabled !== before) this.emit('tessera-title-email-updates-changed', { titleId, enabled });
        state.saved = true;
        // Stop when the customer has not changed their mind meanwhile, whatever the lender answered.
        if (state.wanted === wanted) break;
        wanted = state.wanted;
      }
    } catch (error) {
      if (!isAbortError(error) && wanted !== undefined) state.failed = { error, wanted };
      state.saved = false;
    } finally {
      state.busy = false;
      state.wanted = undefined;
      this.requestUpdate();
    }
  }
}
