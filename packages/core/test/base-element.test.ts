import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  PROVIDER_ERROR_CODES,
  ConfigurationError,
  ProviderError,
  TesseraElement,
  coreMessages,
  requireSlice,
  themeStyles,
  type Faq,
  type FaqEntry,
  type HelpApi,
  type Locale,
  type MessageCatalog,
  type TesseraProvider,
} from '@tessera/core';
import '@tessera/core/define';

declare global {
  interface HTMLElementEventMap {
    'tessera-test-probe': CustomEvent<{ entryId: string }>;
  }
}

const entry = (id: string, topic: string): FaqEntry => ({
  id,
  topic,
  question: `Question ${id}?`,
  answer: [{ type: 'paragraph', content: [`Answer ${id}.`] }],
});

interface Call {
  locale: Locale;
  signal: AbortSignal | undefined;
  resolve: (faq: Faq) => void;
  reject: (error: unknown) => void;
}

/** A help slice whose calls the test settles by hand; it rejects with the signal's reason on abort. */
function controllableProvider(): { provider: TesseraProvider; calls: Call[] } {
  const calls: Call[] = [];
  const help: HelpApi = {
    getFaq: (locale, options) =>
      new Promise<Faq>((resolve, reject) => {
        const signal = options?.signal;
        calls.push({ locale, signal, resolve, reject });
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      }),
    getContactChannels: () => Promise.resolve([]),
  };
  return { provider: { help }, calls };
}

const faq = (entries: FaqEntry[]): Faq => ({ locale: 'en', topics: [], entries });

const probeMessages: MessageCatalog<{ title: string }> = { en: { title: 'Questions' }, es: { title: 'Preguntas' } };

/** A minimal widget over TesseraElement: loads FAQ entries of one topic. */
class TaskProbe extends TesseraElement {
  static override styles = themeStyles;

  @property() topic = 'payments';
  @property({ attribute: false }) keepStale?: boolean;
  @property({ attribute: false }) withEmpty = true;

  readonly load = new Task(this, {
    task: async ([provider, topic], { signal }) => {
      const help = requireSlice(provider, 'help');
      const result = await help.getFaq(this.locale, { signal: this.linkSignal(signal) });
      return result.entries.filter((e) => e.topic === topic);
    },
    args: () => [this.activeProvider, this.topic] as const,
  });

  override render() {
    const renderers = {
      loading: () => html`<div class="skeleton" part="loading">${this.coreMessages.loading}</div>`,
      ready: (entries: FaqEntry[]) => html`<h2>${this.messagesFrom(probeMessages).title}</h2>
        <ul>
          ${entries.map((e) => html`<li>${e.question}</li>`)}
        </ul>`,
      isEmpty: (entries: FaqEntry[]) => entries.length === 0,
      ...(this.withEmpty ? { empty: () => html`<p class="empty">Nothing here</p>` } : {}),
      ...(this.keepStale === undefined ? {} : { keepStale: this.keepStale }),
    };
    return this.renderTask(this.load, renderers);
  }

  // Protected helpers made reachable for the tests.
  describe(error: unknown) {
    return this.describeError(error);
  }
  get provided() {
    return this.activeProvider;
  }
  get signal() {
    return this.connectionSignal;
  }
  link(signal: AbortSignal) {
    return this.linkSignal(signal);
  }
  live(signal?: AbortSignal) {
    return this.isLive(signal);
  }
  get tag() {
    return { locale: this.locale, langTag: this.langTag };
  }
  select(entryId: string) {
    return this.emit('tessera-test-probe', { entryId });
  }
}
customElements.define('task-probe', TaskProbe);

/** A widget with a manual task (like submitting a payment): never runs on its own. */
class ManualProbe extends TesseraElement {
  runs = 0;
  readonly save = new Task(this, {
    task: async (_args, { signal }) => {
      this.runs++;
      await new Promise<void>((resolve, reject) => {
        const linked = this.linkSignal(signal);
        linked.addEventListener('abort', () => reject(linked.reason as Error), { once: true });
      });
      return 'saved';
    },
    args: () => [] as const,
    autoRun: false,
  });
  override render() {
    return this.renderTask(this.save, {
      loading: () => html`<p class="loading">Ready to save</p>`,
      ready: (value) => html`<p class="ready">${value}</p>`,
    });
  }
}
customElements.define('manual-probe', ManualProbe);

const shadow = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => shadow(el).textContent.replace(/\s+/g, ' ').trim();
const has = (el: HTMLElement, selector: string) => shadow(el).querySelector(selector) !== null;

async function probeWith(provider: TesseraProvider | undefined, lang = 'en'): Promise<TaskProbe> {
  const wrapper = await fixture(html`<div lang=${lang}><task-probe .provider=${provider}></task-probe></div>`);
  return wrapper.querySelector('task-probe') as TaskProbe;
}

describe('TesseraElement provider lookup', () => {
  it('uses the provider property over the one from context', async () => {
    const own = controllableProvider().provider;
    const fromContext = controllableProvider().provider;
    const wrapper = await fixture(
      html`<tessera-provider .provider=${fromContext}><task-probe .provider=${own}></task-probe></tessera-provider>`,
    );
    const probe = wrapper.querySelector('task-probe') as TaskProbe;
    expect(probe.provided === own).to.equal(true);
    probe.provider = undefined;
    await probe.updateComplete;
    expect(probe.provided === fromContext).to.equal(true);
  });

  it('shows a configuration error naming the slice and the tag when the slice is missing', async () => {
    const probe = await probeWith({ cards: undefined });
    await waitUntil(() => has(probe, '[part="error"]'));
    const error = shadow(probe).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.getAttribute('data-code')).to.equal('configuration');
    expect(error.textContent).to.contain('“help”');
    expect(error.textContent).to.contain('<task-probe>');
    expect(has(probe, '[part="retry"]'), 'a retry cannot fix configuration').to.equal(false);
    await expect(probe).to.be.accessible();
  });

  it('shows the configuration error without any provider, in Spanish too', async () => {
    const probe = await probeWith(undefined, 'es');
    await waitUntil(() => has(probe, '[part="error"]'));
    expect(text(probe)).to.equal(coreMessages.es.missingProvider('help', 'task-probe'));
  });

  it('recovers once a provider arrives', async () => {
    const probe = await probeWith(undefined);
    await waitUntil(() => has(probe, '[part="error"]'));
    const { provider, calls } = controllableProvider();
    probe.provider = provider;
    await waitUntil(() => calls.length === 1);
    calls[0]!.resolve(faq([entry('1', 'payments')]));
    await waitUntil(() => has(probe, 'li'));
  });
});

describe('TesseraElement.renderTask', () => {
  it('renders the initial state of a task that has not run', async () => {
    const probe = await fixture<ManualProbe>(html`<manual-probe></manual-probe>`);
    expect(text(probe)).to.equal('Ready to save');
  });

  it('shows loading while pending, then the value', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider);
    expect(has(probe, '[part="loading"]')).to.equal(true);
    expect(text(probe)).to.equal('Loading…');
    calls[0]!.resolve(faq([entry('1', 'payments'), entry('2', 'autopay')]));
    await waitUntil(() => has(probe, 'li'));
    expect(shadow(probe).querySelectorAll('li')).to.have.length(1);
    expect(text(probe)).to.contain('Questions Question 1?');
    await expect(probe).to.be.accessible();
  });

  it('renders empty when isEmpty says so, and ready when there is no empty renderer', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider);
    calls[0]!.resolve(faq([entry('1', 'autopay')]));
    await waitUntil(() => has(probe, '.empty'));
    probe.withEmpty = false;
    await probe.updateComplete;
    expect(has(probe, 'ul')).to.equal(true);
    expect(shadow(probe).querySelectorAll('li')).to.have.length(0);
  });

  it('keeps showing the last value while a refresh is pending', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider);
    calls[0]!.resolve(faq([entry('1', 'payments'), entry('2', 'autopay')]));
    await waitUntil(() => has(probe, 'li'));
    probe.topic = 'autopay';
    await waitUntil(() => calls.length === 2);
    await probe.updateComplete;
    expect(text(probe)).to.contain('Question 1?');
    expect(has(probe, '[part="loading"]')).to.equal(false);
    calls[1]!.resolve(faq([entry('1', 'payments'), entry('2', 'autopay')]));
    await waitUntil(() => text(probe).includes('Question 2?'));
  });

  it('shows the skeleton while pending with keepStale: false', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider);
    probe.keepStale = false;
    calls[0]!.resolve(faq([entry('1', 'payments')]));
    await waitUntil(() => has(probe, 'li'));
    probe.topic = 'autopay';
    await waitUntil(() => calls.length === 2);
    await probe.updateComplete;
    expect(has(probe, '[part="loading"]')).to.equal(true);
  });

  it('never lets a stale result win over a newer one', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider);
    probe.topic = 'autopay';
    await waitUntil(() => calls.length === 2);
    expect(calls[0]!.signal!.aborted, 'the older run is aborted').to.equal(true);
    calls[1]!.resolve(faq([entry('2', 'autopay')]));
    calls[0]!.resolve(faq([entry('1', 'payments')]));
    await waitUntil(() => has(probe, 'li'));
    await probe.updateComplete;
    expect(text(probe)).to.contain('Question 2?');
    expect(text(probe)).to.not.contain('Question 1?');
  });

  it('renders a provider error with a retry that runs the load again', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider);
    calls[0]!.reject(new ProviderError('unavailable'));
    await waitUntil(() => has(probe, '[part="error"]'));
    const error = shadow(probe).querySelector('[part="error"]')!;
    expect(error.getAttribute('data-code')).to.equal('unavailable');
    expect(error.textContent).to.contain(coreMessages.en.errors.unavailable);
    const retry = shadow(probe).querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent.trim()).to.equal('Try again');
    expect(retry.type).to.equal('button');
    await expect(probe).to.be.accessible();

    retry.click();
    await waitUntil(() => calls.length === 2);
    await probe.updateComplete;
    expect(has(probe, '[part="loading"]'), 'no stale value after an error').to.equal(true);
    calls[1]!.resolve(faq([entry('1', 'payments')]));
    await waitUntil(() => has(probe, 'li'));
    expect(has(probe, '[part="error"]')).to.equal(false);
  });

  it('renders a retry-less error for codes a retry cannot fix', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider, 'es');
    calls[0]!.reject(new ProviderError('forbidden'));
    await waitUntil(() => has(probe, '[part="error"]'));
    expect(text(probe)).to.equal(coreMessages.es.errors.forbidden);
    expect(has(probe, '[part="retry"]')).to.equal(false);
    await expect(probe).to.be.accessible();
  });

  it('renders anything else thrown as an unknown error', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider);
    calls[0]!.reject(new SyntaxError('Unexpected token < in JSON'));
    await waitUntil(() => has(probe, '[part="error"]'));
    expect(shadow(probe).querySelector('[part="error"]')!.getAttribute('data-code')).to.equal('unknown');
    expect(text(probe)).to.not.contain('JSON');
  });

  it('renders an aborted run as loading, not as an error', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider);
    calls[0]!.reject(new DOMException('Stopped', 'AbortError'));
    await probe.load.taskComplete.catch(() => undefined);
    await probe.updateComplete;
    expect(has(probe, '[part="error"]')).to.equal(false);
    expect(has(probe, '[part="loading"]')).to.equal(true);
  });

  it('runs an interrupted load again when the element is moved in the page', async () => {
    const { provider, calls } = controllableProvider();
    const wrapper = await fixture(html`<div><section></section><task-probe .provider=${provider}></task-probe></div>`);
    const probe = wrapper.querySelector('task-probe') as TaskProbe;
    await waitUntil(() => calls.length === 1);
    wrapper.querySelector('section')!.append(probe); // disconnect + connect
    expect(calls[0]!.signal!.aborted).to.equal(true);
    await waitUntil(() => calls.length === 2);
    expect(calls[1]!.signal!.aborted).to.equal(false);
    calls[1]!.resolve(faq([entry('1', 'payments')]));
    await waitUntil(() => has(probe, 'li'));
  });

  it('runs a load aborted by removal again when the element comes back', async () => {
    const { provider, calls } = controllableProvider();
    const wrapper = await fixture(html`<div><task-probe .provider=${provider}></task-probe></div>`);
    const probe = wrapper.querySelector('task-probe') as TaskProbe;
    await waitUntil(() => calls.length === 1);
    probe.remove();
    await probe.load.taskComplete.catch(() => undefined);
    expect(calls).to.have.length(1);
    wrapper.append(probe);
    await waitUntil(() => calls.length === 2);
    calls[1]!.resolve(faq([entry('1', 'payments')]));
    await waitUntil(() => has(probe, 'li'));
  });

  it('does not reload a completed load on reconnect', async () => {
    const { provider, calls } = controllableProvider();
    const wrapper = await fixture(html`<div><task-probe .provider=${provider}></task-probe></div>`);
    const probe = wrapper.querySelector('task-probe') as TaskProbe;
    calls[0]!.resolve(faq([entry('1', 'payments')]));
    await waitUntil(() => has(probe, 'li'));
    probe.remove();
    wrapper.append(probe);
    await probe.updateComplete;
    expect(calls).to.have.length(1);
    expect(has(probe, 'li')).to.equal(true);
  });

  it('never re-runs a manual task on reconnect', async () => {
    const wrapper = await fixture(html`<div><manual-probe></manual-probe></div>`);
    const probe = wrapper.querySelector('manual-probe') as ManualProbe;
    void probe.save.run();
    await probe.updateComplete;
    expect(probe.runs).to.equal(1);
    probe.remove();
    await probe.save.taskComplete.catch(() => undefined);
    wrapper.append(probe);
    await probe.updateComplete;
    expect(probe.runs).to.equal(1);
  });
});

describe('TesseraElement.describeError', () => {
  let probe: TaskProbe;
  beforeEach(async () => {
    probe = await probeWith(controllableProvider().provider);
  });

  for (const locale of ['en', 'es'] as const) {
    it(`describes every provider error code in ${locale}`, async () => {
      probe.parentElement!.setAttribute('lang', locale);
      await waitUntil(() => probe.tag.locale === locale);
      for (const code of PROVIDER_ERROR_CODES) {
        const described = probe.describe(new ProviderError(code, 'internal detail'));
        expect(described.code).to.equal(code);
        expect(described.message, code).to.equal(coreMessages[locale].errors[code]);
        expect(described.message).to.not.contain('internal detail');
        expect(described.retryable).to.equal(!['forbidden', 'not-found', 'validation'].includes(code));
      }
    });
  }

  it('adds the wait to rate-limited errors that say how long', async () => {
    const described = probe.describe(new ProviderError('rate-limited', undefined, { retryAfter: 30 }));
    expect(described.message).to.equal(`${coreMessages.en.errors['rate-limited']} ${coreMessages.en.retryAfter(30)}`);
    expect(described.message).to.contain('30 seconds');
    expect(probe.describe(new ProviderError('rate-limited')).message).to.equal(coreMessages.en.errors['rate-limited']);

    probe.parentElement!.setAttribute('lang', 'es');
    await waitUntil(() => probe.tag.locale === 'es');
    expect(probe.describe(new ProviderError('rate-limited', undefined, { retryAfter: 5 })).message).to.contain('5 segundos');
  });

  it('describes errors from another copy of core by name and code', () => {
    expect(probe.describe({ name: 'ProviderError', code: 'not-found' })).to.deep.equal({
      code: 'not-found',
      message: coreMessages.en.errors['not-found'],
      retryable: false,
    });
  });

  it('describes configuration errors, without a retry', () => {
    expect(probe.describe(new ConfigurationError('cards'))).to.deep.equal({
      code: 'configuration',
      message: coreMessages.en.missingProvider('cards', 'task-probe'),
      retryable: false,
    });
  });

  it('describes network failures and anything else', () => {
    expect(probe.describe(new TypeError('Failed to fetch')).code).to.equal('network');
    expect(probe.describe(new DOMException('late', 'TimeoutError')).code).to.equal('timeout');
    expect(probe.describe('boom')).to.deep.equal({ code: 'unknown', message: coreMessages.en.errors.unknown, retryable: true });
  });
});

describe('TesseraElement locale', () => {
  it('follows the nearest lang and re-renders in the new language', async () => {
    const { provider, calls } = controllableProvider();
    const probe = await probeWith(provider, 'es-MX');
    expect(probe.tag).to.deep.equal({ locale: 'es', langTag: 'es-US' });
    expect(calls[0]!.locale).to.equal('es');
    calls[0]!.resolve(faq([entry('1', 'payments')]));
    await waitUntil(() => has(probe, 'h2'));
    expect(shadow(probe).querySelector('h2')!.textContent).to.equal('Preguntas');
    probe.parentElement!.setAttribute('lang', 'en-US');
    await waitUntil(() => shadow(probe).querySelector('h2')!.textContent === 'Questions');
    expect(probe.tag).to.deep.equal({ locale: 'en', langTag: 'en-US' });
  });
});

describe('TesseraElement.emit', () => {
  // Elements are compared with `===`: a failed chai comparison of two elements is slow to report.
  it('dispatches a bubbling, composed, non-cancelable CustomEvent with the detail', async () => {
    const probe = await probeWith(controllableProvider().provider);
    const heard = oneEvent(document, 'tessera-test-probe');
    const result = probe.select('faq-7');
    const event = await heard;
    expect(result).to.equal(true);
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.detail).to.deep.equal({ entryId: 'faq-7' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    expect(event.target === probe).to.equal(true);
  });

  it('crosses the shadow root of a host component', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('task-probe') as TaskProbe;
    root.append(probe);
    let seen: { target: EventTarget | null; origin: EventTarget | undefined } | undefined;
    document.addEventListener(
      'tessera-test-probe',
      (event) => {
        seen = { target: event.target, origin: event.composedPath()[0] };
      },
      { once: true },
    );
    probe.select('faq-1');
    expect(seen, 'heard at the document').to.not.equal(undefined);
    expect(seen!.target === host, 'retargeted to the host').to.equal(true);
    expect(seen!.origin === probe, 'dispatched by the widget').to.equal(true);
  });
});

describe('TesseraElement signals', () => {
  it('aborts the connection signal on disconnect and makes a fresh one on reconnect', async () => {
    const wrapper = await fixture(html`<div><task-probe></task-probe></div>`);
    const probe = wrapper.querySelector('task-probe') as TaskProbe;
    const first = probe.signal;
    expect(first.aborted).to.equal(false);
    expect(probe.signal === first, 'the same signal while connected').to.equal(true);
    expect(probe.live()).to.equal(true);

    probe.remove();
    expect(first.aborted).to.equal(true);
    expect((first.reason as DOMException).name).to.equal('AbortError');
    expect(probe.live()).to.equal(false);

    wrapper.append(probe);
    const second = probe.signal;
    expect(second === first).to.equal(false);
    expect(second.aborted).to.equal(false);
    expect(probe.live()).to.equal(true);
  });

  it('links a signal to the connection: either one aborts it', async () => {
    const wrapper = await fixture(html`<div><task-probe></task-probe></div>`);
    const probe = wrapper.querySelector('task-probe') as TaskProbe;

    const byTask = new AbortController();
    const linked = probe.link(byTask.signal);
    expect(linked.aborted).to.equal(false);
    byTask.abort(new DOMException('newer run', 'AbortError'));
    expect(linked.aborted).to.equal(true);
    expect(probe.signal.aborted, 'the connection stays usable').to.equal(false);
    expect(probe.live(byTask.signal)).to.equal(false);

    const other = new AbortController();
    const linkedToo = probe.link(other.signal);
    probe.remove();
    expect(linkedToo.aborted).to.equal(true);
    expect(other.signal.aborted).to.equal(false);
  });
});
