// Help search per keystroke: help-faq's own exported matcher over generated entries.
import { buildSearchIndex, searchFaq } from '@tessera/help-faq';
import { generateFaq, TYPED_QUERIES } from './faq-data.js';

/** Builds the index once, then types every query one character at a time, `rounds` times. */
function run({ entries, rounds }) {
  const faq = generateFaq(entries);
  const t0 = performance.now();
  const index = buildSearchIndex(faq.entries);
  const indexMs = performance.now() - t0;
  const keystrokes = [];
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    for (const query of TYPED_QUERIES) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length);
        const start = performance.now();
        hits += searchFaq(index, typed).length;
        // The first round warms the engine up; only later rounds are reported.
        if (round > 0) keystrokes.push({ typed, ms: performance.now() - start });
      }
    }
  }
  return { entries: faq.entries.length, indexMs, keystrokes, hits };
}

window.bench = { search: run };
