import { registerNativeAsync } from './native-async';

/**
 * How the long-running service (`npm start`, and the bench's copy of it) runs its code. Must be
 * imported before anything else, so that no module is loaded before these are in place.
 *
 * botbuilder is loaded with native async instead of its per-call generators (src/native-async.ts):
 * under load those kept every turn's objects until a full GC.
 *
 * No stack traces are mapped back to sources. tsx turns Node's source-map support on when it
 * registers, and Node then reads and keeps the source map of every module it loads that names one
 * (botbuilder and the Azure SDKs ship them): about 10 MB of live heap, which V8's heap growth turns
 * into 30-40 MB of peak RSS under load. Users never see a stack trace and the logs carry error
 * names only, so nothing is lost; start with `node --enable-source-maps` to keep them while
 * debugging.
 */
registerNativeAsync();
if (!process.execArgv.includes('--enable-source-maps')) process.setSourceMapsEnabled(false);
