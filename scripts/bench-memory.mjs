// Memory: in one fresh page per widget, mount N instances (the render cases of
// bench/pages/render-ours.js), wait until every one is ready, remove them all, and do it again,
// `rounds` times. After each removal a full garbage collection, then the JS heap in use
// (`Runtime.getHeapUsage`). Also the event listeners on `document` and `window`
// (`DOMDebugger.getEventListeners`) before the first round and after the last: anything a
// removed instance left behind. Goal: the heap after the last round within 10 % of the heap
// after the first (what the first round loads once, such as compiled templates and `Intl`
// data, is the baseline), and no listener added.
import { WIDGET_CASES } from './bench-render.mjs';

export const MEMORY_CASES = [...WIDGET_CASES, 'fico-gauge-presentational'];

async function listenerCounts(cdp) {
  const counts = {};
  for (const target of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    counts[target] = listeners.map((l) => l.type).sort();
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return counts;
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export async function measureMemory(browser, origin, { count = 1000, rounds = 10, cases = MEMORY_CASES, log }) {
  const memory = {};
  for (const name of cases) {
    log(`memory: ${name} ×${count}, ${rounds} rounds`);
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    try {
      await page.goto(`${origin}/render-ours.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'bench' in window);
      await cdp.send('HeapProfiler.enable');
      const before = await heapAfterGc(cdp);
      const listenersBefore = await listenerCounts(cdp);
      const heap = [];
      for (let round = 0; round < rounds; round++) {
        await page.evaluate(([c, n]) => window.bench.render(c, n), [name, count]);
        await page.evaluate(() => window.bench.clear());
        heap.push(await heapAfterGc(cdp));
      }
      const listenersAfter = await listenerCounts(cdp);
      const added = Object.fromEntries(
        Object.keys(listenersAfter).map((target) => {
          const left = [...listenersBefore[target]];
          const extra = listenersAfter[target].filter((type) => {
            const i = left.indexOf(type);
            if (i < 0) return true;
            left.splice(i, 1);
            return false;
          });
          return [target, extra];
        }),
      );
      memory[name] = { count, rounds, before, heap, growth: heap.at(-1) / heap[0] - 1, listenersAdded: added };
    } finally {
      await page.close();
    }
  }
  return memory;
}
