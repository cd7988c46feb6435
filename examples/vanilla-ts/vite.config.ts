import { defineConfig, type Connect, type Plugin } from 'vite';
import { createApiHandler, toNodeListener } from '@tessera/mocks/server';

/**
 * The servicing API under /api, answered by @tessera/mocks' seeded lender in `vite` and
 * `vite preview`: a stand-in for your lender's API while you build the page.
 */
function mockServicingApi(): Plugin {
  const api = createApiHandler();
  const middleware: Connect.NextHandleFunction = (request, response, next) => toNodeListener(api, () => next())(request, response);
  return {
    name: 'mock-servicing-api',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

export default defineConfig({
  plugins: [mockServicingApi()],
  build: { target: 'es2022' },
});
