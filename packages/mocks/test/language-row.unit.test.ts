import { expect } from '@open-wc/testing';
import { createMockStore, textIn } from '@tessera/mocks';
import { englishIn, shownTexts } from '../src/conformance/language.js';

/** A shadow root holding `markup`, as a widget would render it. */
function root(markup: string): ShadowRoot {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const template = document.createElement('template');
  template.innerHTML = markup;
  shadow.append(template.content);
  return shadow;
}

const store = createMockStore();
const es = (text: { en: string; es?: string } | string) => textIn(text, 'es');
const factor = store.creditScore!.factors[0]!.text;

describe('the language row: English in a Spanish render', () => {
  it('finds nothing in a Spanish render beside names, nicknames, brands, amounts, dates and links', () => {
    const spanish = root(`
      <style>.x { content: "the" }</style>
      <h2 part="heading">Bloquear tarjeta</h2>
      <span part="card-name">Visa <bdi>Everyday card</bdi> <span>••••1942</span></span>
      <span part="card-meta">Usuario autorizado: <bdi>Sam Rivera</bdi></span>
      <p part="attribution" aria-label="FICO® Score 8">FICO® Score 8 según datos de TransUnion®</p>
      <p>Saldo del estado de cuenta $1,284.37, vence el 25 de noviembre de 2026 a las 5:00 p. m. CST</p>
      <p>Desde <bdi>Lakeshore Community Bank</bdi> ••••6789 — 2019 Toyota Camry, VIN K20554</p>
      <a href="mailto:support@example.com">support@example.com</a> <span>PO Box 5550</span>
      <bdi>${es(factor)}</bdi>`);
    const english = root(`
      <h2 part="heading">Lock card</h2>
      <span part="card-name">Visa <bdi>Everyday card</bdi> <span>••••1942</span></span>
      <span part="card-meta">Authorized user: <bdi>Sam Rivera</bdi></span>
      <p part="attribution" aria-label="FICO® Score 8">FICO® Score 8 based on TransUnion® data</p>
      <p>Statement balance $1,284.37, due November 25, 2026 at 5:00 PM CST</p>
      <p>From <bdi>Lakeshore Community Bank</bdi> ••••6789 — 2019 Toyota Camry, VIN K20554</p>
      <a href="mailto:support@example.com">support@example.com</a> <span>PO Box 5550</span>`);
    expect(englishIn(spanish, english, store)).to.deep.equal([]);
  });

  it('leaves text marked as the other language alone, on both sides, and still finds it unmarked', () => {
    // "Search in English" and the English answers it shows are declared English (lang="en");
    // the English render's Spanish answers, after "Buscar en español", are declared Spanish.
    const spanish = root(`
      <button part="other-language" lang="en">Search in English</button>
      <section lang="en"><button part="question"><bdi>How do I lock my card?</bdi></button></section>
      <button part="question"><bdi>¿Cómo bloqueo mi tarjeta?</bdi></button>`);
    const english = root(`
      <button part="other-language" lang="es">Buscar en español</button>
      <section lang="es"><button part="question"><bdi>¿Cómo bloqueo mi tarjeta?</bdi></button></section>`);
    expect(englishIn(spanish, english, store)).to.deep.equal([]);
    const unmarked = root(`<button part="other-language">Search in English</button>`);
    expect(englishIn(unmarked, root(''), store)).to.have.length(1);
  });

  it('finds the store’s English, even split over elements, and says where', () => {
    const spanish = root(`
      <ul part="factors"><li part="factor"><span>Ayuda:</span> <bdi>${textIn(factor, 'en')}</bdi></li></ul>
      <p part="note">You have made every payment <b>on time</b> for the last 7 years.</p>
      <span part="band">Very good</span>`);
    const findings = englishIn(spanish, root(''), store);
    expect(findings).to.include(`store English "${textIn(factor, 'en')}" in <bdi> in <li part="factor">`);
    expect(findings).to.include('store English "Very good" in <span part="band">');
  });

  it('finds text left as the English render has it, with other dates or amounts filled in', () => {
    const spanish = root(`
      <span part="step-status">Hurting</span>
      <span class="when">Completed 12 nov 2026</span>
      <button part="retry" aria-label="Close"></button>`);
    const english = root(`
      <span part="step-status">Hurting</span>
      <span class="when">Completed Nov 12, 2026</span>
      <button part="retry" aria-label="Close"></button>`);
    expect(englishIn(spanish, english, store)).to.deep.equal([
      'the same in English: "Hurting" in <span part="step-status">',
      'the same in English: "Completed 12 nov 2026" in <span>',
      'the same in English: "Close" in <button part="retry"> aria-label',
    ]);
  });

  it('finds English words in text the English render words otherwise', () => {
    const spanish = root('<p id="email-0">Updates go to j•••••@example.com.</p><p>Pague antes de la fecha</p>');
    const english = root('<p id="email-0">Updates are sent to j•••••@example.com.</p>');
    expect(englishIn(spanish, english, store)).to.deep.equal(['English words (to): "Updates go to j•••••@example.com." in <p id="email-0">']);
  });

  it('takes text a test stored as a plain string as the same in both languages', () => {
    const changed = createMockStore();
    changed.creditScore!.factors[0]!.text = 'Reason 0';
    const render = root('<li part="factor"><bdi>Reason 0</bdi></li>');
    expect(englishIn(render, root('<li part="factor"><bdi>Reason 0</bdi></li>'), changed)).to.deep.equal([]);
  });

  it('reads text nodes and the spoken attributes, in nested shadow roots too, never styles', () => {
    const outer = root('<div part="base" title="Cerrar"><input placeholder="Buscar"><img alt="Logotipo"><style>p{}</style></div>');
    const inner = document.createElement('span');
    inner.attachShadow({ mode: 'open' }).append('Adentro');
    const wrapper = document.createElement('b');
    wrapper.append(inner);
    outer.querySelector('div')!.append(wrapper);
    inner.shadowRoot!.append(document.createElement('i'));
    inner.shadowRoot!.querySelector('i')!.textContent = 'Anidado';
    expect(shownTexts(outer).map((s) => s.text)).to.deep.equal(['Cerrar', 'Buscar', 'Logotipo', 'Adentro', 'Anidado']);
  });
});
