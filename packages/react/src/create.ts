import * as React from 'react';
import { isServer } from 'lit';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';

export type { EventName, ReactWebComponent };

type EventNames = Record<string, EventName>;
type Props = Record<string, unknown>;

export interface WrapOptions<I extends HTMLElement, E extends EventNames> {
  tagName: string;
  elementClass: new () => I;
  /** Property → attribute, for the properties that are also written as attributes. */
  attributes: Partial<Record<keyof I & string, string>>;
  events?: E;
  displayName: string;
}

/** Outside a browser, or under Lit's server DOM shim. */
const onServer = isServer || typeof document === 'undefined';

/** The attribute for a property's value; `undefined` writes none (false, null, objects). */
function attributeValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (value === true) return '';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' ');
  return undefined;
}

/**
 * A component for a Tessera element. In the browser it is `@lit/react`'s (props set as
 * properties, events as listeners), and props that have an attribute are written as it
 * too, after the properties. On the server no property can be set, so the tag is
 * rendered with those attributes: the HTML carries the element's configuration, and
 * hydration finds the same attributes.
 */
export function wrap<I extends HTMLElement, E extends EventNames = Record<never, EventName>>(options: WrapOptions<I, E>): ReactWebComponent<I, E> {
  const { attributes, ...rest } = options;
  const pairs = Object.entries(attributes) as Array<[string, string]>;
  const events = new Set(Object.keys(options.events ?? {}));
  // The element's own properties; HTML attributes such as `lang` or `id` stay attributes
  // even where the server's DOM shim knows them as properties.
  const html: object = typeof HTMLElement === 'undefined' ? {} : HTMLElement.prototype;
  const isProperty = (key: string) => events.has(key) || (key in options.elementClass.prototype && !(key in html));

  // A forwardRef like the browser's, so React 18 takes a `ref` without a warning.
  const OnServer = React.forwardRef<I, Props>((props, ref) => {
    void ref; // There is no element to hand out on the server.
    const tagProps: Props = {};
    for (const [key, value] of Object.entries(props)) {
      if (key === 'className') tagProps['class'] = value;
      else if (key !== 'ref' && !isProperty(key)) tagProps[key] = value;
    }
    for (const [property, attribute] of pairs) {
      const value = attributeValue(props[property]);
      if (value !== undefined) tagProps[attribute] = value;
    }
    return React.createElement(options.tagName, tagProps);
  });

  // Typed loosely on purpose: the props are passed through as they came.
  const inner = createComponent({ react: React, ...rest }) as unknown as React.ComponentType<Props & { ref: React.Ref<I> }>;
  const InBrowser = React.forwardRef<I, Props>((props, ref) => {
    const element = React.useRef<I | null>(null);
    const written = React.useRef(new Set<string>());
    const setRef = React.useCallback(
      (node: I | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    // Runs after @lit/react's own effect has set the properties, so each attribute converts
    // back to the value its property already has. Only attributes written here are removed.
    React.useLayoutEffect(() => {
      const node = element.current;
      if (!node) return;
      for (const [property, attribute] of pairs) {
        const value = attributeValue(props[property]);
        if (value !== undefined) {
          if (node.getAttribute(attribute) !== value) node.setAttribute(attribute, value);
          written.current.add(attribute);
        } else if (written.current.delete(attribute)) {
          node.removeAttribute(attribute);
        }
      }
    });
    return React.createElement(inner, { ...props, ref: setRef });
  });

  const component = onServer ? OnServer : InBrowser;
  component.displayName = options.displayName;
  return component;
}
