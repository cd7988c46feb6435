import { expect } from '@open-wc/testing';
import { formatDate, isAbortError, isCard, isProviderError, type AutoPayEnrollment, type PaymentRequest, type ProviderError } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS } from '@tessera/mocks';

async function failure(call: Promise<unknown>): Promise<ProviderError> {
  try {
    await call;
  } catch (error) {
    if (isProviderError(error)) return error;
    throw error;
  }
  throw new Error('Expected the call to fail');
}

function payment(store = createMockStore(), change: Partial<PaymentRequest> = {}): PaymentRequest {
  return {
    accountId: MOCK_IDS.cardAccount,
    fundingAccountId: MOCK_IDS.checking,
    amount: { amount: 12_345, currency: 'USD' },
    date: store.paymentOptions[MOCK_IDS.cardAccount]!.earliestDate,
    idempotencyKey: 'key-1',
    ...change,
  };
}

let enrollments = 0;
/** An enrollment with the customer's authorization and a fresh idempotency key. */
function enrollment(change: Omit<AutoPayEnrollment, 'authorization' | 'idempotencyKey'>): AutoPayEnrollment {
  enrollments += 1;
  return {
    ...change,
    authorization: { version: 'HB-AUTOPAY-2026-03', acceptedAt: '2026-11-21T15:00:00Z', locale: 'en', text: 'I authorize Auto Pay.' },
    idempotencyKey: `enroll-${enrollments}`,
  };
}

describe('createMemoryProvider', () => {
  it('works without arguments, on a fresh store', async () => {
    const provider = createMemoryProvider();
    expect((await provider.accounts.listAccounts()).length).to.equal(3);
  });

  it('logs every call in order, without the options object', async () => {
    const provider = createMemoryProvider();
    const signal = new AbortController().signal;
    await provider.cards.getCard(MOCK_IDS.card, { signal });
    await provider.help.getFaq('es');
    await failure(provider.titles.setTitleEmailUpdates('nope', true));
    expect(provider.calls).to.deep.equal([
      { route: 'cards.getCard', args: [MOCK_IDS.card] },
      { route: 'help.getFaq', args: ['es'] },
      { route: 'titles.setTitleEmailUpdates', args: ['nope', true] },
    ]);
  });

  it('keeps copies: neither the caller’s input nor its results reach into the store', async () => {
    const store = createMockStore();
    const provider = createMemoryProvider(store);
    const request = payment(store);
    const receipt = await provider.payments.submitPayment(request);
    request.amount.amount = 1;
    receipt.amount.amount = 2;
    expect(store.payments.at(-1)!.amount.amount).to.equal(12_345);
    expect(provider.calls[0]!.args[0]).to.have.nested.property('amount.amount', 12_345);
    const faq = await provider.help.getFaq('en');
    faq.entries.length = 0;
    expect(store.faq.en.entries.length).to.be.greaterThan(20);
  });

  it('rejects with an AbortError when the signal is already aborted, without touching the store', async () => {
    const store = createMockStore();
    const provider = createMemoryProvider(store);
    const controller = new AbortController();
    controller.abort();
    const error = await provider.cards.setCardLock(MOCK_IDS.card, { locked: true }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(store.cards[0]!.lock.locked).to.equal(false);
  });

  it('waits latencyMs, and an abort during the wait rejects with an AbortError', async () => {
    const store = createMockStore();
    const provider = createMemoryProvider(store, { latencyMs: 10_000 });
    const controller = new AbortController();
    const call = provider.cards.setCardLock(MOCK_IDS.card, { locked: true }, { signal: controller.signal });
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect(isAbortError(error)).to.equal(true);
    expect(store.cards[0]!.lock.locked).to.equal(false);
  });

  describe('faults', () => {
    const setup = () => {
      const store = createMockStore();
      const faults = createFaults();
      return { store, faults, provider: createMemoryProvider(store, { faults }) };
    };

    it('error: rejects with that code, with field errors and retry-after, and changes nothing', async () => {
      const { store, faults, provider } = setup();
      faults.set('payments.submitPayment', { error: 'validation', fieldErrors: [{ field: 'amount', message: 'No' }] });
      const error = await failure(provider.payments.submitPayment(payment(store)));
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors).to.deep.equal([{ field: 'amount', message: 'No' }]);
      expect(store.payments.length).to.equal(2);
      faults.set('payments.submitPayment', { error: 'rate-limited', retryAfter: 30 });
      const limited = await failure(provider.payments.submitPayment(payment(store)));
      expect([limited.code, limited.retryAfter, limited.status]).to.deep.equal(['rate-limited', 30, 429]);
    });

    it('status alone: rejects with the code that status means', async () => {
      const { faults, provider } = setup();
      faults.set('accounts.listAccounts', { status: 503 });
      expect((await failure(provider.accounts.listAccounts())).code).to.equal('unavailable');
      faults.set('accounts.listAccounts', { status: 502 });
      expect((await failure(provider.accounts.listAccounts())).code).to.equal('unknown');
    });

    it('timeout: rejects with timeout', async () => {
      const { faults, provider } = setup();
      faults.set('creditScore.getCreditScore', { timeout: true });
      expect((await failure(provider.creditScore.getCreditScore())).code).to.equal('timeout');
    });

    it('malformed: resolves with a value of the wrong shape, after applying the change', async () => {
      const { store, faults, provider } = setup();
      faults.set('cards.setCardLock', { malformed: true });
      const value: unknown = await provider.cards.setCardLock(MOCK_IDS.card, { locked: true });
      expect(isCard(value)).to.equal(false);
      expect(store.cards[0]!.lock.locked).to.equal(true);
    });

    it('dropResponse: applies the change, then rejects with network', async () => {
      const { store, faults, provider } = setup();
      faults.set('payments.submitPayment', { dropResponse: true, times: 1 });
      expect((await failure(provider.payments.submitPayment(payment(store)))).code).to.equal('network');
      expect(store.payments.length).to.equal(3);
      const receipt = await provider.payments.submitPayment(payment(store));
      expect(receipt).to.deep.equal(store.payments[2]);
      expect(store.payments.length).to.equal(3);
    });

    it('hang: never settles until aborted', async () => {
      const { faults, provider } = setup();
      faults.set('help.getFaq', { hang: true });
      const controller = new AbortController();
      let settled = false;
      const call = provider.help.getFaq('en', { signal: controller.signal }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(settled).to.equal(false);
      controller.abort();
      expect(isAbortError(await call.catch((e: unknown) => e))).to.equal(true);
    });

    it('latencyMs on a fault: answers after the wait; an abort ends it', async () => {
      const { faults, provider } = setup();
      faults.set('help.getContactChannels', { latencyMs: 20, times: 1 });
      expect((await provider.help.getContactChannels('en')).length).to.equal(4);
      faults.set('help.getContactChannels', { latencyMs: 60_000 });
      const controller = new AbortController();
      const call = provider.help.getContactChannels('en', { signal: controller.signal });
      controller.abort();
      expect(isAbortError(await call.catch((e: unknown) => e))).to.equal(true);
    });
  });

  describe('the lender’s rules', () => {
    it('gives the same receipt for a repeated key even after the rules would refuse it, and conflict for another body', async () => {
      const store = createMockStore();
      const provider = createMemoryProvider(store);
      const first = await provider.payments.submitPayment(payment(store));
      store.paymentOptions[MOCK_IDS.cardAccount]!.maxAmount.amount = 100;
      expect(await provider.payments.submitPayment(payment(store))).to.deep.equal(first);
      const error = await failure(provider.payments.submitPayment(payment(store, { date: '2026-11-24' })));
      expect(error.code).to.equal('conflict');
      expect(first.confirmationNumber).to.match(/^HB-\d{8}-\d{4}$/);
      expect(first.status).to.equal('scheduled');
    });

    it('asks for an idempotency key, a payable account, a known bank account and a business day', async () => {
      const store = createMockStore();
      const provider = createMemoryProvider(store);
      const noKey = await failure(provider.payments.submitPayment(payment(store, { idempotencyKey: '' })));
      expect(noKey.fieldErrors.map((e) => e.field)).to.deep.equal(['idempotencyKey']);
      const paidOff = await failure(provider.payments.submitPayment(payment(store, { accountId: MOCK_IDS.paidOffLoan })));
      expect([paidOff.code, paidOff.fieldErrors[0]?.field]).to.deep.equal(['validation', 'accountId']);
      const weekend = await failure(
        provider.payments.submitPayment(payment(store, { date: '2026-11-28', fundingAccountId: 'bank-99', idempotencyKey: 'k2' })),
      );
      expect(weekend.fieldErrors.map((e) => e.field).sort()).to.deep.equal(['date', 'fundingAccountId']);
      const holiday = await failure(provider.payments.submitPayment(payment(store, { date: '2026-11-26', idempotencyKey: 'k3' })));
      expect(holiday.fieldErrors.map((e) => e.field)).to.deep.equal(['date']);
      const late = await failure(provider.payments.submitPayment(payment(store, { date: '2027-06-01', idempotencyKey: 'k4' })));
      expect(late.fieldErrors.map((e) => e.field)).to.deep.equal(['date']);
      expect(store.payments.length).to.equal(2);
    });

    it('names every bad field of a new bank account, and refuses one already saved', async () => {
      const provider = createMemoryProvider();
      const all = await failure(
        provider.payments.addFundingAccount({ holderName: ' ', routingNumber: 'abc', accountNumber: '', type: 'brokerage' as 'checking' }),
      );
      expect(all.fieldErrors.map((e) => e.field).sort()).to.deep.equal(['accountNumber', 'holderName', 'routingNumber', 'type']);
      const unknownBank = await failure(
        provider.payments.addFundingAccount({ holderName: 'Jordan Rivera', routingNumber: '122000247', accountNumber: '1234', type: 'checking' }),
      );
      expect(unknownBank.fieldErrors.map((e) => e.field)).to.deep.equal(['routingNumber']);
      const saved = await failure(
        provider.payments.addFundingAccount({ holderName: 'Jordan Rivera', routingNumber: '111000025', accountNumber: '55-6789', type: 'checking' }),
      );
      expect(saved.fieldErrors[0]?.message).to.match(/already saved/);
      const added = await provider.payments.addFundingAccount({ holderName: 'Jordan Rivera', routingNumber: '011000015', accountNumber: '9876 5432 10', type: 'savings' });
      expect(added).to.deep.equal({ id: 'bank-3', bankName: 'Northgate Federal Bank', type: 'savings', last4: '3210', holderName: 'Jordan Rivera' });
    });

    it('offers Auto Pay rules that fit the account', async () => {
      const store = createMockStore();
      const provider = createMemoryProvider(store);
      const startDate = store.paymentOptions[MOCK_IDS.activeLoan]!.earliestDate;
      const wrongRule = await failure(
        provider.payments.setAutoPay(MOCK_IDS.activeLoan, enrollment({ rule: 'minimum-due', fundingAccountId: MOCK_IDS.checking, startDate })),
      );
      expect(wrongRule.fieldErrors.map((e) => e.field)).to.deep.equal(['rule']);
      const fixed = await provider.payments.setAutoPay(
        MOCK_IDS.activeLoan,
        enrollment({
          rule: 'fixed',
          fixedAmount: { amount: 60_000, currency: 'USD' },
          extraAmount: { amount: 1_000, currency: 'USD' },
          fundingAccountId: MOCK_IDS.savings,
          startDate,
        }),
      );
      expect(fixed).to.deep.equal({
        accountId: MOCK_IDS.activeLoan,
        enrolled: true,
        rule: 'fixed',
        fixedAmount: { amount: 60_000, currency: 'USD' },
        extraAmount: { amount: 1_000, currency: 'USD' },
        fundingAccountId: MOCK_IDS.savings,
        startDate,
        nextDraft: { date: startDate, amount: { amount: 61_000, currency: 'USD' }, stopBy: '2026-11-18T23:00:00Z', stoppable: false },
        authorizationCopy: { channel: 'email', to: 'j••••••@example.com' },
      });
      const paidOff = await failure(
        provider.payments.setAutoPay(MOCK_IDS.paidOffLoan, enrollment({ rule: 'amount-due', fundingAccountId: MOCK_IDS.checking, startDate })),
      );
      expect(paidOff.code).to.equal('validation');
      const early = await failure(
        provider.payments.setAutoPay(MOCK_IDS.cardAccount, enrollment({ rule: 'minimum-due', fundingAccountId: MOCK_IDS.checking, startDate: store.today })),
      );
      expect(early.fieldErrors.map((e) => e.field)).to.deep.equal(['startDate']);
    });

    it('locks a card again once its re-lock time has passed', async () => {
      const store = createMockStore();
      const provider = createMemoryProvider(store);
      store.cards[0]!.lock = { locked: false, changedAt: '2026-11-21T10:00:00Z', relockAt: '2026-11-21T10:15:00Z' };
      const card = await provider.cards.getCard(MOCK_IDS.card);
      expect(card.lock).to.deep.equal({ locked: true, changedAt: '2026-11-21T10:15:00Z' });
    });

    it('refuses a re-lock when locking, and answers forbidden when decline alerts are not offered', async () => {
      const store = createMockStore();
      const provider = createMemoryProvider(store);
      const relock = await failure(provider.cards.setCardLock(MOCK_IDS.card, { locked: true, relockAfterMinutes: 15 }));
      expect(relock.fieldErrors.map((e) => e.field)).to.deep.equal(['relockAfterMinutes']);
      store.capabilities.declineAlerts = false;
      expect((await failure(provider.cards.setDeclineAlerts(MOCK_IDS.card, true))).code).to.equal('forbidden');
    });

    it('checks help input: locale and feedback', async () => {
      const store = createMockStore();
      const provider = createMemoryProvider(store);
      expect((await failure(provider.help.getFaq('fr' as 'en'))).fieldErrors[0]?.field).to.equal('locale');
      expect((await failure(provider.help.getContactChannels('' as 'en'))).code).to.equal('validation');
      expect((await failure(provider.help.sendFeedback('payment-cutoff', 'yes' as unknown as boolean))).code).to.equal('validation');
      await provider.help.sendFeedback('payment-cutoff', false);
      expect(store.feedback).to.deep.equal([{ entryId: 'payment-cutoff', helpful: false }]);
    });

    it('answers null for unknown routing numbers', async () => {
      const provider = createMemoryProvider();
      expect(await provider.payments.lookupRoutingNumber('999999999')).to.equal(null);
      expect(await provider.payments.lookupRoutingNumber(' 121000358 ')).to.deep.equal({ routingNumber: '121000358', bankName: 'Pacific Crest Bank' });
    });
  });
});

describe('createMemoryProvider in the customer’s language', () => {
  it('answers customer text in the call’s locale, English without one', async () => {
    const store = createMockStore();
    const provider = createMemoryProvider(store);
    const spanish = await provider.creditScore.getCreditScore({ locale: 'es' });
    expect(spanish.factors[0]!.text).to.equal('Ha pagado todo a tiempo durante los últimos 7 años.');
    expect(spanish.bands!.map((b) => b.label)).to.deep.equal(['Deficiente', 'Regular', 'Bueno', 'Muy bueno', 'Excepcional']);
    expect((await provider.creditScore.getCreditScore()).factors[0]!.text).to.equal('You have made every payment on time for the last 7 years.');
    const [title] = await provider.titles.listTitles({ locale: 'es' });
    expect(title!.steps[2]!.note).to.match(/^Liberamos el gravamen/);
    expect(title!.guidance![0]).to.match(/^Florida guarda los títulos/);
    expect((await provider.accounts.getAccount(MOCK_IDS.cardAccount, { locale: 'es' })).name).to.equal('Tarjeta Visa Harborview Everyday Rewards');
    const card = await provider.cards.getCard(MOCK_IDS.card, { locale: 'es' });
    expect(card.nickname, 'the customer’s own words').to.equal('Everyday card');
    expect((await provider.cards.getLockPolicy({ locale: 'es' })).blockedWhileLocked[2]).to.equal('Transferencias de saldo');
  });

  it('refuses in the call’s locale: messages, field errors, amounts and dates written for Spanish readers', async () => {
    const store = createMockStore();
    const provider = createMemoryProvider(store);
    const latest = store.paymentOptions[MOCK_IDS.cardAccount]!.latestDate;
    const error = await failure(
      provider.payments.submitPayment(payment(store, { amount: { amount: 99_999_999, currency: 'USD' }, date: '2027-12-31' }), { locale: 'es' }),
    );
    expect(error.message).to.equal('Revise los datos del pago.');
    expect(error.fieldErrors).to.deep.equal([
      { field: 'amount', message: 'Ingrese un monto de hasta $1,402.19.' },
      { field: 'date', message: `Elija el ${formatDate(latest, 'es-US', 'long')} o una fecha anterior.` },
    ]);
    const english = await failure(provider.payments.submitPayment(payment(store, { date: '2027-12-31', idempotencyKey: 'key-2' })));
    expect(english.fieldErrors[0]!.message).to.equal(`Choose ${formatDate(latest, 'en-US', 'long')} or earlier.`);
    const faults = createFaults();
    faults.set('cards.getCard', { error: 'unavailable', times: 1 });
    const faulty = createMemoryProvider(createMockStore(), { faults });
    expect((await failure(faulty.cards.getCard(MOCK_IDS.card, { locale: 'es' }))).message).to.equal('El servicio no está disponible por el momento');
  });
});
