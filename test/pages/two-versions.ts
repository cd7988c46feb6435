// Setup of two-versions.html: the element classes that lost the race for <tessera-card-lock>
// (partner B's release and the npm build) go on the page under tags of their own, so one
// <tessera-provider> from partner A's file serves widgets from all three.
import { setUpPage } from './page-setup.js';

interface CardLockModule {
  TesseraCardLock: CustomElementConstructor & { version?: string };
}

// URLs in variables: these stay imports of the very files the page's <script> tags loaded.
const partnerB = '/cdn/release/card-lock/0.2.0-test/cdn.js';
const npmBuild = '/packages/card-lock/dist/index.js';

const [b, npm] = (await Promise.all([import(partnerB), import(npmBuild)])) as [CardLockModule, CardLockModule];
customElements.define('partner-b-card-lock', b.TesseraCardLock);
customElements.define('npm-card-lock', npm.TesseraCardLock);
await setUpPage();
