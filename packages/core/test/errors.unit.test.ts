import { expect } from '@open-wc/testing';
import {
  ConfigurationError,
  PROVIDER_ERROR_CODES,
  ProviderError,
  isAbortError,
  isConfigurationError,
  isProviderError,
  isRetryable,
  requireSlice,
  toProviderError,
  type ProviderErrorCode,
  type TesseraProvider,
} from '@tessera/core';

describe('ProviderError', () => {
  it('carries its code, message, field errors, retryAfter, status and cause', () => {
    const cause = new Error('socket closed');
    const error = new ProviderError('validation', 'Check the amount', {
      fieldErrors: [{ field: 'amount', message: 'Too large' }],
      retryAfter: 30,
      status: 422,
      cause,
    });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('ProviderError');
    expect(error.code).to.equal('validation');
    expect(error.message).to.equal('Check the amount');
    expect(error.fieldErrors).to.deep.equal([{ field: 'amount', message: 'Too large' }]);
    expect(error.retryAfter).to.equal(30);
    expect(error.status).to.equal(422);
    expect(error.cause).to.equal(cause);
  });

  it('defaults the message to the code and leaves optional fields out', () => {
    const error = new ProviderError('not-found');
    expect(error.message).to.equal('not-found');
    expect(error.fieldErrors).to.deep.equal([]);
    expect('retryAfter' in error).to.equal(false);
    expect('status' in error).to.equal(false);
    expect('cause' in error).to.equal(false);
  });

  it('has a stack and a readable toString', () => {
    const error = new ProviderError('timeout', 'Too slow');
    expect(String(error)).to.equal('ProviderError: Too slow');
    expect(error.stack).to.be.a('string');
  });
});

describe('isProviderError', () => {
  it('accepts a ProviderError for every code', () => {
    for (const code of PROVIDER_ERROR_CODES) expect(isProviderError(new ProviderError(code)), code).to.equal(true);
  });

  it('accepts an error from another copy of core, recognised by name and code', () => {
    class ProviderErrorFromAnotherCopy extends Error {
      override name = 'ProviderError';
      code = 'conflict';
    }
    expect(isProviderError(new ProviderErrorFromAnotherCopy())).to.equal(true);
    expect(isProviderError({ name: 'ProviderError', code: 'unavailable' })).to.equal(true);
  });

  it('rejects wrong names, unknown or missing codes and non-objects', () => {
    expect(isProviderError({ name: 'ProviderError', code: 'teapot' })).to.equal(false);
    expect(isProviderError({ name: 'ProviderError', code: 404 })).to.equal(false);
    expect(isProviderError({ name: 'ProviderError' })).to.equal(false);
    expect(isProviderError({ name: 'HttpError', code: 'network' })).to.equal(false);
    expect(isProviderError(new Error('network'))).to.equal(false);
    expect(isProviderError('ProviderError')).to.equal(false);
    expect(isProviderError(null)).to.equal(false);
    expect(isProviderError(undefined)).to.equal(false);
  });
});

describe('toProviderError', () => {
  it('returns a ProviderError unchanged, from this or another copy', () => {
    const own = new ProviderError('forbidden');
    expect(toProviderError(own)).to.equal(own);
    const foreign = { name: 'ProviderError', code: 'rate-limited', retryAfter: 5 };
    expect(toProviderError(foreign)).to.equal(foreign);
  });

  it('maps a TimeoutError to timeout', () => {
    const timeout = new DOMException('signal timed out', 'TimeoutError');
    const error = toProviderError(timeout);
    expect(error.code).to.equal('timeout');
    expect(error.cause).to.equal(timeout);
  });

  it('maps a TypeError (a failed fetch) to network', () => {
    const failed = new TypeError('Failed to fetch');
    const error = toProviderError(failed);
    expect(error.code).to.equal('network');
    expect(error.cause).to.equal(failed);
  });

  it('maps other errors to unknown, keeping their message', () => {
    const error = toProviderError(new RangeError('Out of range'));
    expect(error.code).to.equal('unknown');
    expect(error.message).to.equal('Out of range');
    expect(isProviderError(error)).to.equal(true);
  });

  it('maps a thrown string to unknown with that string as the message', () => {
    const error = toProviderError('boom');
    expect(error.code).to.equal('unknown');
    expect(error.message).to.equal('boom');
    expect(error.cause).to.equal('boom');
  });

  it('maps anything else to unknown', () => {
    for (const value of [undefined, null, 42, '', { reason: 'odd' }, Symbol('x')]) {
      const error = toProviderError(value);
      expect(error.code).to.equal('unknown');
      expect(error.message).to.equal('Unknown error');
    }
  });
});

describe('isRetryable', () => {
  it('is false only where the same request gets the same answer', () => {
    const notRetryable: ProviderErrorCode[] = ['forbidden', 'not-found', 'validation'];
    for (const code of PROVIDER_ERROR_CODES) {
      expect(isRetryable(code), code).to.equal(!notRetryable.includes(code));
    }
  });
});

describe('isAbortError', () => {
  it('recognises aborts by name', () => {
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(controller.signal.reason)).to.equal(true);
    expect(isAbortError(new DOMException('stopped', 'AbortError'))).to.equal(true);
    expect(isAbortError({ name: 'AbortError' })).to.equal(true);
  });

  it('rejects everything else', () => {
    expect(isAbortError(new DOMException('late', 'TimeoutError'))).to.equal(false);
    expect(isAbortError(new ProviderError('network'))).to.equal(false);
    expect(isAbortError('AbortError')).to.equal(false);
    expect(isAbortError(null)).to.equal(false);
  });
});

describe('requireSlice and ConfigurationError', () => {
  const cards = {
    listCards: () => Promise.resolve([]),
    getCard: () => Promise.reject(new ProviderError('not-found')),
    setCardLock: () => Promise.reject(new ProviderError('not-found')),
  };

  it('returns the slice when the provider has it', () => {
    const provider: TesseraProvider = { cards };
    expect(requireSlice(provider, 'cards')).to.equal(cards);
  });

  it('throws a ConfigurationError naming the missing slice', () => {
    for (const provider of [undefined, {}, { cards }]) {
      let thrown: unknown;
      try {
        requireSlice(provider, 'creditScore');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(ConfigurationError);
      expect(isConfigurationError(thrown)).to.equal(true);
      expect((thrown as ConfigurationError).slice).to.equal('creditScore');
      expect((thrown as ConfigurationError).message).to.contain('creditScore');
    }
  });

  it('recognises configuration errors by name only', () => {
    expect(isConfigurationError({ name: 'ConfigurationError', slice: 'help' })).to.equal(true);
    expect(isConfigurationError(new ProviderError('unknown'))).to.equal(false);
    expect(isConfigurationError(null)).to.equal(false);
    expect(isConfigurationError('ConfigurationError')).to.equal(false);
  });
});
