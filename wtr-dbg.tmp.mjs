import base from './web-test-runner.config.mjs';
import { defaultReporter } from '@web/test-runner';
export default { ...base, testsFinishTimeout: 900_000, concurrency: 1, reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false })] };
