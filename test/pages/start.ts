// The setup script of a test page whose markup needs nothing more than the mock API.
import { setUpPage } from './page-setup.js';

await setUpPage();
