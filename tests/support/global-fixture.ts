import '../../src/warnings';
import { stopSharedAzurite } from './azurite';

/** Mocha root hooks: whatever the run started (the shared Azurite) is stopped at the end. */
export const mochaHooks = {
  async afterAll(this: Mocha.Context) {
    this.timeout(15_000);
    await stopSharedAzurite();
  },
};
