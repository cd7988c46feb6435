// Side effect: lets `<tessera-provider endpoint="…">` build REST providers.
import { registerRestProviderFactory } from '@tessera/core';
import { createRestProvider } from './rest-provider.js';

registerRestProviderFactory((config) =>
  createRestProvider({
    baseUrl: config.baseUrl,
    credentials: config.credentials,
    getAuthToken: config.getAuthToken,
    language: config.language,
  }),
);
