// No msw here: users of the memory provider do not load msw.
export {
  createMockStore,
  MOCK_IDS,
  DEFAULT_TODAY,
  type MockStore,
  accountIn,
  cardIn,
  creditScoreIn,
  customerTexts,
  englishOnlyTexts,
  lockPolicyIn,
  neutralTexts,
  textIn,
  titleIn,
  type CustomerText,
  type StoredAccount,
  type StoredCard,
  type StoredCreditScore,
  type StoredLockPolicy,
  type StoredScoreBand,
  type StoredScoreFactor,
  type StoredText,
  type StoredTitleCase,
  type StoredTitleStep,
  WAYS_TO_PAY_ADDRESSES,
  WAYS_TO_PAY_PHONES,
  type StoredDocument,
  type StoredPaperless,
  MOCK_ALERT_CODE,
  MOCK_MOBILE,
  type StoredAlerts,
  type StoredVerification,
} from './store/index.js';
export { accountStates, scheduledPayment, type AccountState } from './store/index.js';
export { createFaults, type Fault, type FaultRoute, type Faults } from './faults.js';
export { createMemoryProvider, type MemoryProvider, type MemoryProviderOptions } from './memory-provider.js';
export { ROUTES, type Route } from './routes.js';
export { VERSION } from './version.js';
