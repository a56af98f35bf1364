import { registerNativeAsync } from '../../src/native-async';

/**
 * Mocha's first require (after tsx): the tests load botbuilder as the service does, with native
 * async (src/native-async.ts; the service registers it in src/service-runtime.ts). Also preloaded
 * into the echo bot by `BENCH_ECHO_NATIVE_ASYNC=1 npm run bench:load`.
 */
registerNativeAsync();
