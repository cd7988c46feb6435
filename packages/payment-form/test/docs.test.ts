import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { TesseraPaymentForm } from '@tessera/payment-form';
import meta, * as stories from '../../../stories/payment-form.stories.js';
import { EXPECTED_STATES, type StoryName } from './story-states.js';

/** Backticked names in the first column of the README table under `heading`. */
function firstColumn(readme: string, heading: string): string[] {
  return section(readme, heading)
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!);
}

function section(readme: string, heading: string): string {
  return readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
}

/** Names after a JSDoc tag (and its `{type}`, if any) in the element's source (what the manifest is generated from). */
const jsdocNames = (source: string, tag: string): string[] =>
  [...source.matchAll(new RegExp(`^ \\* @${tag} (?:\\{[^}]*\\} )?\\[?([^\\s=\\]]+)`, 'gm'))].map((m) => m[1]!);

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

describe('README and JSDoc agree with the element', () => {
  let readme = '';
  let source = '';
  before(async () => {
    readme = (await readFile({ path: '../README.md' })) ?? '';
    source = (await readFile({ path: '../src/payment-form.ts' })) ?? '';
  });

  it('documents every observed attribute', () => {
    const documented = firstColumn(readme, 'Attributes and properties').filter((name) => name !== 'lang');
    expect(sorted(documented)).to.deep.equal(sorted(TesseraPaymentForm.observedAttributes));
  });

  it('documents the same events in the README and the JSDoc', () => {
    const events = [
      'tessera-payment-form-autopay-changed',
      'tessera-payment-form-failed',
      'tessera-payment-form-payment-cancelled',
      'tessera-payment-form-step-changed',
      'tessera-payment-form-submitted',
    ];
    expect(sorted(firstColumn(readme, 'Events'))).to.deep.equal(events);
    expect(sorted(jsdocNames(source, 'fires'))).to.deep.equal(events);
  });

  it('documents every CSS property in the README', () => {
    const props = jsdocNames(source, 'cssprop');
    expect(props).to.include('--tessera-payment-form-max-width');
    for (const prop of props) expect(section(readme, 'CSS custom properties'), prop).to.contain(`\`${prop}\``);
  });

  it('documents every part the element renders in some story state, and no other', async () => {
    const seen = new Set<string>();
    for (const name of Object.keys(EXPECTED_STATES) as StoryName[]) {
      const [step, selector] = EXPECTED_STATES[name]!;
      const story = stories[name] as { args?: Record<string, unknown> };
      const host = await fixture<HTMLElement>(html`<div>${meta.render({ ...meta.args, ...story.args })}</div>`);
      const el = host.querySelector<TesseraPaymentForm>('tessera-payment-form')!;
      await waitUntil(() => el.step === step && el.shadowRoot!.querySelector(selector), `${name} never showed ${selector}`, { timeout: 3000 });
      for (const node of el.shadowRoot!.querySelectorAll('[part]')) for (const part of node.getAttribute('part')!.split(/\s+/)) seen.add(part);
    }
    const inJsdoc = sorted(jsdocNames(source, 'csspart'));
    expect(sorted(seen)).to.deep.equal(inJsdoc);
    const inReadme = sorted([...section(readme, 'CSS parts').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!));
    expect(inReadme).to.deep.equal(inJsdoc);
  });
});
