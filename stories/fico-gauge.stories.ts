import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { CreditBureau, ScoreModel, TesseraProvider } from '@tessera/core';
import {
  createFaults,
  createMemoryProvider,
  createMockStore,
  type Fault,
  type FaultRoute,
  type MockStore,
  type StoredCreditScore,
} from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/fico-gauge/define';
import { storyLender } from './support/lender.js';

interface Args {
  score?: number;
  previousScore?: number;
  asOf?: string;
  model?: ScoreModel;
  bureau?: CreditBureau;
  hideNote: boolean;
  hideHistory: boolean;
  hideFactors: boolean;
  emitScore: boolean;
  headingLevel: number;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
  /** Story-only: leave the provider out (configuration error). */
  noProvider: boolean;
  /** Story-only: the width of the box around the widget (0: as wide as the canvas). */
  width: number;
  /** Story-only: press "View as table" once the score shows, as a customer would. */
  openTable: boolean;
}

function buildProvider(args: Args): TesseraProvider | undefined {
  if (args.noProvider) return undefined;
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  return createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs });
}

const opened = new WeakSet<Element>();

/** Presses the history toggle once it shows (a customer's click); stops quietly if it never does. */
async function openTable(el: Element): Promise<void> {
  if (opened.has(el)) return;
  opened.add(el);
  for (let i = 0; i < 200; i++) {
    const toggle = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="history-toggle"]');
    if (toggle && el.shadowRoot?.querySelector('[part~="history-chart"]')) return toggle.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Changes the seeded credit score (FICO® Score 8, 742, twelve months of history). */
const withScore =
  (change: Partial<StoredCreditScore>, options: { standardBands?: boolean } = {}) =>
  (store: MockStore): void => {
    if (!store.creditScore) return;
    const next: StoredCreditScore = { ...store.creditScore, ...change };
    if (options.standardBands) {
      // The model's own range and bands, as the widget knows them.
      delete next.range;
      delete next.bands;
    }
    store.creditScore = next;
  };

/** A model's score with its own range and bands, moved 9 points since last month. */
const model = (key: ScoreModel, score: number, bureau: CreditBureau = 'TransUnion') =>
  withScore({ model: key, score, bureau }, { standardBands: true });

/**
 * A credit score gauge: the score over its model's bands, the band in words, the change
 * since the previous score, a trend with a table alternative, and key factors.
 *
 * Stories with a `score` are presentational (attributes only, no provider); the others read
 * the in-memory mock lender. Use the toolbar for Spanish and dark mode.
 */
const meta = {
  title: 'Widgets/FICO Score gauge',
  component: 'tessera-fico-gauge',
  args: {
    score: undefined,
    previousScore: undefined,
    asOf: undefined,
    model: undefined,
    bureau: undefined,
    hideNote: false,
    hideHistory: false,
    hideFactors: false,
    emitScore: false,
    headingLevel: 2,
    scenario: () => undefined,
    faults: [],
    noProvider: false,
    width: 0,
    openTable: false,
  },
  argTypes: {
    score: { control: { type: 'number' }, description: 'Presentational mode: the score to draw (no provider needed).' },
    previousScore: { control: { type: 'number' }, description: 'Presentational mode: the previous score.' },
    asOf: { control: 'text', description: 'Presentational mode: the date of the score, YYYY-MM-DD.' },
    model: {
      control: 'select',
      options: [undefined, 'fico-8', 'fico-9', 'fico-10', 'fico-auto-8', 'fico-bankcard-8', 'vantage-3', 'vantage-4'],
      description: 'Presentational mode: the score model (default fico-8).',
    },
    bureau: { control: 'select', options: [undefined, 'TransUnion', 'Equifax', 'Experian'] },
    hideNote: { control: 'boolean' },
    hideHistory: { control: 'boolean' },
    hideFactors: { control: 'boolean' },
    emitScore: { control: 'boolean', description: 'Add the score to tessera-fico-gauge-viewed (see the Actions panel).' },
    headingLevel: { control: { type: 'range', min: 1, max: 6 }, description: 'The level of the section headings (history, key factors).' },
    width: { control: { type: 'range', min: 0, max: 900, step: 10 }, description: 'Story-only: box width in px.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
    noProvider: { table: { disable: true } },
    openTable: { control: 'boolean', description: 'Story-only: press "View as table" once the score shows.' },
  },
  parameters: { actions: { handles: ['tessera-fico-gauge-viewed', 'tessera-fico-gauge-failed'] } },
  render: (args) => {
    const provider = args.score === undefined ? buildProvider(args) : undefined;
    const box = args.width ? { width: `${args.width}px` } : {};
    return html`<div style=${styleMap(box)}>
      <tessera-fico-gauge
        score=${ifDefined(args.score)}
        previous-score=${ifDefined(args.previousScore)}
        as-of=${ifDefined(args.asOf)}
        model=${ifDefined(args.model)}
        bureau=${ifDefined(args.bureau)}
        ?hide-note=${args.hideNote}
        ?hide-history=${args.hideHistory}
        ?hide-factors=${args.hideFactors}
        ?emit-score=${args.emitScore}
        heading-level=${args.headingLevel}
        .provider=${provider}
        ${ref((el) => {
          if (el && args.openTable) void openTable(el);
        })}
      ></tessera-fico-gauge>
    </div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** From the provider: FICO® Score 8, Very Good, up since last month, history and key factors. */
export const Default: Story = {};

// --- One story per band -----------------------------------------------------------------

/** Poor (300–579). */
export const BandPoor: Story = { args: { scenario: withScore({ score: 561 }) } };
/** Fair (580–669). */
export const BandFair: Story = { args: { scenario: withScore({ score: 640 }) } };
/** Good (670–739). */
export const BandGood: Story = { args: { scenario: withScore({ score: 705 }) } };
/** Very Good (740–799). */
export const BandVeryGood: Story = { args: { scenario: withScore({ score: 742 }) } };
/** Exceptional (800–850). */
export const BandExceptional: Story = { args: { scenario: withScore({ score: 812 }) } };
/** VantageScore® Excellent (781–850). */
export const BandExcellent: Story = { args: { scenario: model('vantage-4', 795) } };

// --- One story per model ----------------------------------------------------------------

/** FICO® Score 8, 300–850. */
export const ModelFico8: Story = { args: { scenario: model('fico-8', 742) } };
/** FICO® Score 9, 300–850. */
export const ModelFico9: Story = { args: { scenario: model('fico-9', 751, 'Equifax') } };
/** FICO® Score 10, 300–850. */
export const ModelFico10: Story = { args: { scenario: model('fico-10', 728, 'Experian') } };
/** FICO® Auto Score 8, 250–900. */
export const ModelFicoAuto8: Story = { args: { scenario: model('fico-auto-8', 868) } };
/** FICO® Bankcard Score 8, 250–900. */
export const ModelFicoBankcard8: Story = { args: { scenario: model('fico-bankcard-8', 268, 'Equifax') } };
/** VantageScore® 3.0, 300–850, its own four bands. */
export const ModelVantage3: Story = { args: { scenario: model('vantage-3', 655, 'Experian') } };
/** VantageScore® 4.0, 300–850, its own four bands. */
export const ModelVantage4: Story = { args: { scenario: model('vantage-4', 700) } };

// --- States -----------------------------------------------------------------------------

/** Presentational mode: attributes only, no provider at all. */
export const Presentational: Story = {
  args: { score: 742, previousScore: 730, asOf: '2026-11-01', model: 'fico-8', bureau: 'TransUnion' },
};

/** Presentational mode with a score off its model's range: an error, never a marker off the dial. */
export const PresentationalInvalid: Story = { args: { score: 900, model: 'fico-8' } };

/** The score went down since last month. */
export const ScoreDown: Story = { args: { scenario: withScore({ score: 723 }) } };

/** No change since last month. */
export const NoChange: Story = { args: { scenario: withScore({ score: 731 }) } };

/** Bands the provider passes, with its own labels. */
export const ProviderBands: Story = {
  args: {
    scenario: withScore({
      bands: [
        { key: 'building', label: 'Building', min: 300, max: 649 },
        { key: 'established', label: 'Established', min: 650, max: 749 },
        { key: 'strong', label: 'Strong', min: 750, max: 850 },
      ],
    }),
  },
};

/** Not enough credit history to calculate a score. */
export const NoScore: Story = {
  args: { scenario: withScore({ score: null, history: [], factors: [] }) },
};

/** The history as a table, in place of the chart: the toggle now says "View as chart". */
export const HistoryTable: Story = { args: { openTable: true } };

/** Note, history and factors hidden: the gauge alone. */
export const GaugeOnly: Story = { args: { hideNote: true, hideHistory: true, hideFactors: true } };

/** At 200 px: everything stacks. */
export const Narrow: Story = { args: { width: 200 } };

/** Wide: history and factors beside the gauge. */
export const Wide: Story = { args: { width: 820 } };

const hang: Array<[FaultRoute, Fault]> = [['creditScore.getCreditScore', { hang: true }]];

/**
 * Loading: the skeleton reserves the ready layout block for block (the dial, the change,
 * attribution, date and note lines, the history chart and five key factors).
 */
export const Loading: Story = { args: { faults: hang } };

/** Loading with the note, history and factors hidden: the dial and its lines only. */
export const LoadingGaugeOnly: Story = { args: { ...GaugeOnly.args, faults: hang } };

/** The skeleton above the ready gauge, at the width you pick: both are the same size. */
export const LoadingThenReady: Story = {
  args: { width: 320 },
  render: (args) => html`<div style=${styleMap({ display: 'grid', gap: '1rem' })}>
    ${meta.render({ ...args, faults: hang })} ${meta.render(args)}
  </div>`,
};

/** The provider is unavailable: a message and a retry (which works). */
export const ErrorWithRetry: Story = {
  args: { faults: [['creditScore.getCreditScore', { error: 'unavailable', times: 1 }]] },
};

/** The session ended. */
export const Unauthorized: Story = { args: { faults: [['creditScore.getCreditScore', { error: 'unauthorized' }]] } };

/** The lender has no score on file for this customer (not-found: no retry). */
export const NotFound: Story = { args: { scenario: (store) => void (store.creditScore = null) } };

/** The request timed out: a message and a retry. */
export const Timeout: Story = { args: { faults: [['creditScore.getCreditScore', { timeout: true }]] } };

/** The provider answered with malformed data. */
export const Malformed: Story = { args: { faults: [['creditScore.getCreditScore', { malformed: true }]] }, parameters: { invalidData: true } };

/** The provider sent a score off the model's range: an error, never a marker off the dial. */
export const OutOfRange: Story = { args: { scenario: withScore({ score: 905 }) }, parameters: { invalidData: true } };

/** No provider anywhere: a configuration error naming the missing slice. */
export const NoProvider: Story = { args: { noProvider: true } };
