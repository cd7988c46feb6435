import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { readFile } from '@web/test-runner-commands';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, type MockStore } from '@tessera/mocks';
import { TesseraTitleTracker } from '@tessera/title-tracker';
import '@tessera/title-tracker/define';

/** The first column of the README table under `heading`, without backticks. */
function firstColumn(readme: string, heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!);
}

/**
 * Names after a JSDoc tag in the element's source (what the manifest is generated from),
 * past an optional `{type}` and without the `[name=default]` brackets.
 */
function jsdocNames(source: string, tag: string): string[] {
  return [...source.matchAll(new RegExp(`^ \\* @${tag} (?:\\{[^}]*\\} )?\\[?([^\\s=\\]]+)`, 'gm'))].map((match) => match[1]!);
}

/** The default column of the README's CSS custom properties row for `name`, without backticks. */
function readmeDefault(readme: string, name: string): string | undefined {
  const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
  return row && /^\| `[^`]+` \| `([^`]+)`/.exec(row)?.[1];
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function provider(change: (store: MockStore) => void = () => {}, fault?: Parameters<ReturnType<typeof createFaults>['set']>): ReturnType<typeof createMemoryProvider> {
  const store = createMockStore();
  change(store);
  const faults = createFaults();
  if (fault) faults.set(...fault);
  return createMemoryProvider(store, { faults });
}

async function partsOf(template: TemplateResult, ready: string, act?: (el: TesseraTitleTracker) => Promise<void>): Promise<string[]> {
  const el = await fixture<TesseraTitleTracker>(template);
  await waitUntil(() => el.shadowRoot!.querySelector(ready), `no ${ready}`);
  await act?.(el);
  return [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
}

describe('README and JSDoc', () => {
  let readme = '';
  let source = '';
  before(async () => {
    // Read from disk: the dev server would serve the source without its comments.
    readme = (await readFile({ path: '../README.md' })) ?? '';
    source = (await readFile({ path: '../src/title-tracker.ts' })) ?? '';
  });

  it('document every attribute the element observes', () => {
    const documented = firstColumn(readme, 'Attributes and properties').filter((name) => name !== 'lang');
    expect(sorted(documented)).to.deep.equal(sorted(TesseraTitleTracker.observedAttributes));
  });

  it('document the events, slots and own CSS properties', () => {
    const events = ['tessera-title-tracker-email-updates-changed', 'tessera-title-tracker-failed', 'tessera-title-tracker-viewed'];
    expect(sorted(firstColumn(readme, 'Events'))).to.deep.equal(events);
    expect(sorted(jsdocNames(source, 'fires'))).to.deep.equal(events);
    expect(firstColumn(readme, 'Slots')).to.deep.equal(jsdocNames(source, 'slot'));
    const own = jsdocNames(source, 'cssprop').filter((name) => name.startsWith('--tessera-title-tracker-'));
    expect(own).to.deep.equal(['--tessera-title-tracker-marker-size']);
    const listed = firstColumn(readme, 'CSS custom properties');
    expect(listed.filter((name) => name.startsWith('--tessera-title-tracker-'))).to.deep.equal(own);
    expect(readmeDefault(readme, '--tessera-title-tracker-marker-size')).to.equal('1.25rem');
    for (const token of jsdocNames(source, 'cssprop').filter((name) => !own.includes(name))) {
      expect(listed, token).to.include(token);
      expect(readmeDefault(readme, token), `${token} has a default`).to.be.a('string');
    }
  });

  it('document every part the element renders, and no other', async () => {
    const seen = new Set<string>();
    const add = (parts: string[]): void => parts.forEach((part) => seen.add(part));
    const today = new Date(`${createMockStore().today}T12:00:00`);
    const later = new Date(today.getTime() + 7 * 86_400_000);
    const paper = provider((store) => {
      const title = store.titles.find((t) => t.id === MOCK_IDS.title)!;
      title.tracking = { carrier: 'USPS', number: '9400', url: 'https://tracking.example.com/9400' };
    }, ['titles.setTitleEmailUpdates', { error: 'unavailable' }]);
    add(
      await partsOf(
        html`<tessera-title-tracker .provider=${paper} .now=${today} account-id=${MOCK_IDS.paidOffLoan}></tessera-title-tracker>`,
        '[part~="switch"]',
        async (el) => {
          el.shadowRoot!.querySelector<HTMLElement>('[part~="switch"]')!.click();
          await waitUntil(() => el.shadowRoot!.querySelector('[part~="email-error"]'));
        },
      ),
    );
    add(await partsOf(html`<tessera-title-tracker .provider=${provider()} .now=${later}></tessera-title-tracker>`, '[part="summary"]', async (el) => {
      // The first vehicle is expanded already; expand the other one too.
      el.shadowRoot!.querySelectorAll<HTMLElement>('[part="summary"]')[1]!.click();
      await el.updateComplete;
    }));
    add(await partsOf(html`<tessera-title-tracker .provider=${provider((s) => (s.titles = []))} payoff-href="/payoff"></tessera-title-tracker>`, '[part="empty"]'));
    const oneBroken = provider((s) => (s.titles[1]!.steps = []));
    add(await partsOf(html`<tessera-title-tracker .provider=${oneBroken} .now=${today}></tessera-title-tracker>`, '[part="notice"]'));
    add(await partsOf(html`<tessera-title-tracker .provider=${provider(undefined, ['titles.listTitles', { hang: true }])}></tessera-title-tracker>`, '[part~="skeleton"]'));
    add(await partsOf(html`<tessera-title-tracker .provider=${provider(undefined, ['titles.listTitles', { error: 'unavailable' }])}></tessera-title-tracker>`, '[part="retry"]'));
    expect(sorted(seen)).to.deep.equal(sorted(firstColumn(readme, 'CSS parts')));
    expect(sorted(jsdocNames(source, 'csspart'))).to.deep.equal(sorted(firstColumn(readme, 'CSS parts')));
  });
});
