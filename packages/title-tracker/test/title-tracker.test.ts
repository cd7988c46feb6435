import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  PROVIDER_ERROR_CODES,
  addDays,
  coreMessages,
  formatDate,
  formatDateRange,
  isRetryable,
  type TesseraProvider,
  type TitlesApi,
} from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, type Faults, type MockStore, type StoredTitleCase } from '@tessera/mocks';
import { TesseraTitleTracker } from '@tessera/title-tracker';
import '@tessera/title-tracker/define';
import { messages } from '../src/messages.js';
import { chromiumNames, nameOf } from '../../../test/support/accessible-name.js';

const en = messages.en;
const es = messages.es;
const TODAY = '2026-11-21';
/** Local noon on a calendar date: "today" for the widget, whatever the test machine's zone. */
const noonOn = (date: string): Date => new Date(`${date}T12:00:00`);

interface Setup {
  store: MockStore;
  faults: Faults;
  provider: ReturnType<typeof createMemoryProvider>;
}

function setup(change?: (store: MockStore) => void): Setup {
  const store = createMockStore({ today: TODAY });
  change?.(store);
  const faults = createFaults();
  return { store, faults, provider: createMemoryProvider(store, { faults }) };
}

interface RenderOptions {
  accountId?: string;
  payoffHref?: string;
  lang?: string;
  now?: Date;
}

async function renderTracker(provider: TesseraProvider | undefined, options: RenderOptions = {}): Promise<TesseraTitleTracker> {
  const el = await fixture<TesseraTitleTracker>(html`<tessera-title-tracker
    .provider=${provider}
    .now=${options.now ?? noonOn(TODAY)}
    account-id=${ifDefined(options.accountId)}
    payoff-href=${ifDefined(options.payoffHref)}
    lang=${ifDefined(options.lang)}
  ></tessera-title-tracker>`);
  await settled(el);
  return el;
}

async function settled(el: TesseraTitleTracker): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.list, .empty, [part="error"]'), 'the tracker did not finish loading');
  await el.updateComplete;
}

const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
/** Text as read: spaces folded, the invisible bidirectional isolates around provider text left out. */
const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? '';

/** The first title case with a few changes, alone in the store. */
function onlyTitle(change: (title: StoredTitleCase) => void = () => {}): (store: MockStore) => void {
  return (store) => {
    const title = store.titles.find((t) => t.id === MOCK_IDS.title)!;
    change(title);
    store.titles = [title];
  };
}

describe('<tessera-title-tracker>', () => {
  it('is registered and exposes its version', () => {
    expect(customElements.get('tessera-title-tracker')).to.equal(TesseraTitleTracker);
    expect(TesseraTitleTracker.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('shows a skeleton with a status while loading, and it is accessible', async () => {
    const { faults, provider } = setup();
    faults.set('titles.listTitles', { hang: true });
    const el = await fixture<TesseraTitleTracker>(html`<tessera-title-tracker .provider=${provider}></tessera-title-tracker>`);
    await el.updateComplete;
    expect($(el, '[part="skeleton"]')).to.exist;
    expect(text($(el, '[role="status"]'))).to.equal(coreMessages.en.loading);
    await expect(el).to.be.accessible();
  });

  describe('loading skeleton', () => {
    /** Less than this is not a visible jump (the hydration test and the bench use the same). */
    const TOLERANCE_PX = 4;

    async function at(width: number, template: ReturnType<typeof html>, ready: string): Promise<TesseraTitleTracker> {
      const el = await fixture<TesseraTitleTracker>(template);
      el.style.width = `${width}px`;
      await waitUntil(() => el.shadowRoot?.querySelector(ready), `no ${ready}`);
      await el.updateComplete;
      return el;
    }

    const loading = (width: number): Promise<TesseraTitleTracker> => {
      const { faults, provider } = setup();
      faults.set('titles.listTitles', { hang: true });
      return at(width, html`<tessera-title-tracker .provider=${provider}></tessera-title-tracker>`, '[part="skeleton"]');
    };

    const ready = (width: number, accountId?: string): Promise<TesseraTitleTracker> =>
      at(
        width,
        html`<tessera-title-tracker .provider=${setup().provider} .now=${noonOn(TODAY)} account-id=${ifDefined(accountId)}></tessera-title-tracker>`,
        '.list',
      );

    const box = (el: Element): string => {
      const { width, height } = el.getBoundingClientRect();
      return `${width}×${height}`;
    };

    function expectWithin(skeleton: Element, shown: Element, what: string): void {
      const a = skeleton.getBoundingClientRect();
      const b = shown.getBoundingClientRect();
      const measured = `${what}: skeleton ${box(skeleton)}, ready ${box(shown)}`;
      expect(Math.abs(a.height - b.height), measured).to.be.at.most(TOLERANCE_PX);
      expect(Math.abs(a.width - b.width), measured).to.be.at.most(TOLERANCE_PX);
    }

    for (const width of [320, 640]) {
      it(`reserves one vehicle, expanded, at ${width} px`, async () => {
        expectWithin(await loading(width), await ready(width, MOCK_IDS.paidOffLoan), `one vehicle at ${width} px`);
      });

      it(`with several vehicles, holds the first one and the others add below, at ${width} px`, async () => {
        const skeleton = await loading(width);
        const several = await ready(width);
        const [first, ...others] = $$(several, '[part="vehicle"]');
        expectWithin($(skeleton, '[part="skeleton"]')!, first!, `the first vehicle at ${width} px`);
        expect(others.every((v) => v.getBoundingClientRect().top >= first!.getBoundingClientRect().bottom)).to.equal(true);
      });
    }

    it('shows no text and takes no focus', async () => {
      const el = await loading(640);
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(text(skeleton)).to.equal(coreMessages.en.loading);
      expect(skeleton.querySelector('[id], [part], button, a, [tabindex]')).to.equal(null);
    });
  });

  describe('one vehicle', () => {
    it('shows the vehicle expanded with a stepper: done, current and upcoming steps in words', async () => {
      const { provider } = setup();
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      const summaries = $$(el, '[part="summary"]');
      expect(summaries).to.have.length(1);
      expect(summaries[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(summaries[0])).to.contain('2019 Toyota Camry').and.contain(en.vin('K20554'));

      const steps = $$(el, '[part~="step"]');
      expect(steps.map((s) => text(s.querySelector('[part="step-status"]')))).to.deep.equal([
        en.status.done,
        en.status.done,
        en.status.current,
        en.status.upcoming,
        en.status.upcoming,
      ]);
      expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
      expect($$(el, '[aria-current="step"]')).to.have.length(1);
      // Electronic delivery: the lien is released electronically and the state processes the title.
      expect(text(steps[2])).to.contain(en.steps['lien-released']);
      expect(text(steps[3])).to.contain(en.steps['title-sent-electronic']);
      // Done steps show dates; upcoming steps their estimate range.
      expect(text(steps[0])).to.contain(en.completed(formatDate(addDays(TODAY, -9), 'en')));
      expect(text(steps[3])).to.contain(en.estimated(formatDateRange(addDays(TODAY, 9), addDays(TODAY, 13), 'en')));
      expect(text(steps[3])).to.contain('Nov 30');
      // The provider's note on the current step.
      expect(text(steps[2])).to.contain('We release the lien electronically');
      // Facts: payoff date, state, method and recipient.
      const facts = text($(el, '[part="facts"]'));
      expect(facts).to.contain('Nov 12, 2026').and.contain('FL').and.contain(en.methods.electronic).and.contain(en.recipients.dmv);
      await expect(el).to.be.accessible();
    });

    it('summarizes the current step and when the title is expected', async () => {
      const { provider } = setup();
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      const summary = text($(el, '[part="summary"]'));
      expect(summary).to.contain(en.steps['lien-released']).and.contain(en.status.current);
      expect(summary).to.contain(en.eta(formatDateRange(addDays(TODAY, 16), addDays(TODAY, 27), 'en')));
    });

    it('fires tessera-title-tracker-viewed once for the single vehicle shown after load', async () => {
      const { provider } = setup();
      const seen: unknown[] = [];
      const listener = (e: Event): void => void seen.push((e as CustomEvent).detail);
      document.addEventListener('tessera-title-tracker-viewed', listener);
      try {
        const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
        await el.updateComplete;
        expect(seen).to.deep.equal([{ titleId: MOCK_IDS.title, currentStep: 'lien-released' }]);
        // Host changes are not customer views.
        el.now = noonOn(addDays(TODAY, 1));
        el.payoffHref = '/payoff';
        await el.updateComplete;
        expect(seen).to.have.length(1);
        // Collapsing fires nothing; expanding again is a view.
        $(el, '[part="summary"]')!.click();
        await el.updateComplete;
        expect($(el, '[part="summary"]')!.getAttribute('aria-expanded')).to.equal('false');
        expect($(el, '[part="panel"]')!.hidden).to.be.true;
        expect(seen).to.have.length(1);
        $(el, '[part="summary"]')!.click();
        await el.updateComplete;
        expect(seen).to.have.length(2);
      } finally {
        document.removeEventListener('tessera-title-tracker-viewed', listener);
      }
    });

    it('marks every step done when the title is delivered', async () => {
      const { provider } = setup(onlyTitle((t) => {
        t.steps = t.steps.map((s, i) => ({ key: s.key, status: 'done', completedOn: addDays(TODAY, i - 8) }));
      }));
      const seen = oneEvent(document, 'tessera-title-tracker-viewed');
      const el = await renderTracker(provider);
      expect((await seen).detail).to.deep.equal({ titleId: MOCK_IDS.title, currentStep: 'title-delivered' });
      expect($$(el, '[part~="step-done"]')).to.have.length(5);
      expect($$(el, '[aria-current]')).to.have.length(0);
      expect(text($(el, '[part="summary"]'))).to.contain(en.delivered(formatDate(addDays(TODAY, -4), 'en')));
      await expect(el).to.be.accessible();
    });
  });

  describe('delays', () => {
    it('flags the current step as delayed past its estimate, with the provider’s note as what to do', async () => {
      const { provider } = setup();
      // Five days later the lien release (estimated to today + 4) is late.
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan, now: noonOn(addDays(TODAY, 5)) });
      const current = $(el, '[aria-current="step"]')!;
      expect(current.getAttribute('part')).to.contain('step-delayed');
      expect(text(current.querySelector('[part="step-status"]'))).to.equal(en.status.delayed);
      expect(text(current)).to.contain(en.expectedBy(formatDate(addDays(TODAY, 4), 'en')));
      expect(text(current.querySelector('[part="next-step"]'))).to.contain('We release the lien electronically');
      expect(text($(el, '[part="summary"]'))).to.contain(en.status.delayed);
      await expect(el).to.be.accessible();
    });

    it('uses the default next step without a note, and the from date when there is no range', async () => {
      const { provider } = setup(onlyTitle((t) => {
        t.steps[2] = { key: 'lien-released', status: 'current', estimate: { from: addDays(TODAY, -1) } };
      }));
      const el = await renderTracker(provider);
      const current = $(el, '[aria-current="step"]')!;
      expect(text(current.querySelector('[part="step-status"]'))).to.equal(en.status.delayed);
      expect(text(current.querySelector('[part="next-step"]'))).to.equal(en.delayedNext);
    });

    it('is not delayed on the last day of the estimate, and an upcoming step can be delayed too', async () => {
      const { provider } = setup(onlyTitle((t) => {
        t.steps[2] = { key: 'lien-released', status: 'current', estimate: { from: addDays(TODAY, -3), to: TODAY } };
        t.steps[3] = { key: 'title-sent', status: 'upcoming', estimate: { from: addDays(TODAY, -2) } };
      }));
      const el = await renderTracker(provider);
      const steps = $$(el, '[part~="step"]');
      expect(steps[2]!.getAttribute('part')).to.contain('step-current');
      expect(steps[3]!.getAttribute('part')).to.contain('step-delayed');
      expect(text(steps[3]!.querySelector('[part="step-status"]'))).to.equal(en.status.delayed);
    });

    it('computes today from the viewer’s clock when no time is given', async () => {
      const { provider } = setup(onlyTitle((t) => {
        t.steps[2] = { key: 'lien-released', status: 'current', estimate: { from: '2000-01-01' } };
        t.steps[3] = { key: 'title-sent', status: 'upcoming', estimate: { from: '2999-01-01' } };
      }));
      const el = await fixture<TesseraTitleTracker>(html`<tessera-title-tracker .provider=${provider}></tessera-title-tracker>`);
      await settled(el);
      const steps = $$(el, '[part~="step"]');
      expect(steps[2]!.getAttribute('part')).to.contain('step-delayed');
      expect(steps[3]!.getAttribute('part')).to.contain('step-upcoming');
    });
  });

  describe('delivery methods and guidance', () => {
    it('uses the electronic defaults when the provider has no guidance', async () => {
      const { provider } = setup(onlyTitle((t) => delete t.guidance));
      const el = await renderTracker(provider);
      const items = $$(el, '[part="guidance"] li').map(text);
      expect(items).to.deep.equal(en.guidance.electronic);
    });

    it('describes a paper title mailed to the owner, with its own step names and defaults', async () => {
      const { provider } = setup(onlyTitle((t) => {
        delete t.guidance;
        t.delivery = { method: 'paper', recipient: 'owner' };
      }));
      const el = await renderTracker(provider);
      const steps = $$(el, '[part~="step"]').map(text);
      expect(steps[2]).to.contain(en.steps['lien-released-paper']);
      expect(steps[3]).to.contain(en.steps['title-sent']);
      expect(text($(el, '[part="facts"]'))).to.contain(en.methods.paper).and.contain(en.recipients.owner);
      expect($$(el, '[part="guidance"] li').map(text)).to.deep.equal(en.guidance.paper);
      await expect(el).to.be.accessible();
    });

    it('names the DMV as recipient of a paper title when the state decides so', async () => {
      const { provider } = setup(onlyTitle((t) => {
        t.delivery = { method: 'paper', recipient: 'dmv' };
      }));
      const el = await renderTracker(provider);
      expect(text($$(el, '[part~="step"]')[3])).to.contain(en.steps['title-sent-dmv']);
      expect(text($(el, '[part="facts"]'))).to.contain(en.recipients.dmv).and.contain(en.stateDecides);
    });

    it('explains what changes after a move to another state', async () => {
      const { provider } = setup(onlyTitle((t) => {
        delete t.guidance;
        t.titlingState = 'TX';
        t.previousState = 'FL';
      }));
      const el = await renderTracker(provider);
      expect(text($(el, '[part="facts"]'))).to.contain(`TX ${en.movedFrom('FL')}`);
      const items = $$(el, '[part="guidance"] li').map(text);
      expect(items[0]).to.equal(en.moved('FL', 'TX'));
      expect(items.slice(1)).to.deep.equal(en.guidance.electronic);
    });

    it('shows the provider’s guidance instead of the defaults', async () => {
      const { provider } = setup();
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      const items = $$(el, '[part="guidance"] li').map(text);
      expect(items).to.have.length(2);
      expect(items[0]).to.contain('Florida keeps vehicle titles electronically');
      expect(items.join(' ')).not.to.contain(en.guidance.electronic[0]);
    });
  });

  describe('tracking', () => {
    const withTracking = (url: string | undefined) =>
      onlyTitle((t) => {
        t.tracking = { carrier: 'USPS', number: '9400 1118 9922', ...(url === undefined ? {} : { url }) };
      });

    it('links the carrier page when the URL is https', async () => {
      const { provider } = setup(withTracking('https://tracking.example.com/usps/94001118'));
      const el = await renderTracker(provider);
      expect(text($(el, '[part="tracking"]'))).to.contain(en.tracking('USPS', '9400 1118 9922'));
      const link = $<HTMLAnchorElement>(el, '[part="tracking-link"]')!;
      expect(link.href).to.equal('https://tracking.example.com/usps/94001118');
      expect(text(link)).to.equal(en.track);
      await expect(el).to.be.accessible();
    });

    for (const url of ['http://tracking.example.com/usps', 'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>hi</b>', '/relative/track', undefined]) {
      it(`shows carrier and number as plain text, with no link, for ${String(url)}`, async () => {
        const { provider } = setup(withTracking(url));
        const el = await renderTracker(provider);
        expect(text($(el, '[part="tracking"]'))).to.contain('USPS').and.contain('9400 1118 9922');
        expect($(el, '[part="tracking-link"]')).to.be.null;
        expect($$(el, 'a')).to.have.length(0);
      });
    }
  });

  describe('several vehicles', () => {
    it('shows the title in progress expanded, the others as summaries that expand on click, firing tessera-title-tracker-viewed', async () => {
      const { provider } = setup();
      const seen: unknown[] = [];
      const listener = (e: Event): void => void seen.push((e as CustomEvent).detail);
      document.addEventListener('tessera-title-tracker-viewed', listener);
      try {
        const el = await renderTracker(provider);
        const summaries = $$(el, '[part="summary"]');
        expect(summaries).to.have.length(2);
        expect(summaries.map((s) => s.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false']);
        expect($$(el, '[part="panel"]').map((p) => p.hidden)).to.deep.equal([false, true]);
        expect(text(summaries[0])).to.contain('2019 Toyota Camry').and.contain(en.status.current);
        expect(text(summaries[1])).to.contain('2016 Ford F-150').and.contain(en.steps['title-delivered']);
        expect(text(summaries[1])).to.contain(en.delivered(formatDate(addDays(TODAY, -80), 'en')));
        // Shown expanded after load: a view of that vehicle only.
        expect(seen).to.deep.equal([{ titleId: MOCK_IDS.title, currentStep: 'lien-released' }]);
        await expect(el).to.be.accessible();

        const viewed = oneEvent(el, 'tessera-title-tracker-viewed');
        summaries[1]!.click();
        const event = await viewed;
        expect(event.detail).to.deep.equal({ titleId: 'title-2', currentStep: 'title-delivered' });
        expect(event.bubbles && event.composed).to.be.true;
        await el.updateComplete;
        const panel = $(el, `#${summaries[1]!.getAttribute('aria-controls')!}`)!;
        expect(panel.hidden).to.be.false;
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(summaries[1]!.querySelector('.name')!.id);
        expect(text(panel)).to.contain(en.methods.paper);
        expect(summaries[0]!.getAttribute('aria-expanded')).to.equal('true');
        expect(seen).to.have.length(2);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('tessera-title-tracker-viewed', listener);
      }
    });

    it('lists first, expanded, the title still on its way with the latest payoff, else the latest payoff', async () => {
      const delivered = (t: StoredTitleCase): void => {
        t.steps = t.steps.map((s, i) => ({ key: s.key, status: 'done', completedOn: addDays(t.payoffDate, i) }));
      };
      const cases: Array<[string, (store: MockStore) => void, string[]]> = [
        ['a delivered title listed first', (store) => store.titles.reverse(), ['Camry', 'F-150']],
        [
          'two on their way',
          (store) => {
            const older = structuredClone(store.titles[0]!);
            Object.assign(older, { id: 'title-3', payoffDate: addDays(TODAY, -30) });
            older.vehicle.model = 'Corolla';
            store.titles.unshift(older);
          },
          ['Camry', 'Corolla', 'F-150'],
        ],
        ['all delivered', (store) => store.titles.reverse().forEach(delivered), ['Camry', 'F-150']],
      ];
      for (const [name, change, order] of cases) {
        const { provider } = setup(change);
        const el = await renderTracker(provider);
        const summaries = $$(el, '[part="summary"]');
        expect(summaries.map((s) => text(s.querySelector('.name')).split(' ')[2]), name).to.deep.equal(order);
        expect(summaries.map((s) => s.getAttribute('aria-expanded')), name).to.deep.equal(order.map((_, i) => String(i === 0)));
      }
    });

    it('expands and collapses with the keyboard', async () => {
      const { provider } = setup();
      const el = await renderTracker(provider);
      const [first, second] = $$(el, '[part="summary"]');
      first!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('fits a 320 px container without horizontal scrolling', async () => {
      const { provider } = setup();
      const el = await fixture<TesseraTitleTracker>(html`<tessera-title-tracker
        style="width: 320px"
        .provider=${provider}
        .now=${noonOn(TODAY)}
      ></tessera-title-tracker>`);
      await settled(el);
      for (const summary of $$(el, '[part="summary"]')) summary.click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  });

  describe('names', () => {
    it('reads each vehicle as displayed, and names its region, links and switches with it', async () => {
      const { provider } = setup((store) => {
        const ford = store.titles.find((t) => t.id !== MOCK_IDS.title)!;
        ford.tracking = { carrier: 'USPS', number: '9400 1118 9922', url: 'https://tracking.example.com/usps/94001118' };
      });
      const el = await renderTracker(provider);
      $$(el, '[part="summary"]')[1]!.click();
      await el.updateComplete;
      const vehicles = [`2019 Toyota Camry ${en.vin('K20554')}`, `2016 Ford F-150 ${en.vin('C09318')}`];
      const names = $$(el, '.summary .name');
      // The element the names come from reads as displayed, no space lost between its parts.
      expect(names.map((name) => text(name))).to.deep.equal(vehicles);
      expect(names.map((name) => nameOf(name))).to.deep.equal(vehicles);
      expect($$(el, '[part="panel"]').map(nameOf), 'each region is named by its vehicle').to.deep.equal(vehicles);
      expect($$(el, '[part~="switch"]').map(nameOf)).to.deep.equal(vehicles.map((v) => `${en.emailLabel} ${v}`));
      expect($$(el, '[part="tracking-link"]').map(nameOf)).to.deep.equal([`${en.track} ${vehicles[1]}`]);
      const summaries = [
        `${vehicles[0]} ${en.steps['lien-released']} · ${en.status.current} ${en.eta(formatDateRange(addDays(TODAY, 16), addDays(TODAY, 27), 'en'))}`,
        `${vehicles[1]} ${en.steps['title-delivered']} · ${en.status.done} ${en.delivered(formatDate(addDays(TODAY, -80), 'en'))}`,
      ];
      expect($$(el, '[part="summary"]').map(nameOf)).to.deep.equal(summaries);

      // Where the browser's own tree can be read (Chromium), it says the same.
      const regions = await chromiumNames('region');
      if (regions) {
        expect(regions).to.deep.equal(vehicles);
        expect(await chromiumNames('switch')).to.deep.equal(vehicles.map((v) => `${en.emailLabel} ${v}`));
        expect(await chromiumNames('link')).to.deep.equal([`${en.track} ${vehicles[1]}`]);
        expect(await chromiumNames('button')).to.deep.equal(summaries);
      }
      await expect(el).to.be.accessible();
    });

    it('names the retry of a failed email change with its vehicle', async () => {
      const { faults, provider } = setup();
      faults.set('titles.setTitleEmailUpdates', { error: 'unavailable', times: 1 });
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      const failed = oneEvent(el, 'tessera-title-tracker-failed');
      $(el, '[part~="switch"]')!.click();
      await failed;
      await el.updateComplete;
      expect(nameOf($(el, '[part="retry"]')!)).to.equal(`${coreMessages.en.retry} 2019 Toyota Camry ${en.vin('K20554')}`);
    });
  });

  describe('email updates', () => {
    it('turns updates on through the provider and fires the change once confirmed', async () => {
      const { store, faults, provider } = setup();
      faults.set('titles.setTitleEmailUpdates', { latencyMs: 30 });
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      const toggle = $(el, '[role="switch"]')!;
      expect(toggle.getAttribute('aria-checked')).to.equal('false');
      expect(text($(el, '[part="email-updates"]'))).to.contain('j•••••@example.com');
      expect(text($(el, `#${toggle.getAttribute('aria-describedby')!}`))).to.equal(en.emailTo('j•••••@example.com'));

      const changed = oneEvent(el, 'tessera-title-tracker-email-updates-changed');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-checked')).to.equal('true');
      expect(toggle.getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '[part="email-updates"] [role="status"]'))).to.equal(en.saving);
      await expect(el).to.be.accessible();

      expect((await changed).detail).to.deep.equal({ titleId: MOCK_IDS.title, enabled: true });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-busy')).to.equal('false');
      expect(toggle.getAttribute('aria-checked')).to.equal('true');
      expect(text($(el, '[part="email-updates"] [role="status"]'))).to.equal(en.saved);
      expect(store.titles.find((t) => t.id === MOCK_IDS.title)!.emailUpdates.enabled).to.be.true;
      expect(provider.calls.filter((c) => c.route === 'titles.setTitleEmailUpdates').map((c) => c.args)).to.deep.equal([
        [MOCK_IDS.title, true],
      ]);
    });

    it('works from the keyboard', async () => {
      const { store, provider } = setup();
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      const toggle = $(el, '[role="switch"]')!;
      toggle.focus();
      const changed = oneEvent(el, 'tessera-title-tracker-email-updates-changed');
      await sendKeys({ press: ' ' });
      await changed;
      expect(store.titles.find((t) => t.id === MOCK_IDS.title)!.emailUpdates.enabled).to.be.true;
    });

    it('reverts on failure with a message and a retry that saves', async () => {
      const { store, faults, provider } = setup();
      faults.set('titles.setTitleEmailUpdates', { error: 'unavailable', times: 1 });
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      const toggle = $(el, '[role="switch"]')!;
      let fired = 0;
      el.addEventListener('tessera-title-tracker-email-updates-changed', () => fired++);
      toggle.click();
      await waitUntil(() => $(el, '[part~="email-error"]'));
      await el.updateComplete;
      expect(toggle.getAttribute('aria-checked')).to.equal('false');
      expect(toggle.getAttribute('aria-busy')).to.equal('false');
      const error = $(el, '[part~="email-error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain(en.emailFailed).and.contain(coreMessages.en.errors.unavailable);
      expect(fired).to.equal(0);
      expect(store.titles.find((t) => t.id === MOCK_IDS.title)!.emailUpdates.enabled).to.be.false;
      await expect(el).to.be.accessible();

      const changed = oneEvent(el, 'tessera-title-tracker-email-updates-changed');
      error.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      expect((await changed).detail).to.deep.equal({ titleId: MOCK_IDS.title, enabled: true });
      await el.updateComplete;
      expect($(el, '[part~="email-error"]')).to.be.null;
      expect(toggle.getAttribute('aria-checked')).to.equal('true');
      expect(store.titles.find((t) => t.id === MOCK_IDS.title)!.emailUpdates.enabled).to.be.true;
    });

    it('offers no retry when the provider forbids the change', async () => {
      const { faults, provider } = setup();
      faults.set('titles.setTitleEmailUpdates', { error: 'forbidden' });
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      $(el, '[role="switch"]')!.click();
      await waitUntil(() => $(el, '[part~="email-error"]'));
      expect(text($(el, '[part~="email-error"]'))).to.contain(coreMessages.en.errors.forbidden);
      expect($(el, '[part~="email-error"] [part="retry"]')).to.be.null;
      // A new click clears the message and tries again.
      faults.clear();
      $(el, '[role="switch"]')!.click();
      await el.updateComplete;
      expect($(el, '[part~="email-error"]')).to.be.null;
    });

    for (const fault of [{ timeout: true }, { malformed: true }] as const) {
      it(`reverts after ${Object.keys(fault)[0]!} from the provider`, async () => {
        const { faults, provider } = setup();
        faults.set('titles.setTitleEmailUpdates', fault);
        const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
        $(el, '[role="switch"]')!.click();
        await waitUntil(() => $(el, '[part~="email-error"]'));
        const timedOut = 'timeout' in fault;
        expect($(el, '[part~="email-error"]')!.dataset['code']).to.equal(timedOut ? 'timeout' : 'invalid-data');
        expect(text($(el, '[part~="email-error"]'))).to.contain(timedOut ? coreMessages.en.errors.timeout : coreMessages.en.invalidData);
        expect($(el, '[role="switch"]')!.getAttribute('aria-checked')).to.equal('false');
      });
    }

    it('ends equal to the store after a dropped response and a retry', async () => {
      const { store, faults, provider } = setup();
      faults.set('titles.setTitleEmailUpdates', { dropResponse: true, times: 1 });
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      $(el, '[role="switch"]')!.click();
      await waitUntil(() => $(el, '[part~="email-error"]'));
      $(el, '[part~="email-error"] [part="retry"]')!.click();
      await waitUntil(() => !$(el, '[part~="email-error"]') && $(el, '[role="switch"]')!.getAttribute('aria-busy') === 'false');
      expect($(el, '[role="switch"]')!.getAttribute('aria-checked')).to.equal('true');
      expect(store.titles.find((t) => t.id === MOCK_IDS.title)!.emailUpdates.enabled).to.be.true;
    });

    for (const clicks of [2, 3, 4, 5]) {
      it(`ends equal to the store after ${clicks} rapid toggles (last intent wins)`, async () => {
        const { store, faults, provider } = setup();
        faults.set('titles.setTitleEmailUpdates', { latencyMs: 40 });
        const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
        const toggle = $(el, '[role="switch"]')!;
        const events: boolean[] = [];
        el.addEventListener('tessera-title-tracker-email-updates-changed', (e) => events.push(e.detail.enabled));
        for (let i = 0; i < clicks; i++) {
          toggle.click();
          await el.updateComplete;
        }
        const expected = clicks % 2 === 1;
        expect(toggle.getAttribute('aria-checked')).to.equal(String(expected));
        await waitUntil(() => toggle.getAttribute('aria-busy') === 'false', 'the switch stayed busy');
        expect(toggle.getAttribute('aria-checked')).to.equal(String(expected));
        expect(store.titles.find((t) => t.id === MOCK_IDS.title)!.emailUpdates.enabled).to.equal(expected);
        // One request at a time: never more requests than clicks, and the events follow the store.
        const sent = provider.calls.filter((c) => c.route === 'titles.setTitleEmailUpdates');
        expect(sent.length).to.be.at.most(clicks);
        expect(events.at(-1) ?? false).to.equal(expected);
      });
    }

    it('reports a failed change with tessera-title-tracker-failed, and keeps keyboard focus on the switch or its retry', async () => {
      const { faults, provider } = setup();
      faults.set('titles.setTitleEmailUpdates', { error: 'unavailable', times: 1 });
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      const failed = oneEvent(el, 'tessera-title-tracker-failed');
      $(el, '[part~="switch"]')!.focus();
      await sendKeys({ press: 'Enter' });
      const event = await failed;
      expect(event.detail).to.deep.equal({ action: 'email-updates', code: 'unavailable', titleId: MOCK_IDS.title });
      expect(event.bubbles && event.composed).to.be.true;
      await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="retry"]'), 'focus did not move to the retry');
      const changed = oneEvent(el, 'tessera-title-tracker-email-updates-changed');
      await sendKeys({ press: 'Enter' });
      await changed;
      await el.updateComplete;
      expect($(el, '[part~="error"]')).to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="switch"]'));
    });

    it('names the switch with its vehicle; thumb and step markers follow the writing direction', async () => {
      const { provider } = setup((store) => {
        store.titles.find((t) => t.id === MOCK_IDS.title)!.emailUpdates.enabled = true;
      });
      for (const dir of ['ltr', 'rtl']) {
        const el = await fixture<TesseraTitleTracker>(html`<tessera-title-tracker
          dir=${dir}
          account-id=${MOCK_IDS.paidOffLoan}
          .provider=${provider}
          .now=${noonOn(TODAY)}
        ></tessera-title-tracker>`);
        await settled(el);
        const toggle = $(el, '[part~="switch"]')!;
        const names = toggle.getAttribute('aria-labelledby')!.split(' ').map((id) => text($(el, `#${id}`)));
        expect(names.join(' ')).to.equal(`${en.emailLabel} 2019 Toyota Camry ${en.vin('K20554')}`);
        expect(toggle.getAttribute('aria-checked')).to.equal('true');
        const track = $(el, '[part~="track"]')!.getBoundingClientRect();
        const thumb = $(el, '[part~="thumb"]')!.getBoundingClientRect();
        const fromStart = dir === 'ltr' ? thumb.left - track.left : track.right - thumb.right;
        const fromEnd = dir === 'ltr' ? track.right - thumb.right : thumb.left - track.left;
        expect(fromEnd, `${dir}: the thumb sits at the end of the track`).to.be.lessThan(fromStart);
        // The step's words sit after its marker, never over it.
        const step = $(el, '[part~="step"]')!;
        const marker = step.querySelector('.marker')!.getBoundingClientRect();
        const label = step.querySelector('.label')!.getBoundingClientRect();
        if (dir === 'ltr') expect(label.left, 'ltr: the label starts after the marker').to.be.at.least(marker.right);
        else expect(label.right, 'rtl: the label ends before the marker').to.be.at.most(marker.left);
      }
    });

    it('does not fire when the host changes properties', async () => {
      const { provider } = setup();
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      let fired = 0;
      el.addEventListener('tessera-title-tracker-email-updates-changed', () => fired++);
      el.accountId = 'title-2-account';
      el.lang = 'es';
      await el.updateComplete;
      el.accountId = MOCK_IDS.paidOffLoan;
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('empty state', () => {
    it('explains that the title is held until payoff and links the payoff page', async () => {
      const { provider } = setup((store) => (store.titles = []));
      const el = await renderTracker(provider, { payoffHref: '/loans/auto-acct-1/payoff' });
      const empty = $(el, '[part="empty"]')!;
      expect(text(empty)).to.contain(en.emptyTitle).and.contain(en.emptyBody);
      const link = $<HTMLAnchorElement>(el, '[part="payoff-link"]')!;
      expect(link.getAttribute('href')).to.equal('/loans/auto-acct-1/payoff');
      expect(text(link)).to.equal(en.payoffLink);
      await expect(el).to.be.accessible();
    });

    it('is shown when no title belongs to the account-id', async () => {
      const { provider } = setup();
      const el = await renderTracker(provider, { accountId: MOCK_IDS.activeLoan });
      expect($(el, '[part="empty"]')).to.exist;
      expect($(el, '[part="payoff-link"]')).to.be.null;
    });

    for (const href of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'mailto:pay@example.com']) {
      it(`renders no link for payoff-href ${JSON.stringify(href)}`, async () => {
        const { provider } = setup((store) => (store.titles = []));
        const el = await renderTracker(provider, { payoffHref: href });
        expect($(el, 'a')).to.be.null;
      });
    }

    it('accepts an absolute https payoff page', async () => {
      const { provider } = setup((store) => (store.titles = []));
      const el = await renderTracker(provider, { payoffHref: 'https://bank.example.com/payoff' });
      expect($<HTMLAnchorElement>(el, '[part="payoff-link"]')!.href).to.equal('https://bank.example.com/payoff');
    });

    it('lets the host replace the link through the payoff-link slot', async () => {
      const { provider } = setup((store) => (store.titles = []));
      const el = await fixture<TesseraTitleTracker>(html`<tessera-title-tracker .provider=${provider} payoff-href="/payoff">
        <a slot="payoff-link" href="/custom-payoff">Request your payoff quote</a>
      </tessera-title-tracker>`);
      await settled(el);
      const slot = $<HTMLSlotElement>(el, 'slot[name="payoff-link"]')!;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Request your payoff quote']);
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    for (const code of PROVIDER_ERROR_CODES) {
      it(`shows a localized message for ${code} from listTitles${isRetryable(code) ? ' and retries' : ''}`, async () => {
        const { faults, provider } = setup();
        faults.set('titles.listTitles', { error: code, times: 1 });
        const el = await renderTracker(provider, { lang: 'es' });
        const error = $(el, '[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain(coreMessages.es.errors[code]);
        const retry = $(el, '[part="retry"]');
        if (!isRetryable(code)) {
          expect(retry).to.be.null;
          return;
        }
        await expect(el).to.be.accessible();
        retry!.click();
        await waitUntil(() => $(el, '.list'));
        expect($$(el, '[part="summary"]')).to.have.length(2);
      });
    }

    it('reports a failed load with tessera-title-tracker-failed, with the account when one is shown', async () => {
      const { faults, provider } = setup();
      faults.set('titles.listTitles', { error: 'unavailable', times: 1 });
      const failed = oneEvent(document, 'tessera-title-tracker-failed');
      await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan });
      expect((await failed).detail).to.deep.equal({ action: 'load', code: 'unavailable', accountId: MOCK_IDS.paidOffLoan });
    });

    it('shows an error for a timeout and for malformed titles', async () => {
      for (const fault of [{ timeout: true }, { malformed: true }]) {
        const { faults, provider } = setup();
        faults.set('titles.listTitles', fault);
        const el = await renderTracker(provider);
        expect($(el, '[part="error"]')!.dataset['code']).to.equal(fault.timeout ? 'timeout' : 'invalid-data');
        expect(text($(el, '[part="error"]'))).to.contain(fault.timeout ? coreMessages.en.errors.timeout : coreMessages.en.invalidData);
      }
    });

    it('leaves a title case without steps out, saying one vehicle cannot be shown', async () => {
      const { provider } = setup(onlyTitle((t) => (t.steps = [])));
      const el = await renderTracker(provider);
      expect(text($(el, '[part="notice"]'))).to.equal(coreMessages.en.leftOut(1));
      expect($(el, '[part="error"]')).to.equal(null);
    });

    it('names the missing provider slice', async () => {
      const el = await renderTracker({});
      expect($(el, '[part="error"]')!.dataset['code']).to.equal('configuration');
      expect(text($(el, '[part="error"]'))).to.contain('titles').and.contain('tessera-title-tracker');
      expect($(el, '[part="retry"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('Spanish', () => {
    it('renders every text and date in Spanish', async () => {
      const { provider } = setup();
      const el = await renderTracker(provider, { accountId: MOCK_IDS.paidOffLoan, lang: 'es' });
      const steps = $$(el, '[part~="step"]');
      expect(text(steps[0])).to.contain(es.steps['payoff-received']).and.contain(es.status.done);
      expect(text(steps[0])).to.contain(es.completed(formatDate(addDays(TODAY, -9), 'es')));
      expect(formatDate(addDays(TODAY, -9), 'es')).to.equal('12 nov 2026');
      expect(text(steps[2])).to.contain(es.status.current);
      expect(text(steps[3])).to.contain(es.estimated(formatDateRange(addDays(TODAY, 9), addDays(TODAY, 13), 'es')));
      expect(text($(el, '[part="facts"]'))).to.contain('12 nov 2026').and.contain(es.methods.electronic);
      expect(text($(el, '[role="switch"]'))).to.contain(es.emailLabel);
      expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal(es.listLabel);
      await expect(el).to.be.accessible();
    });

    it('asks the lender for step notes and what to expect in the page’s language, and again when it changes', async () => {
      const { provider } = setup(onlyTitle());
      const asked: string[] = [];
      const words = {
        en: { note: 'We sent the release to the state.', guidance: 'The state mails your title.' },
        es: { note: 'Enviamos la liberación al estado.', guidance: 'El estado le envía el título por correo.' },
      };
      const titles: TitlesApi = {
        listTitles: async (options) => {
          asked.push(`listTitles ${options?.locale ?? '(none)'}`);
          const said = words[options?.locale ?? 'en'];
          return (await provider.titles.listTitles(options)).map((title) => ({
            ...title,
            guidance: [said.guidance],
            steps: title.steps.map((step) => (step.status === 'current' ? { ...step, note: said.note } : step)),
          }));
        },
        setTitleEmailUpdates: (id, enabled, options) => {
          asked.push(`setTitleEmailUpdates ${options?.locale ?? '(none)'}`);
          return provider.titles.setTitleEmailUpdates(id, enabled, options);
        },
      };
      const el = await renderTracker({ titles }, { lang: 'es' });
      const shown = (): string[] => [text($(el, '[part="note"]')), text($(el, '[part="guidance"] li'))];
      expect(shown()).to.deep.equal([words.es.note, words.es.guidance]);
      expect(text($(el, '[part="guidance"] .heading'))).to.equal(es.guidanceHeading);
      const changed = oneEvent(el, 'tessera-title-tracker-email-updates-changed');
      $(el, '[part~="switch"]')!.click();
      await changed;
      expect(asked).to.deep.equal(['listTitles es', 'setTitleEmailUpdates es']);

      el.setAttribute('lang', 'en');
      await waitUntil(() => shown()[0] === words.en.note, 'the English note never came');
      expect(shown()).to.deep.equal([words.en.note, words.en.guidance]);
      expect(asked.slice(2)).to.deep.equal(['listTitles en']);
    });

    it('switches language at run time', async () => {
      const { provider } = setup((store) => (store.titles = []));
      const el = await renderTracker(provider, { payoffHref: '/payoff' });
      expect(text($(el, '[part="empty"]'))).to.contain(en.emptyTitle);
      el.setAttribute('lang', 'es-MX');
      await waitUntil(() => text($(el, '[part="empty"]')).includes(es.emptyTitle));
      expect(text($(el, '[part="payoff-link"]'))).to.equal(es.payoffLink);
    });

    it('follows the lang of an ancestor', async () => {
      const { provider } = setup();
      // The fixture's wrapper (removed after the test) is the ancestor with the lang.
      const ancestor = document.createElement('div');
      ancestor.lang = 'es';
      const el = await fixture<TesseraTitleTracker>(
        html`<tessera-title-tracker .provider=${provider} .now=${noonOn(TODAY)}></tessera-title-tracker>`,
        { parentNode: ancestor },
      );
      await settled(el);
      expect(text($$(el, '[part="summary"]')[1])).to.contain(es.steps['title-delivered']);
    });
  });
});
