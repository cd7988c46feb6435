import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatDate,
  formatDateRange,
  headingLevel,
  isHttpsUrl,
  isolate,
  providerText,
  renderHeading,
  type HeadingLevel,
  type IsoDate,
  type TitleCase,
  type TitleStep,
} from '@tessera/core';
import type { StepLabelKey, TitleTrackerMessages } from './messages.js';
import { shownStatus, stepNow } from './title-data.js';

/** What the vehicle view needs from the element: words, language and the day it is. */
export interface VehicleContext {
  m: TitleTrackerMessages;
  /** The language tag for `Intl` dates. */
  lang: string;
  today: IsoDate;
  /** The level of each vehicle's heading (the widget's `heading-level`); "What to expect" is one below. */
  headingLevel: HeadingLevel;
}

/** One vehicle of the list, as the element hands it to {@link renderVehicle}. */
export interface VehicleOptions {
  title: TitleCase;
  /** Its position in the list: ids inside the shadow root are made from it. */
  index: number;
  expanded: boolean;
  onToggle: () => void;
  /** The email-updates block, rendered by its controller. */
  email: () => TemplateResult;
}

/** The id of a vehicle's name (year, make, model, VIN), which also names its switch. */
export const vehicleNameId = (index: number): string => `name-${index}`;

function dates(ctx: VehicleContext, step: TitleStep): string {
  const { estimate } = step;
  if (!estimate) return '';
  return estimate.to && estimate.to !== estimate.from
    ? formatDateRange(estimate.from, estimate.to, ctx.lang)
    : formatDate(estimate.from, ctx.lang, 'short');
}

/** A step's name: some steps read differently by delivery method and recipient. */
function stepLabel(ctx: VehicleContext, step: TitleStep, title: TitleCase): string {
  const { method, recipient } = title.delivery;
  let key: StepLabelKey = step.key;
  if (key === 'lien-released' && method === 'paper') key = 'lien-released-paper';
  if (key === 'title-sent') key = method === 'electronic' ? 'title-sent-electronic' : recipient === 'dmv' ? 'title-sent-dmv' : key;
  return ctx.m.steps[key];
}

/**
 * A vehicle as a disclosure: the summary button (vehicle, current step, estimate) inside the
 * vehicle's heading and, when expanded, its details, a region named by the vehicle. The
 * first vehicle starts expanded (see `featuredFirst`).
 *
 * Every space of a name sits in a text node with a word, or right before an element:
 * Chromium leaves a space-only text node out of accessible names when a template marker
 * follows it, which would read a name built of parts as "2019ToyotaCamry".
 */
export function renderVehicle(ctx: VehicleContext, o: VehicleOptions): TemplateResult {
  const { m } = ctx;
  const { title, index, expanded } = o;
  const at = stepNow(title);
  const status = shownStatus(at, ctx.today);
  const last = title.steps[title.steps.length - 1] as TitleStep;
  const eta =
    last.status === 'done'
      ? last.completedOn && m.delivered(formatDate(last.completedOn, ctx.lang))
      : last.estimate && m.eta(dates(ctx, last));
  const { year, make, model, vinLast6 } = title.vehicle;
  const name = html`${providerText(`${year} ${make} ${model}`)} <span class="muted">${m.vin(isolate(vinLast6))}</span>`;
  const line = html`<span class=${status}>${stepLabel(ctx, at, title)} · ${m.status[status]}</span>${eta ? html` <span class="muted">${eta}</span>` : nothing}`;
  const summary = html`<button type="button" class="summary" part="summary" id="summary-${index}" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="panel-${index}" @click=${o.onToggle}>
    <span class="name" id=${vehicleNameId(index)}>${name}</span>
    <span class="line">${line}</span>
  </button>`;
  return html`<li class="vehicle" part="vehicle">
    ${renderHeading(ctx.headingLevel, summary, { className: 'heading' })}
    <div class="panel" part="panel" id="panel-${index}" role="region" aria-labelledby=${vehicleNameId(index)} ?hidden=${!expanded}>
      ${expanded ? renderDetails(ctx, o) : nothing}
    </div>
  </li>`;
}

function renderDetails(ctx: VehicleContext, o: VehicleOptions): TemplateResult {
  const { m, lang } = ctx;
  const { title, index } = o;
  const { method, recipient } = title.delivery;
  const { tracking, previousState, titlingState } = title;
  const guidance = title.guidance?.length
    ? title.guidance
    : [...(previousState ? [m.moved(previousState, titlingState)] : []), ...m.guidance[method]];
  return html`<ol class="steps" part="steps" aria-label=${m.progress}>
      ${title.steps.map((step) => renderStep(ctx, step, title))}
    </ol>
    <div class="about">
      <dl class="facts" part="facts">
        <div><dt>${m.paidOff}</dt><dd>${formatDate(title.payoffDate, lang)}</dd></div>
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
            ${m.tracking(isolate(tracking.carrier), isolate(tracking.number))}${isHttpsUrl(tracking.url)
              ? html` <a part="tracking-link" id="track-${index}" href=${tracking.url} rel="noreferrer" aria-labelledby="track-${index} ${vehicleNameId(index)}"
                  >${m.track}</a
                >`
              : nothing}
          </p>`
        : nothing}
      <div class="guidance" part="guidance">
        ${renderHeading(headingLevel(ctx.headingLevel, 1), m.guidanceHeading, { className: 'heading' })}
        <ul>
          ${guidance.map((line) => html`<li>${providerText(line)}</li>`)}
        </ul>
      </div>
      ${o.email()}
    </div>`;
}

function renderStep(ctx: VehicleContext, step: TitleStep, title: TitleCase): TemplateResult {
  const { m, lang } = ctx;
  const status = shownStatus(step, ctx.today);
  const due = step.estimate && (step.estimate.to ?? step.estimate.from);
  const when =
    status === 'done'
      ? step.completedOn && m.completed(formatDate(step.completedOn, lang))
      : status === 'delayed' && due
        ? m.expectedBy(formatDate(due, lang))
        : step.estimate && m.estimated(dates(ctx, step));
  const note = status === 'delayed' ? (step.note ?? m.delayedNext) : step.note;
  return html`<li class="step ${status}" part="step step-${status}" aria-current=${ifDefined(step.status === 'current' ? 'step' : undefined)}>
    <span class="marker" aria-hidden="true"></span>
    <span class="label">${stepLabel(ctx, step, title)}</span>
    <span class="status" part="step-status">${m.status[status]}</span>
    ${when ? html`<span class="when">${when}</span>` : nothing}
    ${note ? html`<p class="note" part=${status === 'delayed' ? 'next-step' : 'note'}>${providerText(note)}</p>` : nothing}
  </li>`;
}
