// The REST provider's contract test (test/node/openapi-contract.test.mjs, its calls for
// every provider method, each request and answer checked against openapi.yaml) run once
// against the reference server over HTTP: every operation of the spec served by it.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BASE_PATH, CUSTOMERS, startTestServer } from './support.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let server;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

it("passes the REST provider's contract test, every operation of openapi.yaml served", async () => {
  // Without the runner's own variable, the child runs its file instead of reporting to this run.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(
    process.execPath,
    ['--test', '--test-reporter=tap', '--test-name-pattern=openapi.yaml and the REST provider', 'test/node/openapi-contract.test.mjs'],
    { cwd: root, env: { ...env, TESSERA_REFERENCE_API: `${server.url}${BASE_PATH}`, TESSERA_REFERENCE_TOKEN: CUSTOMERS.jordan.token } },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const failures = output.split('\n').filter((line) => /^\s*not ok/.test(line));
  assert.equal(code, 0, `the contract test failed against the reference server:\n${failures.join('\n')}\n${output.slice(-3000)}`);
  const passed = Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
  const [{ n }] = await server.db.query("SELECT count(*)::int AS n FROM payments WHERE idempotency_key = 'contract-provider-payment-1'");
  assert.equal(n, 1, "the contract's payment was made on the reference server");
  assert.ok(passed >= 47, `only ${passed} of the contract's tests ran:\n${output.slice(-2000)}`);
});
