import { expect } from '@open-wc/testing';
import { defineElement, TesseraProviderElement, VERSION } from '@tessera/core';

let counter = 0;
/** A fresh tag per test: the custom element registry cannot forget a tag. */
const freshTag = () => `define-test-${++counter}`;

function versioned(version?: string) {
  return class extends HTMLElement {
    static version = version;
  };
}

/** Replaces console.warn for the duration of `body`, returning what was warned. */
function captureWarnings(body: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('registers a free tag', () => {
    const tag = freshTag();
    const Element = versioned('1.0.0');
    defineElement(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
    expect(document.createElement(tag)).to.be.instanceOf(Element);
  });

  it('does nothing when the same class is defined again', () => {
    const tag = freshTag();
    const Element = versioned('1.0.0');
    const warnings = captureWarnings(() => {
      defineElement(tag, Element);
      defineElement(tag, Element);
    });
    expect(customElements.get(tag)).to.equal(Element);
    expect(warnings).to.deep.equal([]);
  });

  it('does nothing, without a warning, for another class of the same version', () => {
    const tag = freshTag();
    const First = versioned('1.2.0');
    const SameVersion = versioned('1.2.0');
    const warnings = captureWarnings(() => {
      defineElement(tag, First);
      defineElement(tag, SameVersion);
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns exactly once when another version owns the tag, and keeps the first', () => {
    const tag = freshTag();
    const First = versioned('1.0.0');
    const Second = versioned('2.0.0');
    const warnings = captureWarnings(() => {
      defineElement(tag, First);
      defineElement(tag, Second);
      defineElement(tag, Second);
      defineElement(tag, versioned('2.0.0'));
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}>`);
    expect(warnings[0]).to.contain('1.0.0');
    expect(warnings[0]).to.contain('2.0.0');
  });

  it('warns once more for a third version', () => {
    const tag = freshTag();
    const warnings = captureWarnings(() => {
      defineElement(tag, versioned('1.0.0'));
      defineElement(tag, versioned('2.0.0'));
      defineElement(tag, versioned('3.0.0'));
      defineElement(tag, versioned('3.0.0'));
    });
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.contain('3.0.0');
  });

  it('takes an explicit version over the class’s own', () => {
    const tag = freshTag();
    const warnings = captureWarnings(() => {
      defineElement(tag, versioned('1.0.0'));
      defineElement(tag, versioned('9.9.9'), '1.0.0');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('treats classes without a version as "unknown"', () => {
    const tag = freshTag();
    const warnings = captureWarnings(() => {
      defineElement(tag, versioned());
      defineElement(tag, versioned('1.0.0'));
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('unknown');
  });

  it('registers a class already used under another tag through a subclass', () => {
    const first = freshTag();
    const second = freshTag();
    const Element = versioned('1.0.0');
    defineElement(first, Element);
    defineElement(second, Element);
    const Registered = customElements.get(second)!;
    expect(Registered).to.not.equal(Element);
    expect(document.createElement(second)).to.be.instanceOf(Element);
    const warnings = captureWarnings(() => defineElement(second, Element));
    expect(warnings).to.deep.equal([]);
  });

  it('lets the platform’s other errors through', () => {
    expect(() => defineElement('NotAValidName', versioned('1.0.0'))).to.throw(DOMException);
  });

  it('does nothing where there is no customElements (server rendering)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'customElements')!;
    expect(descriptor, 'customElements can be hidden for this test').to.not.equal(undefined);
    const tag = freshTag();
    Object.defineProperty(globalThis, 'customElements', { value: undefined, configurable: true, writable: true });
    try {
      expect(typeof customElements).to.equal('undefined');
      expect(() => defineElement(tag, versioned('1.0.0'))).to.not.throw();
    } finally {
      Object.defineProperty(globalThis, 'customElements', descriptor);
    }
    expect(customElements.get(tag)).to.equal(undefined);
  });

  it('gives <tessera-provider> this package’s version', () => {
    expect(TesseraProviderElement.version).to.equal(VERSION);
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
  });
});
