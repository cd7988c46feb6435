import * as React from 'react';
import { createComponent } from '@lit/react';
import { TesseraProviderElement } from '@tessera/core';
import '@tessera/core/define';

/**
 * `<tessera-provider>` as a React component: hands its `provider` (or a REST provider built
 * from `endpoint`, once `@tessera/provider-rest/register` is loaded) to every widget inside.
 */
export const TesseraProvider = createComponent({
  react: React,
  tagName: 'tessera-provider',
  elementClass: TesseraProviderElement,
  displayName: 'TesseraProvider',
});
