// Every `*.unit.test.ts` of the repository, in this one page (Chromium only): pure logic
// needs no fresh page per file, and each page costs the runner seconds of loading and
// coverage. The list is served by the runner (unitTestsIndexPlugin, scripts/wtr-stories-index.mjs),
// so a new unit test file needs no entry here. TESSERA_TEST_FILES can still run one alone.
const unitTests = '/__unit_tests__.js';
await import(/* @vite-ignore */ unitTests);
export {};
