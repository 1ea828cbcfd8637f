// Jest takes testTimeout for the whole run only, so each layer sets its own
// here: a workflow test runs whole workflows: several jobs, each building, testing and deploying.
import { jest } from '@jest/globals';

jest.setTimeout(600_000);
