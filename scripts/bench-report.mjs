// Turns bench results into Markdown tables (printed, and kept in bench/README.md).
import { RENDER_PAIRS, RENDER_TARGETS, WIDGET_CASES } from './bench-render.mjs';

const kb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(2)} KB`);
const ratio = (peer, ours) => (peer && ours ? `${(peer / ours).toFixed(2)}×` : '—');
const ms = (n) => (n === undefined ? '—' : n < 10 ? n.toFixed(1) : Math.round(n).toString());
/** Peer ÷ ours of two summaries: the medians, and the lowest and highest ratio any two runs give. */
const ratioSpread = (peer, ours) =>
  peer && ours ? `${ratio(peer.median, ours.median)} (${(peer.min / ours.max).toFixed(2)}–${(peer.max / ours.min).toFixed(2)})` : '—';
/** Ours ÷ peer, the same way. */
const costSpread = (ours, peer) => ratioSpread(ours, peer);
const spread = (s) => (s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : '—');

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? '---' : '--:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function sizeTables(r) {
  const { sizes, budgets } = r;
  const limitOf = (entry) => (entry === undefined ? undefined : typeof entry === 'number' ? { limit: entry } : entry);
  const budgetCell = (entry) => {
    const b = limitOf(entry);
    if (!b) return '—';
    return b.target && b.target !== b.limit ? `${kb(b.limit)} (target ${kb(b.target)})` : kb(b.limit);
  };
  const row = (label, s, budget) => [label, s ? s.raw.toLocaleString('en-US') : '—', kb(s?.gzip), kb(s?.brotli), budgetCell(budget)];
  const rows = [
    ...Object.entries(sizes.esm).map(([name, s]) => row(`${name} — ESM entry, Lit external`, s, budgets.esm[name])),
    ...Object.entries(sizes.cdn).map(([name, s]) => row(`${name} — cdn.js (Lit, core, REST provider inlined)`, s, budgets.cdn[name])),
    ...Object.entries(sizes.standalone).map(([name, s]) => row(`${name} — define.js with Lit and core inlined, no REST`, s)),
    row('kit — the first five widgets + core + REST + Lit, one bundle', sizes.kit, budgets.kit),
    row(`kit with all ${sizes.widgets.length} widgets (widgets added since are reported here, not in the kit figure)`, sizes.kitAll, budgets.kitAll),
    row('Lit alone (LitElement, html, css, decorators)', sizes.lit),
    row('Lit runtime the kit uses (+ @lit/context, @lit/task, directives)', sizes.litRuntime),
  ];
  const peers = Object.entries(r.peerSizes).map(([name, p]) => [
    name,
    p.vs,
    kb(p.esm.gzip),
    kb(sizes.esm[p.vs]?.gzip),
    ratio(p.esm.gzip, sizes.esm[p.vs]?.gzip),
    kb(p.standalone.gzip) + (p.css ? ` + ${kb(p.css.gzip)} CSS` : ''),
    kb(sizes.standalone[p.vs]?.gzip),
    ratio(p.standalone.gzip, sizes.standalone[p.vs]?.gzip) + (p.css ? ` (${ratio(p.standalone.gzip + p.css.gzip, sizes.standalone[p.vs]?.gzip)} with CSS)` : ''),
  ]);
  return [
    '### Sizes (bytes raw; gzip level 9 and brotli in KB)',
    table(['bundle', 'raw', 'gzip', 'brotli', 'budget'], rows),
    '### Sizes against peers (gzip; ratio = peer ÷ Tessera)',
    table(['peer', 'vs', 'peer ESM', 'ours ESM', 'ratio', 'peer standalone', 'ours standalone', 'ratio'], peers),
    Object.entries(r.peerSizes).map(([name, p]) => `- \`${name}\`: ${p.what}`).join('\n'),
  ];
}

function kitTables(r) {
  const k = r.kit;
  const rows = Object.entries(k.marginalGzip).map(([name, bytes]) => [name, kb(bytes)]);
  rows.push(['shared: Lit, @lit/*, core (kit − all of the above)', kb(k.gzip - Object.values(k.marginalGzip).reduce((a, b) => a + b, 0))]);
  const core = Object.entries(r.core.marginalGzip)
    .filter(([, bytes]) => bytes >= 100)
    .map(([name, bytes]) => [name, kb(bytes)]);
  return [
    `### Where the kit's ${kb(k.gzip)} go (marginal gzip: the kit with and without each part)`,
    table(['part', 'gzip'], rows),
    `Possible savings measured on a source build: Spanish catalogs on demand −${kb(k.savings.spanishCatalogs.gzip)}, literal whitespace collapsed −${kb(k.savings.literalWhitespace.gzip)}, both −${kb(k.savings.both.gzip)}.`,
    `### Core entry (${kb(r.core.gzip)} from source): what each module adds`,
    table(['module', 'gzip'], core),
  ];
}

function renderTables(r) {
  if (!r.render) return [];
  const counts = r.options.counts;
  const cases = Object.keys(r.render.render);
  const at = (name, c) => r.render.render[name][c];
  const rows = cases.map((name) => [name, ...counts.flatMap((c) => [spread(at(name, c)), spread(at(name, c)?.cpu)])]);
  const pairs = RENDER_PAIRS.map(({ peer, ours, note }) => [
    peer,
    ours,
    ...counts.flatMap((c) => [ratioSpread(at(peer, c), at(ours, c)), ratioSpread(at(peer, c)?.cpu, at(ours, c)?.cpu)]),
    note,
  ]);
  const perInstance = (s, c) => (s ? { median: s.median / c, min: s.min / c, max: s.max / c } : undefined);
  const targets = RENDER_TARGETS.map(({ ours, peer, max, perInstance: limit }) => {
    const cells = counts.map((c) => {
      const value = peer ? costSpread(at(ours, c)?.cpu, at(peer, c)?.cpu) : spread(perInstance(at(ours, c)?.cpu, c)).replace(/^/, '');
      const median = peer ? at(ours, c)?.cpu?.median / at(peer, c)?.cpu?.median : at(ours, c)?.cpu?.median / c;
      const goal = peer ? max : limit;
      return `${value}${peer ? '' : ' ms'} ${Number.isFinite(median) ? (median <= goal ? '✓' : '✗') : ''}`;
    });
    return [peer ? `${ours} ÷ ${peer}` : `${ours}, CPU ms per instance`, peer ? `≤ ${max}×` : `≤ ${limit} ms`, ...cells];
  });
  const growth = [...WIDGET_CASES, 'help-faq-entries', 'fico-gauge-presentational']
    .filter((name) => at(name, 100) && at(name, 1000))
    .map((name) => {
      const small = perInstance(at(name, 100).cpu, 100);
      const large = perInstance(at(name, 1000).cpu, 1000);
      const grows = large.median / small.median;
      return [name, spread(small), spread(large), `${grows.toFixed(2)}× (${(large.min / small.max).toFixed(2)}–${(large.max / small.min).toFixed(2)}) ${grows <= 1 ? '✓' : '✗'}`];
    });
  const define = Object.entries(r.render.define).map(([name, s]) => [name, spread(s), ms(s.sinceNavigationMedian)]);
  const runsMade = (c) => Math.min(...cases.map((name) => r.render.render[name][c]?.runs ?? 0));
  const runs = counts
    .map((c) => `×${c}: ${runsMade(c)} run${runsMade(c) === 1 ? '' : 's'}${runsMade(c) < r.options.runsFor[c] ? ` of ${r.options.runsFor[c]} asked, stopped at the time limit` : ''}`)
    .join(', ');
  return [
    `### Render: ms from mounting to the frame after every instance shows its ready state (median (min–max); ${runs}, each in a fresh page)`,
    'Wall = elapsed time; CPU = main-thread CPU time over the same span (steadier when other work shares the cores).',
    table(['case', ...counts.flatMap((c) => [`×${c} wall`, `×${c} CPU`])], rows),
    '### Render against peers (ratio = peer ÷ Tessera median; below 1 the peer is faster)',
    table(['peer', 'vs', ...counts.flatMap((c) => [`×${c} wall`, `×${c} CPU`]), 'what is compared'], pairs),
    '### Render targets (issue 19): Tessera ÷ peer of the CPU medians (min–max: the lowest and highest ratio of any two runs), or CPU ms per instance',
    table(['target', 'goal', ...counts.map((c) => `×${c}`)], targets),
    ...(growth.length
      ? [
          '### Per instance at ×1000 against ×100 (CPU ms per instance; goal: no widget slower per instance on a bigger page)',
          table(['case', '×100', '×1000', '×1000 ÷ ×100'], growth),
        ]
      : []),
    `### Script start → element defined (ms, median (min–max) of ${r.options.defineRuns} fresh pages)`,
    table(['element', 'script start → defined', 'navigation → defined (median)'], define),
  ];
}

function requestTables(r) {
  if (!r.requests) return [];
  const q = r.requests;
  const rows = Object.entries(q.requests).map(([resource, count]) => [resource, String(count)]);
  const dup = Object.entries(q.duplicates);
  const resized = (c) =>
    c.heights
      .map((h, i) => ({ ...h, widget: q.widgets[i] ?? h.widget }))
      .filter((h) => h.loading !== h.ready)
      .map((h) => `\`${h.widget}\` ${h.loading}→${h.ready} px`)
      .join(', ') || 'none';
  const cls = Object.entries(q.cls).map(([name, c]) => [name, c.cls.toFixed(4), String(c.readyMs), resized(c)]);
  return [
    `### Requests: ${q.widgets.length} widgets under one \`<tessera-provider endpoint="/api">\` (REST provider over msw)`,
    q.widgets.map((w) => `- \`${w}\``).join('\n'),
    table(['resource', 'requests'], rows),
    dup.length ? `**Fetched more than once:** ${dup.map(([res, n]) => `\`${res}\` ×${n}`).join(', ')}` : `Every resource fetched exactly once (${q.distinct} resources, ${q.total} requests).`,
    q.unhandled.length ? `Unhandled requests: ${q.unhandled.join(', ')}` : '',
    `### Layout shift while loading (latency ${q.latencyMs}; goal 0)`,
    table(['viewport', 'CLS', 'all ready (ms)', 'skeleton height → ready height (widgets that changed)'], cls),
    'Shifted nodes per layout-shift entry are in bench/results.json (`requests.cls.<viewport>.shifts`).',
  ].filter(Boolean);
}

function searchTable(r) {
  if (!r.search) return [];
  const s = r.search;
  return [
    `### Help search (${s.entries} generated entries, ${s.keystrokes} keystrokes)`,
    table(['index build (ms)', 'per keystroke median (ms)', 'p95 (ms)', 'max (ms)'], [[ms(s.indexMs), s.median.toFixed(3), s.p95.toFixed(3), s.max.toFixed(3)]]),
    `Slowest keystrokes (median over the rounds): ${s.slowest.map((k) => `“${k.typed}” ${k.median.toFixed(1)} ms`).join(', ')}.`,
    s.note,
  ];
}

function memoryTable(r) {
  if (!r.memory) return [];
  const rows = Object.entries(r.memory).map(([name, m]) => {
    const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
    const added = Object.entries(m.listenersAdded)
      .filter(([, types]) => types.length)
      .map(([target, types]) => `${target}: ${types.join(', ')}`)
      .join('; ');
    return [name, mb(m.before), mb(m.heap[0]), mb(Math.max(...m.heap)), mb(m.heap.at(-1)), `${(m.growth * 100).toFixed(1)} % ${m.growth <= 0.1 ? '✓' : '✗'}`, added || 'none ✓'];
  });
  const first = Object.values(r.memory)[0];
  return [
    `### Memory: ${first.count} instances mounted, shown ready and removed, ${first.rounds} times in one page (JS heap in MB after a full GC)`,
    table(['case', 'page before', 'after round 1', 'highest', `after round ${first.rounds}`, 'last ÷ first − 1 (goal ≤ 10 %)', 'listeners left on document / window'], rows),
  ];
}

export function renderReport(r) {
  const m = r.machine;
  return [
    `Measured ${m.date} on ${m.cpu} (${m.cores} cores, load ${m.loadBefore.join(' / ')} before), Node ${m.node}, ${m.chromium}.`,
    ...sizeTables(r),
    ...kitTables(r),
    ...renderTables(r),
    ...memoryTable(r),
    ...requestTables(r),
    ...searchTable(r),
  ].join('\n\n');
}
