import { useMemo, useState } from 'react';
// Core's provider type and the component for <tessera-provider> live side by side.
import type { TesseraProvider } from '@tessera/core';
import { createRestProvider } from '@tessera/provider-rest';
import { TesseraDataProvider } from '@tessera/react/provider';
import { TesseraCardLock, type CardLockChangedDetail, type CardLockFailedDetail } from '@tessera/react/card-lock';

function describeChange({ locked, at }: CardLockChangedDetail): string {
  return `${locked ? 'Locked' : 'Unlocked'} at ${new Date(at).toLocaleTimeString('en-US')}.`;
}

function reportFailure({ action, code }: CardLockFailedDetail): void {
  console.info('[error reporting] card lock', action, code);
}

export function App() {
  // Your lender's servicing API in production (add getAuthToken for the customer's session);
  // in development and preview, the mock API that vite.config.ts serves at /api.
  const provider = useMemo<TesseraProvider>(() => createRestProvider({ baseUrl: '/api' }), []);
  const [activity, setActivity] = useState('');

  return (
    <main>
      <h1>Harborview Bank</h1>
      <h2>Lock your card</h2>
      <TesseraDataProvider provider={provider}>
        <TesseraCardLock
          cardId="card-1"
          onCardLockChanged={(event) => setActivity(describeChange(event.detail))}
          onCardLockFailed={(event) => reportFailure(event.detail)}
        />
      </TesseraDataProvider>
      <p role="status">{activity}</p>
    </main>
  );
}
