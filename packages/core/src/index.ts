export type * from './types.js';
export type * from './provider.js';
export {
  ProviderError,
  PROVIDER_ERROR_CODES,
  isProviderError,
  isAbortError,
  isRetryable,
  toProviderError,
  type FieldError,
  type ProviderErrorCode,
  type ProviderErrorOptions,
} from './errors.js';
export { ConfigurationError, isConfigurationError, requireSlice, type MethodOf } from './configuration-error.js';
export { providerContext, watchForLateProviders } from './context.js';
export {
  registerRestProviderFactory,
  getRestProviderFactory,
  registerAuthTokenSource,
  getAuthTokenSource,
  type AuthTokenGetter,
  type EndpointConfig,
  type ProviderFactory,
} from './provider-factory.js';
export { TesseraElement, type TaskRenderers, type DescribedError, type FailedDetail } from './base-element.js';
export { renderSwitch, switchStyles, LatestIntent, type SwitchOptions, type LatestIntentOptions } from './switch.js';
export { TesseraProviderElement, TOKEN_ATTRIBUTE_WARNING } from './provider-element.js';
export { defineElement, type VersionedElement } from './define-element.js';
export { LocaleController, findLang, formattingTag, normalizeLangTag, toLocale, type MessageCatalog } from './locale.js';
export { coreMessages, providerErrorMessage, type CoreMessages } from './messages.js';
export * from './format.js';
export * from './validate.js';
export { themeStyles, themeTokens, type ThemeToken } from './theme.js';
export { isolate, localized, maskedNumber, maskedText, providerText } from './text.js';
export { VERSION } from './version.js';
export * from './guards.js';
export { headingLevel, renderHeading, type HeadingLevel, type HeadingOptions } from './heading.js';
export { editDistance, maxTypos, normalise, tokenize, type Token } from './fuzzy.js';
