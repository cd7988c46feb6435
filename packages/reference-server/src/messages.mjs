// The server's own answers (the lender's rules word everything else), in English and Spanish.
export const messages = {
  en: {
    unauthorized: 'Sign in again: the access token is missing or not recognized.',
    notFound: 'There is no such path in this API.',
    noSuchAccount: 'There is no such account.',
    methodNotAllowed: 'This path does not take that method.',
    rateLimited: 'Too many requests. Try again in a moment.',
    keyReused: 'This idempotency key was already used for a different request.',
    unknown: 'Something went wrong on our side. Try again later.',
  },
  es: {
    unauthorized: 'Vuelva a iniciar sesión: falta el token de acceso o no se reconoce.',
    notFound: 'Esta ruta no existe en esta API.',
    noSuchAccount: 'No existe esa cuenta.',
    methodNotAllowed: 'Esta ruta no admite ese método.',
    rateLimited: 'Demasiadas solicitudes. Vuelva a intentarlo en un momento.',
    keyReused: 'Esta clave de idempotencia ya se usó para otra solicitud.',
    unknown: 'Algo salió mal de nuestro lado. Vuelva a intentarlo más tarde.',
  },
};
