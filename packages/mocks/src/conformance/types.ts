import type { TesseraProvider } from '@tessera/core';
import type { Fault, FaultRoute } from '../faults.js';
import type { MockStore } from '../store/index.js';

/** A provider method, `slice.method`. */
export type MethodPath = `${keyof TesseraProvider}.${string}`;

/** How the suite mounts a widget: the standard mount, changed by a state or an action. */
export interface MountSpec {
  /** Changes the seeded store before the provider is built. */
  store?: (store: MockStore) => void;
  /** Attributes, on top of the widget's standard ones; `null` leaves a standard one out. */
  attributes?: Record<string, string | null>;
  /** Faults in place before the widget connects. */
  faults?: ReadonlyArray<readonly [FaultRoute, Fault]>;
  /** Properties set before the widget connects, on top of the widget's standard ones (a pinned clock). */
  set?: Record<string, unknown>;
}

/** One domain state: mounted, brought to the state, checked. */
export interface ConformanceState<E extends HTMLElement = HTMLElement> extends MountSpec {
  name: string;
  /** Present once the state shows (default: the widget's `ready`). */
  shows?: string;
  /** What a customer does to get there from the mount (keyboard and clicks). */
  reach?: (el: E) => Promise<void>;
}

/** A customer action that calls the provider and can fail. */
export interface ConformanceAction<E extends HTMLElement = HTMLElement> extends MountSpec {
  /** The `action` in `tessera-<widget>-failed`. */
  action: string;
  /** The provider method the action calls; failed in turn with every code. */
  route: FaultRoute;
  /**
   * Does what the customer does, with the keyboard where possible, up to the request.
   * The suite then waits for the outcome (an error, or `succeeded`).
   */
  perform: (el: E) => Promise<void>;
  /** The event the action fires once the provider confirms it, if any. */
  succeeded?: string;
  /** The ids the failed event carries beside `action` and `code` (e.g. `{ cardId: 'card-1' }`). */
  failedDetail?: Record<string, unknown>;
}

/** A masked number shown beside provider text: its digits must read left to right, on one line. */
export interface MaskedNumber {
  /** The element holding the number (and, usually, the provider text beside it). */
  selector: string;
  /** The digits as the seeded data has them (`1942`). */
  digits: string;
}

/** Where the widget shows provider text, for the real-world text rows. */
export interface ProviderText {
  /** Writes `value` into every provider text field the mount shows (names, notes, reasons…). */
  fill: (store: MockStore, value: string) => void;
  /** Masked numbers shown beside that text. */
  masked?: readonly MaskedNumber[];
  /** The mount to use (default: the standard one). */
  mount?: MountSpec;
  /** Present once that mount shows its data (default: `ready`). */
  shows?: string;
}

/** What a widget's test file gives the suite: everything that is specific to the widget. */
export interface WidgetConformance<E extends HTMLElement = HTMLElement> {
  /** The registered tag (the test file imports the widget's `/define`). */
  tag: string;
  /** The package folder under `packages/` (its `custom-elements.json` is read). */
  packageDir: string;
  /** The event prefix: events are `<prefix>-<past tense>`, failures `<prefix>-failed`. */
  eventPrefix: string;
  /** Attributes of the standard mount (e.g. `{ 'card-id': 'card-1' }`). */
  attributes?: Record<string, string>;
  /** Properties of the standard mount, set before it connects (e.g. `{ now }` for a widget with a clock). */
  set?: Record<string, unknown>;
  /** Every provider method the standard mount needs; each one removed is a configuration error. */
  requires: readonly MethodPath[];
  /** The provider calls the standard mount's load makes; each one failed in turn. */
  loads: readonly FaultRoute[];
  /** A selector present once the standard mount shows its data. */
  ready: string;
  /** Every domain state (the ready state is added by the suite). */
  states?: ReadonlyArray<ConformanceState<E>>;
  /** Every customer action that calls the provider. */
  actions?: ReadonlyArray<ConformanceAction<E>>;
  /** Provider text the widget shows: long, right-to-left, spoofing and generated text is fed through it. */
  text?: ProviderText;
  /** Properties a host may set, each with a new value: setting them fires no event. */
  properties?: Record<string, unknown>;
  /**
   * Events a load itself fires (a `viewed` event per load): allowed after a property
   * change that reloads. Every other event is the customer's or the provider's doing.
   */
  loadEvents?: readonly string[];
}

/** Builds the provider the suite hands to each mount. */
export type ProviderFor = (store: MockStore) => TesseraProvider;
