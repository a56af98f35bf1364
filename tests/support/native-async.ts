import { registerNativeAsync } from '../../src/native-async';

/**
 * Mocha's first require (after tsx): the tests load botbuilder as the service does, with native
 * async (src/native-async.ts; the service registers it in src/service-runtime.ts).
 */
registerNativeAsync();
