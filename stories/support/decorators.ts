import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Decorator, Preview } from '@storybook/web-components-vite';

/** The toolbar: language (en/es) and color scheme (light/dark). */
export const globalTypes: NonNullable<Preview['globalTypes']> = {
  locale: {
    description: 'Language of the widgets',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English' },
        { value: 'es', title: 'Español' },
      ],
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Color scheme',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
};

/** Wraps each story in the chosen language and color scheme. */
export const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = (context.globals['locale'] as string | undefined) ?? 'en';
  const theme = (context.globals['theme'] as string | undefined) ?? 'light';
  const styles = { colorScheme: theme, background: 'Canvas', color: 'CanvasText', padding: '1rem' };
  return html`<div class="tessera-story" lang=${locale} style=${styleMap(styles)}>${story()}</div>`;
};
