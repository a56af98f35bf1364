/**
 * The long-running service (`npm start`, and the bench's copy of it) does not map stack traces
 * back to sources. tsx turns Node's source-map support on when it registers, and Node then reads
 * and keeps the source map of every module it loads that names one (botbuilder and the Azure SDKs
 * ship them): about 10 MB of live heap, which V8's heap growth turns into 30-40 MB of peak RSS
 * under load. Users never see a stack trace and the logs carry error names only, so nothing is
 * lost; start with `node --enable-source-maps` to keep them while debugging. Must be imported
 * before anything else, so that no module is loaded with source maps on.
 */
if (!process.execArgv.includes('--enable-source-maps')) process.setSourceMapsEnabled(false);
