// The browser test files and the engines that run them. `*.unit.test.ts` files test pure
// logic (no rendering, no DOM): they run once, in Chromium, where coverage is measured.
// Every other `*.test.ts` is a component test and runs in every engine, but CHROMIUM_ONLY.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { root } from './workspace.mjs';

function walk(dir) {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(relative);
    return entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

/** packages/*\/test/**, stories/** and test/**: every browser test file, sorted. */
export function allTestFiles() {
  const packages = readdirSync(path.join(root, 'packages')).flatMap((name) => walk(`packages/${name}/test`));
  return [...packages, ...walk('stories'), ...walk('test')].sort();
}

export const isUnitTest = (file) => file.endsWith('.unit.test.ts');

/**
 * Every unit test file runs in one page (test/unit-tests.test.ts imports the list this
 * module gives the runner): each page costs the runner seconds of loading and coverage,
 * and pure logic needs no fresh page per file. TESSERA_TEST_FILES can still name one.
 */
export const UNIT_TESTS_PAGE = 'test/unit-tests.test.ts';
export const unitTestFiles = () => allTestFiles().filter(isUnitTest);

/**
 * Pages that run in Chromium only: the unit tests' page, and the stories' smoke test. Every
 * story renders the same elements the packages' own tests and conformance suites run in all
 * three engines; what that file adds (each story's args and walk reach its state, without
 * errors or axe violations) is Storybook wiring, the same in every engine.
 */
export const CHROMIUM_ONLY = ['stories/stories.test.ts', UNIT_TESTS_PAGE];

/** The files an engine runs: everything in Chromium (unit tests in one page), component tests elsewhere. */
export function testFilesFor(engine) {
  const pages = allTestFiles().filter((file) => !isUnitTest(file));
  return engine === 'chromium' ? pages : pages.filter((file) => !CHROMIUM_ONLY.includes(file));
}
