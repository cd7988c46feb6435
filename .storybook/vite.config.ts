// Storybook's own Vite config: workspace packages from source (not the demo's config).
import { defineConfig } from 'vite';
import { workspaceSources } from '../vite.config';

export default defineConfig({ plugins: [workspaceSources()] });
