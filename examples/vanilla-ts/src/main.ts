// Each /define entry registers its tag and brings its events' types into
// HTMLElementEventMap, DocumentEventMap and WindowEventMap.
import '@tessera/core/define';
import '@tessera/card-lock/define';
import '@tessera/fico-gauge/define';
import { createRestProvider } from '@tessera/provider-rest';
import { listen } from './listeners';

const host = document.querySelector('tessera-provider');
const activity = document.querySelector<HTMLElement>('#activity');
if (!host || !activity) throw new Error('index.html lost its <tessera-provider> or #activity');

// Your lender's servicing API in production (add getAuthToken for the customer's session);
// in development and preview, the mock API that vite.config.ts serves at /api.
host.provider = createRestProvider({ baseUrl: '/api' });
listen(activity);
