// Starts WebKitWebDriver on a free port under its own Xvfb (`xvfb-run -a`), in its own
// process group, with the output of the driver, MiniBrowser and Xvfb in one log file.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { findWebKit } from './browsers.mjs';

/** The last lines of a log file, indented, for error messages. */
export function logTail(file, lines = 20) {
  if (!file || !existsSync(file)) return '  (no log)';
  const text = readFileSync(file, 'utf8').trimEnd();
  if (!text) return '  (empty)';
  return text.split('\n').slice(-lines).map((line) => `  | ${line}`).join('\n');
}

/** A TCP port nothing listens on now, chosen by the system (so two runners never pick the same). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForDriver(port, child, log) {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited at start (status ${child.exitCode}). Its log:\n${logTail(log)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 15 s. Its log:\n${logTail(log)}`);
}

/** Resolves to { port, log, stop() } once the driver answers. */
export async function startWebKitDriver(log) {
  const { driver, xvfbRun } = findWebKit();
  // Another test run may take the port between our check and the driver's bind: try again.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const out = openSync(log, 'a');
    const child = spawn(xvfbRun, ['-a', '-e', log, driver, `--port=${port}`, '--host=127.0.0.1'], {
      detached: true,
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const stop = async () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return; // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    };
    try {
      await waitForDriver(port, child, log);
      return { port, log, pid: child.pid, stop };
    } catch (error) {
      await stop();
      if (attempt >= 3) throw error;
    }
  }
}
