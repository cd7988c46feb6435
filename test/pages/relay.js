// Tells the test that opened this page (its parent frame) everything the page reports:
// uncaught errors and rejections, failed script loads, console errors and warnings, and
// Content-Security-Policy violations; answers the test's flush requests. A classic script,
// first in <head>, so it is listening before anything else on the page runs or is blocked.
(() => {
  /** @param {'error' | 'console-error' | 'console-warn' | 'violation' | 'flushed'} kind @param {string} text */
  const send = (kind, text) => parent.postMessage({ source: 'tessera-test-page', kind, text }, location.origin);

  /** @param {unknown} value */
  const describe = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };

  window.addEventListener(
    'error',
    (/** @type {Event} */ event) => {
      if (event instanceof ErrorEvent) {
        send('error', `${describe(event.error ?? event.message)} (${event.filename}:${event.lineno})`);
        return;
      }
      // Capture phase: a <script> or <link> that failed to load.
      const target = /** @type {Partial<HTMLScriptElement & HTMLLinkElement> | null} */ (event.target);
      send('error', `failed to load ${target?.src || target?.href || 'a resource'}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => send('error', `unhandled rejection: ${describe(event.reason)}`));
  /** @param {EventTarget | undefined} node */
  const tagOf = (node) => {
    if (!(node instanceof Element)) return '';
    const classes = node.getAttribute('class');
    return `<${node.localName}${classes ? ` class="${classes}"` : ''}>`;
  };
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const path = event.composedPath();
      const widget = path.find((node) => node instanceof Element && node.localName.includes('-'));
      const where = [tagOf(path[0]), widget && widget !== path[0] ? `in ${tagOf(widget)}` : ''].filter(Boolean).join(' ');
      send('violation', `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${where} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`.trim());
    },
    true,
  );
  // The test asks for a flush: the answer arrives after every report sent before it.
  window.addEventListener('message', (event) => {
    if (event.source === parent && event.data?.source === 'tessera-test' && event.data.kind === 'flush') {
      send('flushed', String(event.data.id));
    }
  });
  for (const [level, kind] of /** @type {const} */ ([
    ['error', 'console-error'],
    ['warn', 'console-warn'],
  ])) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      send(kind, args.map(describe).join(' '));
      original(...args);
    };
  }
})();
