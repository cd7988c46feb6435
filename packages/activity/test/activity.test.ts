import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TesseraProvider } from '@tessera/core';
import { createMemoryProvider, createMockStore, MOCK_IDS, scheduledPayment, type MockStore } from '@tessera/mocks';
import type { TesseraActivity } from '@tessera/activity';
import '@tessera/activity/define';
import { messages } from '../src/messages.js';

const en = messages.en;
const NOW = new Date('2026-11-21T15:00:00Z');

function setup(change?: (store: MockStore) => void): { store: MockStore; provider: ReturnType<typeof createMemoryProvider> } {
  const store = createMockStore({ today: '2026-11-21' });
  change?.(store);
  return { store, provider: createMemoryProvider(store) };
}

async function render(provider: TesseraProvider, accountId: string = MOCK_IDS.cardAccount, pageSize = 10): Promise<TesseraActivity> {
  const el = await fixture<TesseraActivity>(html`<tessera-activity .provider=${provider} .now=${NOW} account-id=${accountId} page-size=${pageSize}></tessera-activity>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"], [part~="error"]'), 'it did not load');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const flat = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

async function choose(el: TesseraActivity, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

interface Download {
  name: string;
  href: string;
  csv: string;
}

/** Catches the widget's CSV downloads (the click on its temporary blob link) before the browser saves them. */
function catchDownloads(): { saved: Download[]; next(count: number): Promise<Download[]>; stop(): void } {
  const saved: Download[] = [];
  const texts: Array<Promise<string>> = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => (texts.push((blob as Blob).text()), create(blob));
  const onClick = (e: Event): void => {
    const a = e.composedPath()[0];
    if (!(a instanceof HTMLAnchorElement && a.download)) return;
    e.preventDefault();
    const text = texts.at(-1)!;
    void text.then((csv) => saved.push({ name: a.download, href: a.href, csv: csv.replace(/^\ufeff/, '') }));
  };
  document.addEventListener('click', onClick, true);
  const stop = (): void => {
    document.removeEventListener('click', onClick, true);
    URL.createObjectURL = create;
  };
  return {
    saved,
    stop,
    async next(count) {
      await waitUntil(() => saved.length >= count, 'no CSV was saved');
      stop();
      return saved;
    },
  };
}

describe('<tessera-activity>', () => {
  it('shows pending apart from posted, types in words, and a dispute entry only on disputable posted charges', async () => {
    const { provider } = setup();
    const el = await render(provider);
    const captions = $$(el, 'caption').map((c) => flat(c.textContent));
    expect(captions[0]).to.match(/^Pending/);
    expect(captions[1]).to.match(/^Posted/);
    const pending = $$(el, 'table')[0]!;
    expect(flat(pending.textContent)).to.contain(en.disputePending);
    expect(pending.querySelector('[part~="dispute"]')).to.equal(null);
    const dispute = $(el, '[part~="dispute"]');
    expect(flat(el.shadowRoot!.getElementById(dispute.getAttribute('aria-describedby')!)!.textContent)).to.match(/^Dispute by Jan/);
    const row = dispute.closest('tr')!;
    expect(flat(row.textContent)).to.contain(en.kinds.purchase);
    const event = oneEvent(el, 'tessera-activity-dispute-requested');
    dispute.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(Object.keys(detail).sort()).to.deep.equal(['accountId', 'transactionId']);
    expect(detail.accountId).to.equal(MOCK_IDS.cardAccount);
    await expect(el).to.be.accessible();
  });

  it('asks the provider again on a new period or filter, aborting the request in flight', async () => {
    const { provider } = setup();
    const signals: AbortSignal[] = [];
    const list = provider.activity.listTransactions;
    provider.activity.listTransactions = (q, o) => (o?.signal && signals.push(o.signal), list(q, o));
    const el = await render(provider);
    const period = $<HTMLSelectElement>(el, '[part~="period"]');
    expect(period.options.length).to.equal(13);
    await choose(el, '[part~="kind-filter"]', 'fee');
    await choose(el, '[part~="period"]', period.options[7]!.value);
    await waitUntil(() => !el.shadowRoot!.querySelector('[part~="skeleton"]') && provider.calls.filter((c) => c.route === 'activity.listTransactions').length === 3);
    expect(signals[1]!.aborted, 'the fee filter request was aborted by the period change').to.equal(true);
    const last = provider.calls.filter((c) => c.route === 'activity.listTransactions').at(-1)!.args[0] as { periodId: string; kind: string };
    expect(last.kind).to.equal('fee');
    expect(last.periodId).to.equal(period.options[7]!.value);
    await waitUntil(() => $(el, '[part~="table"], [part~="empty"]'));
    expect(provider.calls.filter((c) => c.route === 'activity.listStatementPeriods').length, 'periods asked once').to.equal(1);
  });

  it('searches descriptions with a typo and amounts, sorts by amount and says so', async () => {
    const { provider } = setup();
    const el = await render(provider, MOCK_IDS.cardAccount, 100);
    const search = $<HTMLInputElement>(el, '[part~="search"]');
    search.value = 'pharmcy';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const rows = $$(el, '[part~="row"]');
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.textContent).to.contain('SUNNYSIDE PHARMACY');
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(flat($(el, '[part~="empty"]').textContent)).to.equal(en.noMatch);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const amountHeader = $$(el, 'th').find((th) => th.textContent.includes(en.amount))!;
    amountHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(amountHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(flat($(el, '[part~="count"]').textContent)).to.contain('Sorted by Amount');
    const amounts = $$(el, 'table:last-of-type td.num').map((td) => Number(td.textContent.replace(/[^\d.]/g, '')));
    expect(amounts).to.deep.equal([...amounts].sort((a, b) => b - a));
  });

  it('Show more appends the next page and keeps focus', async () => {
    const { provider } = setup();
    const el = await render(provider);
    const before = $$(el, '[part~="row"]').length;
    $(el, '[part~="more"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part~="row"]').length > before);
    expect(el.shadowRoot!.activeElement?.matches('[part~="more"], [part~="list"]')).to.equal(true);
  });

  it('exports the rows shown as CSV with formula cells escaped, through a blob link only', async () => {
    const { provider } = setup((store) => void (store.transactions[3]!.description = '=HYPERLINK("https://example.com")'));
    const el = await render(provider, MOCK_IDS.cardAccount, 100);
    const downloads = catchDownloads();
    const storage = [localStorage.length, sessionStorage.length, location.href];
    $(el, '[part~="export"]').click();
    const [saved] = await downloads.next(1);
    expect(saved!.name).to.equal('activity-2026-11.csv');
    expect(saved!.href).to.match(/^blob:/);
    expect(saved!.csv).to.contain(`"'=HYPERLINK(""https://example.com"")"`);
    expect(saved!.csv.split('\r\n').length - 2).to.equal($$(el, '[part~="row"]').length);
    expect([localStorage.length, sessionStorage.length, location.href]).to.deep.equal(storage);
    expect($(el, '[part~="export-all"]'), 'no more pages: nothing more to download').to.equal(null);
  });

  it('exports the whole period: the pages not loaded yet with the same filters, each asked once, a failed one resumed by the retry', async () => {
    const { provider } = setup();
    const list = provider.activity.listTransactions;
    let failOn: string | undefined = 'c10';
    const asked: Array<{ cursor?: string; kind?: string }> = [];
    provider.activity.listTransactions = async (q, o) => {
      asked.push(q);
      if (q.cursor && q.cursor === failOn) {
        failOn = undefined;
        throw Object.assign(new Error('down'), { name: 'ProviderError', code: 'unavailable' });
      }
      return list(q, o);
    };
    const el = await render(provider, MOCK_IDS.cardAccount, 5);
    await choose(el, '[part~="kind-filter"]', 'purchase');
    await waitUntil(() => $(el, '[part~="export-all"]') && !$(el, '[part~="skeleton"]'));
    const downloads = catchDownloads();
    const failed = oneEvent(el, 'tessera-activity-failed');
    $(el, '[part~="export-all"]').focus();
    await sendKeys({ press: 'Enter' });
    expect((await failed).detail).to.deep.equal({ action: 'export', code: 'unavailable', accountId: MOCK_IDS.cardAccount });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'export-retry', 'focus on the retry');
    expect(flat($(el, '[part~="error"]').textContent)).to.contain(en.exportFailed);
    await sendKeys({ press: 'Enter' });
    const [saved] = await downloads.next(1);
    const after = asked.slice(asked.findIndex((q) => q.kind === 'purchase'));
    expect(after.map((q) => q.cursor ?? ''), 'the failed page again, none twice once answered').to.deep.equal(['', 'c5', 'c10', 'c10']);
    expect(after.every((q) => q.kind === 'purchase'), 'the filter goes with every page').to.equal(true);
    const rows = $$(el, '[part~="row"]').length;
    expect(saved!.csv.split('\r\n').length - 2, 'the CSV holds every row, now shown too').to.equal(rows);
    expect(flat($(el, '[part~="count"]').textContent)).to.equal(en.count(rows, rows));
    expect($(el, '[part~="export-all"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('export');
    await expect(el).to.be.accessible();
  });

  it('stops exporting the whole period when the period changes, and says its progress politely (es)', async () => {
    const { provider } = setup();
    const list = provider.activity.listTransactions;
    const signals: AbortSignal[] = [];
    // A page after the first never answers, until its request is aborted.
    provider.activity.listTransactions = (q, o) =>
      q.cursor ? new Promise<never>((_, reject) => (signals.push(o!.signal!), o!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))))) : list(q, o);
    const el = await render(provider, MOCK_IDS.cardAccount, 5);
    el.lang = 'es';
    await waitUntil(() => flat($(el, '[part~="export-all"]')?.textContent) === messages.es.exportAll);
    const downloads = catchDownloads();
    $(el, '[part~="export-all"]').click();
    await el.updateComplete;
    const status = $(el, '[part~="base"] > .actions [role="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(flat(status.textContent)).to.equal(messages.es.exporting(5));
    await choose(el, '[part~="period"]', $<HTMLSelectElement>(el, '[part~="period"]').options[2]!.value);
    expect(signals.length).to.equal(1);
    expect(signals[0]!.aborted).to.equal(true);
    await waitUntil(() => $(el, '[part~="table"], [part~="empty"]'));
    expect(flat($(el, '[part~="base"] > .actions [role="status"]').textContent)).to.equal('');
    expect(downloads.saved).to.deep.equal([]);
    downloads.stop();
  });

  it('exports every payment of a loan through listLoanPayments', async () => {
    const { provider } = setup();
    const el = await render(provider, MOCK_IDS.activeLoan, 10);
    const downloads = catchDownloads();
    $(el, '[part~="export-all"]').click();
    const [saved] = await downloads.next(1);
    const pages = provider.calls.filter((c) => c.route === 'activity.listLoanPayments').map((c) => (c.args[1] as { cursor?: string }).cursor ?? '');
    expect(new Set(pages).size, 'each page once').to.equal(pages.length);
    expect(saved!.name).to.equal('activity-payments.csv');
    expect(saved!.csv.split('\r\n')[0]).to.equal([en.date, en.amount, en.principal, en.interest, en.fees, en.status, en.method].join(','));
    expect(saved!.csv.split('\r\n').length - 2).to.equal($$(el, '[part~="row"]').length);
  });

  it('shows a loan’s payment history: how it was applied and made, and why one was returned', async () => {
    const { provider } = setup();
    const el = await render(provider, MOCK_IDS.activeLoan);
    const text = flat($(el, '[part~="table"]').textContent);
    expect(text).to.contain(`${en.returned}: Insufficient funds`);
    expect(text).to.contain(en.principal);
    expect(text).to.contain(en.methods.autopay);
    expect($(el, '[part~="filters"]')).to.equal(null);
  });

  it('cancels a scheduled payment only after a confirmation, with one key reused on retry, and removes it once the lender answers', async () => {
    const { provider } = setup((store) => void scheduledPayment(store, MOCK_IDS.cardAccount, 10, 5_000));
    const keys: Array<string | undefined> = [];
    const cancel = provider.payments.cancelPayment;
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    provider.payments.cancelPayment = async (id, o) => {
      keys.push(o?.idempotencyKey);
      if (fail) {
        fail = false;
        throw Object.assign(new Error('down'), { name: 'ProviderError', code: 'unavailable' });
      }
      await gate;
      return cancel(id, o);
    };
    const el = await render(provider);
    $(el, '[part~="cancel"]').click();
    await el.updateComplete;
    expect(provider.calls.some((c) => c.route === 'payments.cancelPayment')).to.equal(false);
    $(el, '[part~="confirm-cancel"]').click();
    await waitUntil(() => $(el, '[part~="retry"]'));
    const event = oneEvent(el, 'tessera-activity-payment-cancelled');
    $(el, '[part~="retry"]').click();
    await el.updateComplete;
    expect($$(el, '[part~="payment"]').length, 'still shown until the lender answers').to.equal(1);
    release();
    expect((await event).detail).to.deep.equal({ accountId: MOCK_IDS.cardAccount, paymentId: 'pmt-s3' });
    await el.updateComplete;
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    expect($(el, '[part~="scheduled-empty"]')).to.exist;
  });

  it('changes a scheduled payment’s amount and shows the lender’s answer', async () => {
    const { provider } = setup((store) => void scheduledPayment(store, MOCK_IDS.cardAccount, 10, 5_000));
    const el = await render(provider);
    $(el, '[part~="change"]').click();
    await el.updateComplete;
    const amount = $<HTMLInputElement>(el, '[part~="edit"] input[inputmode]');
    amount.value = '42.10';
    amount.dispatchEvent(new Event('input'));
    const event = oneEvent(el, 'tessera-activity-payment-changed');
    $(el, '[part~="save"]').click();
    const { detail } = await event;
    expect(detail.amount).to.deep.equal({ amount: 4_210, currency: 'USD' });
    await el.updateComplete;
    expect(flat($(el, '[part~="payment"]').textContent)).to.contain('$42.10');
    const args = provider.calls.find((c) => c.route === 'payments.changeScheduledPayment')!.args[1] as { idempotencyKey: string; date?: string };
    expect(args.idempotencyKey).to.be.a('string');
    expect(args.date, 'only what changed is sent').to.equal(undefined);
  });
});
