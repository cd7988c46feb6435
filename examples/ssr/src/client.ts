// Hydration support must load before Lit defines any element: keep this import first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Lets <tessera-provider endpoint> build its REST provider in the browser.
import '@tessera/provider-rest/register';
import '@tessera/core/define';
import '@tessera/card-lock/define';
import '@tessera/fico-gauge/define';

// Defining the tags hydrates the server's shadow roots in place: nothing is drawn twice.
document.addEventListener('tessera-card-lock-changed', (event) => {
  const activity = document.querySelector('#activity');
  if (activity) activity.textContent = event.detail.locked ? 'Your card is locked.' : 'Your card is unlocked.';
});
