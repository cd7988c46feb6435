/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createHandlers } from '@tessera/mocks/handlers';
import { globalTypes, withLocaleAndTheme } from '../stories/support/decorators';

interface Manifest {
  schemaVersion: string;
  modules: unknown[];
}

// Autodocs read every package's custom-elements.json (written by `npm run analyze`).
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [withLocaleAndTheme],
  loaders: [mswLoader()],
  parameters: {
    // Every story can reach the mock REST API at /api (for <tessera-provider endpoint="/api">).
    msw: { handlers: createHandlers({ baseUrl: '/api' }) },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
