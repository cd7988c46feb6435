// Typed listeners on the element, on document and on window: `event.detail` has the
// widget's detail type wherever the listener is, with no cast.

/** Where analytics events go: your tag manager or analytics SDK. */
function track(name: string, data: Record<string, string>): void {
  console.info('[analytics]', name, data);
}

export function listen(activity: HTMLElement): void {
  // On the element: the customer locked or unlocked this card; the lender recorded it `at`.
  document.querySelector('tessera-card-lock')?.addEventListener('tessera-card-lock-changed', (event) => {
    const { locked, at } = event.detail;
    activity.textContent = `${locked ? 'Locked' : 'Unlocked'} at ${new Date(at).toLocaleTimeString('en-US')}.`;
  });

  // On document: every widget's failures in one place, for your error reporting.
  document.addEventListener('tessera-card-lock-failed', (event) => track('widget failed', { widget: 'card-lock', ...event.detail }));
  document.addEventListener('tessera-fico-gauge-failed', (event) => track('widget failed', { widget: 'fico-gauge', ...event.detail }));

  // On window: the score was shown (its band, never the score itself unless you opt in).
  window.addEventListener('tessera-fico-gauge-viewed', (event) => track('score viewed', { band: event.detail.band, model: event.detail.model }));
}
