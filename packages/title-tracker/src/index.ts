export { TesseraTitleTracker } from './title-tracker.js';
export type {
  TitleTrackerEmailUpdatesChangedDetail,
  TitleTrackerEventMap,
  TitleTrackerFailedDetail,
  TitleTrackerViewedDetail,
} from './events.js';
export type { TitleTrackerMessages, StepLabelKey } from './messages.js';
export type { ShownStepStatus } from './title-data.js';
export { VERSION } from './version.js';
