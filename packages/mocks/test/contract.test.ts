import { createFaults, createMemoryProvider, createMockStore } from '@tessera/mocks';
import { runProviderContract } from '@tessera/mocks/contract';
import { createRestProvider } from '@tessera/provider-rest';
import { startMockApi } from '@tessera/mocks/browser';

runProviderContract('memory', () => {
  const store = createMockStore();
  const faults = createFaults();
  return Promise.resolve({ provider: createMemoryProvider(store, { faults }), store, faults });
});

runProviderContract('REST over msw', async () => {
  const store = createMockStore();
  const faults = createFaults();
  const api = await startMockApi({ store, faults });
  // A short time limit keeps the timeout test quick; retries stay at their default.
  const provider = createRestProvider({ baseUrl: '/api', timeoutMs: 2_000, retryBaseDelayMs: 10 });
  return { provider, store, faults, teardown: () => api.stop() };
});
