// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
// Each component lives in its own module and the package has "sideEffects": false, so a
// bundler keeps only the components a page uses, and registers only their tags.
export * from './provider.js';
export * from './account-summary.js';
export * from './activity.js';
export * from './alerts.js';
export * from './card-lock.js';
export * from './dispute.js';
export * from './documents.js';
export * from './fico-gauge.js';
export * from './help-faq.js';
export * from './payment-form.js';
export * from './title-tracker.js';
export * from './ways-to-pay.js';
// Brings the JSX typings of the raw tags along with the components.
export type * from './jsx.js';
export { VERSION } from './version.js';
