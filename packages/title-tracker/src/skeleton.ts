import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateRange } from '@tessera/core';
import type { StepLabelKey, TitleTrackerMessages } from './messages.js';

// The skeleton is one vehicle, expanded, drawn with the ready vehicle's elements and classes
// and its text as bars (transparent generated text on a raised background, out of reach of
// the accessibility tree, find-in-page and contrast checks), so lines wrap where the ready
// ones will, in any language. What only the provider knows (vehicle, dates, notes,
// guidance) stands in with text of a typical length: a title in progress, released
// electronically to the state, with a note on the current step and two lines of guidance.

/** Blank words: they wrap like text and leave nothing to read, find or announce. */
const blank = (...words: number[]): string => words.map((n) => '\u00a0'.repeat(n)).join(' ');
/**
 * A paragraph of `words` words. Their length keeps the count per line away from the edge
 * (six in a 16 rem column), so engines measuring a space a hair apart wrap alike.
 */
const prose = (words: number): string => blank(...Array<number>(words).fill(7));

const STEPS: StepLabelKey[] = ['payoff-received', 'payment-cleared', 'lien-released', 'title-sent-electronic', 'title-delivered'];
const CURRENT = 2;

const bar = (text: string): TemplateResult => html`<span class="text" data-text=${text}></span>`;
const fact = (label: string, value: unknown): TemplateResult => html`<div><dt>${bar(label)}</dt><dd>${value}</dd></div>`;

export function renderSkeleton(m: TitleTrackerMessages, lang: string, loading: string): TemplateResult {
  // Dates as wide as most: a three-letter month, two-digit days; the step after the current
  // one spans the turn of a month, as a week's estimate often does (in Spanish that range,
  // "30 de oct – 4 de nov", takes the whole line at 320 px).
  const day = formatDate('2026-10-12', lang);
  const weeks = formatDateRange('2026-10-23', '2026-10-25', lang);
  const spanning = formatDateRange('2026-10-30', '2026-11-04', lang);
  return html`<div class="loading" part="skeleton">
    <span class="visually-hidden" role="status">${loading}</span>
    <div class="vehicle" aria-hidden="true">
      <div class="summary">
        <span class="name">${bar(`2020 ${blank(12, 10)}`)} <span class="muted">${bar(m.vin('000000'))}</span></span>
        <span class="line">${bar(`${m.steps['lien-released']} · ${m.status.current}`)} <span class="muted">${bar(m.eta(weeks))}</span></span>
      </div>
      <div class="panel">
        <ol class="steps">
          ${STEPS.map(
            (key, i) =>
              html`<li class="step">
                <span class="marker"></span><span class="label">${bar(m.steps[key])}</span>
                <span class="status">${bar(m.status[i < CURRENT ? 'done' : i > CURRENT ? 'upcoming' : 'current'])}</span>
                <span class="when">${bar(i < CURRENT ? m.completed(day) : m.estimated(i === CURRENT + 1 ? spanning : weeks))}</span>
                ${i === CURRENT ? html`<p class="note">${bar(prose(15))}</p>` : nothing}
              </li>`,
          )}
        </ol>
        <div class="about">
          <dl class="facts">
            ${fact(m.paidOff, bar(day))}${fact(m.titledIn, bar(blank(4)))}${fact(m.method, bar(m.methods.electronic))}
            ${fact(m.recipient, html`${bar(m.recipients.dmv)} <span class="muted">${bar(m.stateDecides)}</span>`)}
          </dl>
          <div class="guidance">
            <div class="heading">${bar(m.guidanceHeading)}</div>
            <ul>
              <li>${bar(prose(21))}</li>
              <li>${bar(prose(27))}</li>
            </ul>
          </div>
          <div class="email">
            <span class="switch small"
              ><span class="track"></span><span>${bar(m.emailLabel)}</span><span class="switch-state">${bar(m.off)}</span></span
            >
            <p class="muted">${bar(m.emailTo(blank(40)))}</p>
            <p class="live"></p>
          </div>
        </div>
      </div>
    </div>
  </div>`;
}
