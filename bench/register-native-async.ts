import { registerNativeAsync } from '../src/native-async';

/**
 * `BENCH_ECHO_NATIVE_ASYNC=1 npm run bench:load` preloads this into the echo bot, so that it runs
 * botbuilder with native async as kokobot's service does (src/native-async.ts): the echo bot of the
 * issue is the bare one, this shows how much of kokobot's lead comes from that alone.
 */
registerNativeAsync();
