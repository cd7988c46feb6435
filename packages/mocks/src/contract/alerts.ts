/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { isAlert, isAlertSettings, isPayByText, isPhoneVerification, isTextConsent } from '@tessera/core';
import { MOCK_ALERT_CODE } from '../store/alerts.js';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, type Harness } from './harness.js';

export function alertsContract(h: Harness): void {
  describe('alerts', () => {
    it('answers one account’s alerts or every account’s, with contacts masked, the consent and pay by text', async () => {
      const api = h.slice('alerts');
      const all = await api.getAlerts({});
      expect(isAlertSettings(all), 'passes isAlertSettings').to.equal(true);
      expect(all.accounts.map((a) => a.id)).to.include.members([MOCK_IDS.cardAccount, MOCK_IDS.activeLoan]);
      expect(all.contacts.mobileLast4).to.match(/^\d{4}$/);
      expect(JSON.stringify(all)).not.to.match(/\+1\d{10}/);
      const card = await api.getAlerts({ accountId: MOCK_IDS.cardAccount });
      expect(new Set(card.alerts.map((a) => a.accountId))).to.deep.equal(new Set([MOCK_IDS.cardAccount]));
      expect(card.payByText.map((p) => [p.accountId, p.eligible])).to.deep.equal([[MOCK_IDS.cardAccount, true]]);
      const paidOff = await api.getAlerts({ accountId: MOCK_IDS.paidOffLoan });
      expect(paidOff.payByText[0]?.eligible).to.equal(false);
      await expectProviderError(api.getAlerts({ accountId: 'no-such-account' }), 'not-found');
    });

    it('sets one channel, an amount within the limits and the days among the choices', async () => {
      const api = h.slice('alerts');
      const id = `${MOCK_IDS.cardAccount}-balance-above`;
      const on = await api.setAlert(id, { channel: 'email', enabled: true });
      expect(isAlert(on), 'passes isAlert').to.equal(true);
      expect(on.channels.email).to.equal(true);
      expect((await api.setAlert(id, { threshold: { amount: 123_456, currency: 'USD' } })).threshold?.amount.amount).to.equal(123_456);
      await expectProviderError(api.setAlert(id, { threshold: { amount: 1, currency: 'USD' } }), 'validation');
      const due = `${MOCK_IDS.cardAccount}-payment-due`;
      expect((await api.setAlert(due, { daysBefore: 3 })).daysBefore?.value).to.equal(3);
      await expectProviderError(api.setAlert(due, { daysBefore: 4 }), 'validation');
      await expectProviderError(api.setAlert(`${MOCK_IDS.paidOffLoan}-title-update`, { channel: 'text', enabled: true }), 'validation');
      await expectProviderError(api.setAlert('no-such-alert', { channel: 'email', enabled: true }), 'not-found');
    });

    it('turns text alerts on only with a verified mobile number and the consent accepted', async () => {
      const api = h.slice('alerts');
      const id = `${MOCK_IDS.cardAccount}-payment-due`;
      await expectProviderError(api.setAlert(id, { channel: 'text', enabled: true }), 'conflict');
      const settings = await api.getAlerts({});
      await expectProviderError(api.acceptTextConsent('old', '2026-11-21T15:00:00.000Z'), 'validation');
      const consent = await api.acceptTextConsent(settings.textConsent.version, '2026-11-21T15:00:00.000Z');
      expect(isTextConsent(consent), 'passes isTextConsent').to.equal(true);
      expect(consent.acceptedAt).to.equal('2026-11-21T15:00:00.000Z');
      expect((await api.setAlert(id, { channel: 'text', enabled: true })).channels.text).to.equal(true);
    });

    it('verifies a mobile number with a one-time code: wrong, expired and too many attempts', async () => {
      const api = h.slice('alerts');
      await expectProviderError(api.startPhoneVerification('5555550199'), 'validation');
      const sent = await api.startPhoneVerification('+15555550199');
      expect(isPhoneVerification(sent), 'passes isPhoneVerification').to.equal(true);
      expect(sent.mobileLast4).to.equal('0199');
      await expectProviderError(api.resendPhoneCode(sent.verificationId), 'rate-limited');
      expect(await api.confirmPhone(sent.verificationId, '000000')).to.deep.equal({ status: 'wrong', attemptsLeft: 2 });
      const ok = await api.confirmPhone(sent.verificationId, MOCK_ALERT_CODE);
      expect(ok.status).to.equal('verified');
      if (ok.status === 'verified') expect(ok.contacts.mobileLast4).to.equal('0199');
      const locked = await api.startPhoneVerification('+15555550188');
      for (const attempt of [2, 1]) expect(await api.confirmPhone(locked.verificationId, '111111')).to.deep.equal({ status: 'wrong', attemptsLeft: attempt });
      expect(await api.confirmPhone(locked.verificationId, '111111')).to.deep.equal({ status: 'too-many-attempts' });
      expect(await api.confirmPhone(locked.verificationId, MOCK_ALERT_CODE)).to.deep.equal({ status: 'too-many-attempts' });
      h.subject.store.alerts.codeLifetimeSeconds = 0;
      const expired = await api.startPhoneVerification('+15555550177');
      expect(await api.confirmPhone(expired.verificationId, MOCK_ALERT_CODE)).to.deep.equal({ status: 'expired' });
      await expectProviderError(api.confirmPhone('no-such-verification', MOCK_ALERT_CODE), 'not-found');
    });

    it('enrolls in pay by text only when eligible, with payment reminders by text and a bank account', async () => {
      const api = h.slice('alerts');
      const accountId = MOCK_IDS.cardAccount;
      const { fundingAccounts } = (await api.getAlerts({ accountId })).payByText[0]!;
      const fundingAccountId = fundingAccounts[0]!.id;
      await expectProviderError(api.setPayByText!(accountId, { enrolled: true, fundingAccountId }), 'conflict');
      h.subject.store.alerts.consent.acceptedAt = '2026-11-01T12:00:00.000Z';
      await api.setAlert(`${accountId}-payment-due`, { channel: 'text', enabled: true });
      await expectProviderError(api.setPayByText!(accountId, { enrolled: true, fundingAccountId: 'nope' }), 'validation');
      const on = await api.setPayByText!(accountId, { enrolled: true, fundingAccountId });
      expect(isPayByText(on), 'passes isPayByText').to.equal(true);
      expect([on.enrolled, on.fundingAccountId]).to.deep.equal([true, fundingAccountId]);
      expect((await api.setPayByText!(accountId, { enrolled: false })).enrolled).to.equal(false);
      await expectProviderError(api.setPayByText!(MOCK_IDS.paidOffLoan, { enrolled: true, fundingAccountId }), 'forbidden');
    });
  });
}
