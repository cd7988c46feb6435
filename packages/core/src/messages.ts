import type { ProviderErrorCode } from './errors.js';
import type { MessageCatalog } from './locale.js';
import type { Locale } from './types.js';
import type { ProviderSlice } from './provider.js';

export interface CoreMessages {
  loading: string;
  retry: string;
  errors: Record<ProviderErrorCode, string>;
  /** Retry after N seconds (`rate-limited`). */
  retryAfter: (seconds: number) => string;
  missingProvider: (slice: ProviderSlice, tag: string) => string;
  missingMethod: (slice: ProviderSlice, method: string, tag: string) => string;
  missingFactory: string;
  /** The provider's data broke a rule: nothing the customer can do fixes it. */
  invalidData: string;
  /** Items of a list left out because their data was invalid. */
  leftOut: (count: number) => string;
}

const en: CoreMessages = {
  invalidData: 'This information can’t be shown right now because of a problem with the data. Please try again later.',
  leftOut: (count) =>
    count === 1
      ? 'One item can’t be shown because of a problem with its data.'
      : `${count} items can’t be shown because of a problem with their data.`,
  loading: 'Loading…',
  retry: 'Try again',
  errors: {
    network: 'We couldn’t reach the server. Check your connection and try again.',
    timeout: 'This is taking longer than it should. Please try again.',
    unauthorized: 'Your session has ended. Please sign in again.',
    forbidden: 'You don’t have access to this.',
    'not-found': 'We couldn’t find what you were looking for.',
    validation: 'Some information needs to be fixed.',
    conflict: 'Something changed while you were working. Please review and try again.',
    'rate-limited': 'Too many requests right now. Please wait a moment and try again.',
    unavailable: 'This service is temporarily unavailable. Please try again shortly.',
    unknown: 'Something went wrong. Please try again.',
  },
  retryAfter: (seconds) => `You can try again in ${seconds} seconds.`,
  missingProvider: (slice, tag) =>
    `<${tag}> has no data source for “${slice}”. Place it inside <tessera-provider> or set its provider property.`,
  missingMethod: (slice, method, tag) =>
    `<${tag}> needs “${slice}.${method}” from its data source, which does not provide it.`,
  missingFactory:
    '<tessera-provider endpoint> needs the REST provider. Load a Tessera CDN file or import “@tessera/provider-rest/register”.',
};

const es: CoreMessages = {
  invalidData: 'No podemos mostrar esta información en este momento por un problema con los datos. Intente más tarde.',
  leftOut: (count) =>
    count === 1
      ? 'No podemos mostrar un elemento por un problema con sus datos.'
      : `No podemos mostrar ${count} elementos por un problema con sus datos.`,
  loading: 'Cargando…',
  retry: 'Intentar de nuevo',
  errors: {
    network: 'No pudimos conectar con el servidor. Revise su conexión e intente de nuevo.',
    timeout: 'Esto está tardando más de lo normal. Intente de nuevo.',
    unauthorized: 'Su sesión terminó. Vuelva a iniciar sesión.',
    forbidden: 'No tiene acceso a esta información.',
    'not-found': 'No encontramos lo que buscaba.',
    validation: 'Hay datos que debe corregir.',
    conflict: 'Algo cambió mientras trabajaba. Revise e intente de nuevo.',
    'rate-limited': 'Hay demasiadas solicitudes en este momento. Espere un momento e intente de nuevo.',
    unavailable: 'El servicio no está disponible temporalmente. Intente de nuevo en unos minutos.',
    unknown: 'Algo salió mal. Intente de nuevo.',
  },
  retryAfter: (seconds) => `Puede intentar de nuevo en ${seconds} segundos.`,
  missingProvider: (slice, tag) =>
    `<${tag}> no tiene fuente de datos para “${slice}”. Colóquelo dentro de <tessera-provider> o asigne su propiedad provider.`,
  missingMethod: (slice, method, tag) =>
    `<${tag}> necesita “${slice}.${method}” de su fuente de datos, que no lo ofrece.`,
  missingFactory:
    '<tessera-provider endpoint> necesita el proveedor REST. Cargue un archivo CDN de Tessera o importe “@tessera/provider-rest/register”.',
};

export const coreMessages: MessageCatalog<CoreMessages> = { en, es };

/** A clear, localized sentence for a provider error code. */
export function providerErrorMessage(code: ProviderErrorCode, locale: Locale): string {
  return coreMessages[locale].errors[code];
}
