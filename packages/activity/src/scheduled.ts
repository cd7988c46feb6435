import { html, nothing, type TemplateResult } from 'lit';
import {
  assertShape,
  formatAmountInput,
  formatDate,
  formatInstant,
  formatMoney,
  isPaymentReceipt,
  parseAmount,
  renderHeading,
  type HeadingLevel,
  type IsoDate,
  type Money,
  type PaymentReceipt,
  type PaymentsApi,
} from '@tessera/core';
import type { ActivityMessages } from './messages.js';

/** A random key, once per confirmed cancel or reviewed change (`crypto.randomUUID` needs a secure context). */
const newKey = (): string => crypto.randomUUID?.() ?? crypto.getRandomValues(new Uint32Array(4)).join('-');

export interface ScheduledHost {
  signal(): AbortSignal;
  locale(): 'en' | 'es';
  now(): Date;
  changed(): void;
  payments(): PaymentsApi | undefined;
  cancelled(payment: PaymentReceipt): void;
  edited(payment: PaymentReceipt): void;
  failed(action: 'cancel' | 'change', payment: PaymentReceipt, error: unknown): void;
  focus(...selectors: string[]): void;
  error(prefix: string, error: unknown, id: string, retry: () => void): TemplateResult;
}

interface RenderContext {
  m: ActivityMessages;
  lang: string;
  level: HeadingLevel;
}

/**
 * The account's scheduled payments: each can be cancelled (after a confirmation) or given
 * a new date or amount until the lender's cutoff (`cancelBy`). A payment leaves the list, or
 * changes, only once the lender's answer says so. Keys are made once per confirmed cancel
 * and per reviewed change, and reused by a retry.
 */
export class Scheduled {
  list?: PaymentReceipt[];
  private confirming?: string;
  private editing?: string;
  private busy?: string;
  private failure?: { id: string; action: 'cancel' | 'change'; error: unknown };
  private done = '';
  private draft = { date: '', amount: '' };
  private readonly keys = new Map<string, { key: string; print: string }>();

  constructor(private readonly host: ScheduledHost) {}

  loaded(list: PaymentReceipt[] | undefined): void {
    this.list = list;
    this.confirming = this.editing = this.failure = undefined;
  }

  private editable(p: PaymentReceipt): boolean {
    return p.status === 'scheduled' && !!p.cancelBy && Date.parse(p.cancelBy) > this.host.now().getTime();
  }

  /** The key for this request: the same as last time when it is the same request (a retry). */
  private keyFor(id: string, print: string): string {
    const known = this.keys.get(id);
    if (known?.print === print) return known.key;
    const key = newKey();
    this.keys.set(id, { key, print });
    return key;
  }

  private open(what: 'confirm' | 'edit', p: PaymentReceipt, lang: string): void {
    this.failure = undefined;
    this.done = '';
    this.confirming = what === 'confirm' ? p.id : undefined;
    this.editing = what === 'edit' ? p.id : undefined;
    this.draft = { date: p.date, amount: formatAmountInput(p.amount.amount, lang) };
    this.host.focus(`#${what}-${p.id}`);
  }

  private close(p: PaymentReceipt): void {
    this.confirming = this.editing = this.failure = undefined;
    this.host.focus(`#change-${p.id}`, '#scheduled-heading');
  }

  async cancel(p: PaymentReceipt, m: ActivityMessages): Promise<void> {
    const payments = this.host.payments();
    if (this.busy || !payments?.cancelPayment) return;
    await this.run(p, 'cancel', m, async (signal) => {
      const answer = assertShape(await payments.cancelPayment!(p.id, { signal, locale: this.host.locale(), idempotencyKey: this.keyFor(`cancel-${p.id}`, p.id) }), isPaymentReceipt, 'payment receipt', 'payments.cancelPayment');
      if (answer.status !== 'cancelled') return;
      this.list = this.list?.filter((x) => x.id !== p.id);
      this.done = m.cancelled;
      this.host.cancelled(answer);
      this.host.focus('#scheduled-heading');
    });
  }

  async save(p: PaymentReceipt, m: ActivityMessages, lang: string): Promise<void> {
    const payments = this.host.payments();
    if (this.busy || !payments?.changeScheduledPayment) return;
    const parsed = parseAmount(this.draft.amount, lang);
    const date: IsoDate = this.draft.date;
    const amount: Money | undefined = parsed.ok ? { amount: parsed.amount, currency: 'USD' } : undefined;
    const change = { ...(date !== p.date ? { date } : {}), ...(amount && amount.amount !== p.amount.amount ? { amount } : {}) };
    await this.run(p, 'change', m, async (signal) => {
      const key = this.keyFor(`change-${p.id}`, JSON.stringify(change));
      const answer = assertShape(await payments.changeScheduledPayment!(p.id, { ...change, idempotencyKey: key }, { signal, locale: this.host.locale() }), isPaymentReceipt, 'payment receipt', 'payments.changeScheduledPayment');
      this.list = this.list?.map((x) => (x.id === p.id ? answer : x));
      this.editing = undefined;
      this.done = m.changed;
      this.host.edited(answer);
      this.host.focus(`#change-${p.id}`);
    });
  }

  private async run(p: PaymentReceipt, action: 'cancel' | 'change', m: ActivityMessages, call: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.busy = p.id;
    this.failure = undefined;
    this.done = m.saving;
    this.host.changed();
    const signal = this.host.signal();
    try {
      await call(signal);
    } catch (error) {
      if (signal.aborted) return;
      this.failure = { id: p.id, action, error };
      this.done = '';
      this.host.failed(action, p, error);
      this.host.focus(`#${p.id}-${action}-retry`, `#${action === 'cancel' ? 'confirm' : 'edit'}-${p.id}`);
    } finally {
      this.busy = undefined;
      this.host.changed();
    }
  }

  render({ m, lang, level }: RenderContext): TemplateResult {
    const list = this.list;
    return html`<section class="scheduled" aria-labelledby="scheduled-heading">${renderHeading(level, m.scheduled, { id: 'scheduled-heading', className: 'heading', part: 'scheduled-heading', tabIndex: -1 })}${list?.length
      ? html`<ul class="payments" part="scheduled">${list.map((p) => this.renderPayment(p, m, lang))}</ul>`
      : html`<p class="muted" part="scheduled-empty">${m.noScheduled}</p>`}<p class="visually-hidden" role="status">${this.done}</p></section>`;
  }

  private renderPayment(p: PaymentReceipt, m: ActivityMessages, lang: string): TemplateResult {
    const editable = this.editable(p);
    const payments = this.host.payments();
    const busy = this.busy === p.id;
    const amount = formatMoney(p.amount, lang);
    const date = formatDate(p.date, lang);
    const failure = this.failure?.id === p.id ? this.failure : undefined;
    return html`<li class="payment" part="payment"><span class="money">${amount}</span> <span>${date}</span>${editable
      ? html` <span class="muted">${m.changeUntil(formatInstant(p.cancelBy!, lang))}</span><span class="actions">${payments?.changeScheduledPayment
          ? html`<button id=${`change-${p.id}`} class="button secondary" part="change" type="button" aria-expanded=${this.editing === p.id ? 'true' : 'false'} @click=${() => this.open('edit', p, lang)}>${m.change}</button>`
          : nothing}${payments?.cancelPayment
          ? html`<button class="button secondary" part="cancel" type="button" @click=${() => this.open('confirm', p, lang)}>${m.cancel}</button>`
          : nothing}</span>`
      : nothing}${this.confirming === p.id
      ? html`<div class="confirm" part="confirm" role="group" aria-labelledby=${`q-${p.id}`}><p id=${`q-${p.id}`}>${m.confirmCancel(amount, date)}</p><span class="actions"><button id=${`confirm-${p.id}`} class="button danger" part="confirm-cancel" type="button" aria-busy=${busy ? 'true' : 'false'} @click=${() => void this.cancel(p, m)}>${busy ? m.saving : m.yesCancel}</button><button class="button secondary" part="keep" type="button" @click=${() => this.close(p)}>${m.keep}</button></span></div>`
      : nothing}${this.editing === p.id ? this.renderEdit(p, m, lang, busy) : nothing}${failure
      ? this.host.error(failure.action === 'cancel' ? m.cancelFailed : m.changeFailed, failure.error, `${p.id}-${failure.action}`, () => void (failure.action === 'cancel' ? this.cancel(p, m) : this.save(p, m, lang)))
      : nothing}</li>`;
  }

  private renderEdit(p: PaymentReceipt, m: ActivityMessages, lang: string, busy: boolean): TemplateResult {
    const field = (e: Event): string => (e.target as HTMLInputElement).value;
    return html`<form class="edit" part="edit" @submit=${(e: Event) => (e.preventDefault(), void this.save(p, m, lang))}><label>${m.newDate}<input id=${`edit-${p.id}`} class="control" type="date" .value=${this.draft.date} @input=${(e: Event) => (this.draft.date = field(e))} /></label><label>${m.newAmount}<input class="control" inputmode="decimal" .value=${this.draft.amount} @input=${(e: Event) => (this.draft.amount = field(e))} /></label><span class="actions"><button class="button" part="save" type="submit" aria-busy=${busy ? 'true' : 'false'}>${busy ? m.saving : m.save}</button><button class="button secondary" part="keep" type="button" @click=${() => this.close(p)}>${m.keep}</button></span></form>`;
  }
}
