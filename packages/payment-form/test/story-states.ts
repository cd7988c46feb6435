import * as stories from '../../../stories/payment-form.stories.js';

export type StoryName = Exclude<keyof typeof stories, 'default'>;

/** Where each story stops: its `parameters.reaches`, the step and what it shows there. */
export const EXPECTED_STATES: Partial<Record<StoryName, [step: string, selector: string]>> = Object.fromEntries(
  Object.entries(stories)
    .filter(([name]) => name !== 'default')
    .map(([name, story]) => {
      const reaches = (story as { parameters?: { reaches?: { step: string; selector: string } } }).parameters?.reaches;
      if (!reaches) throw new Error(`The story ${name} does not say where it stops (parameters.reaches)`);
      return [name, [reaches.step, reaches.selector]];
    }),
);
