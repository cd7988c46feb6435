export { createRestProvider, type RestProvider } from './rest-provider.js';
export type { AuthTokenRequest, GetAuthToken, RestProviderOptions } from './options.js';
export { VERSION } from './version.js';
