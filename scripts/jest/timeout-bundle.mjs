// Jest takes testTimeout for the whole run only, so each layer sets its own
// here: a bundle test runs an action's bundle, often several times, against real git and servers.
import { jest } from '@jest/globals';

jest.setTimeout(180_000);
