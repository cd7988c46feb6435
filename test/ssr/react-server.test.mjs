// @tessera/react rendered by React on the server (Node, after `npm run build`): each prop
// that has an attribute is in the HTML, so the page carries the widgets' configuration and
// hydration finds the attributes the browser writes (packages/react/test/react.test.ts
// hydrates the first page below).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { TesseraCardLock, TesseraDataProvider, TesseraFicoGauge, TesseraHelpFaq } from '@tessera/react';
import * as cardLockEntry from '@tessera/react/card-lock';
import { createMemoryProvider } from '@tessera/mocks';

describe('@tessera/react with renderToString', () => {
  it('writes the attributes of the props, not objects or listeners', () => {
    const html = renderToString(
      h(
        TesseraDataProvider,
        { provider: createMemoryProvider() },
        h(TesseraCardLock, { cardId: 'card-1', confirmUnlock: true, onCardLockChanged: () => undefined }),
        h(TesseraHelpFaq, { topics: ['payments', 'cards'], hideContact: true }),
      ),
    );
    assert.equal(
      html,
      '<tessera-provider><tessera-card-lock card-id="card-1" confirm-unlock=""></tessera-card-lock>' +
        '<tessera-help-faq topics="payments cards" hide-contact=""></tessera-help-faq></tessera-provider>',
    );
  });

  it('writes attributes named like their property, leaves out false ones, keeps HTML attributes', () => {
    const html = renderToString(
      h(TesseraFicoGauge, { score: 742, previousScore: 730, asOf: '2026-10-01', hideNote: true, hideHistory: false, className: 'score', id: 'fico', lang: 'es' }),
    );
    assert.equal(
      html,
      '<tessera-fico-gauge class="score" id="fico" lang="es" score="742" previous-score="730" as-of="2026-10-01" hide-note=""></tessera-fico-gauge>',
    );
  });

  it('writes the endpoint and the token source, never a token', () => {
    const html = renderToString(
      h(TesseraDataProvider, {
        endpoint: 'https://api.example.com/servicing',
        credentials: 'include',
        authTokenSource: 'session',
        authToken: 'secret-token',
        getAuthToken: () => 'secret-token',
      }),
    );
    assert.equal(html, '<tessera-provider endpoint="https://api.example.com/servicing" credentials="include" auth-token-source="session"></tessera-provider>');
  });

  it('serves each widget from its own entry too', () => {
    assert.equal(cardLockEntry.TesseraCardLock, TesseraCardLock);
    assert.equal(renderToString(h(cardLockEntry.TesseraCardLock, { cardId: 'card-2' })), '<tessera-card-lock card-id="card-2"></tessera-card-lock>');
  });
});
