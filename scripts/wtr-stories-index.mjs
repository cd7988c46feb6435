// Serves /__stories__.js: a module importing every stories/*.stories.ts, so the story
// smoke test renders every story without a hand-kept list.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { root } from './workspace.mjs';
import { unitTestFiles } from './wtr-files.mjs';

export function storiesIndexPlugin() {
  return {
    name: 'tessera-stories-index',
    serve(context) {
      if (context.path !== '/__stories__.js') return undefined;
      const dir = path.join(root, 'stories');
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.stories.ts')).sort() : [];
      const body = [
        ...files.map((f, i) => `import * as s${i} from '/stories/${f}';`),
        `export default [${files.map((f, i) => `[${JSON.stringify(f)}, s${i}]`).join(', ')}];`,
      ].join('\n');
      return { body, type: 'js' };
    },
  };
}

/** Serves /__unit_tests__.js: a module importing every `*.unit.test.ts`, for test/unit-tests.test.ts. */
export function unitTestsIndexPlugin() {
  return {
    name: 'tessera-unit-tests-index',
    serve(context) {
      if (context.path !== '/__unit_tests__.js') return undefined;
      return { body: unitTestFiles().map((file) => `import '/${file}';`).join('\n'), type: 'js' };
    },
  };
}
