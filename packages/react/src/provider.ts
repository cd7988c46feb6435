// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraProviderElement } from '@tessera/core';
import '@tessera/core/define';
import { wrap } from './create.js';

/**
 * `<tessera-provider>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 */
export const TesseraDataProvider = wrap({
  tagName: 'tessera-provider',
  elementClass: TesseraProviderElement,
  attributes: { endpoint: 'endpoint', credentials: 'credentials', authTokenSource: 'auth-token-source' },
  displayName: 'TesseraDataProvider',
});

/** The props of `TesseraDataProvider`, for hosts that wrap it or pass its props around. */
export type TesseraDataProviderProps = ComponentProps<typeof TesseraDataProvider>;
