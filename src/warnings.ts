/**
 * restify 11 reads process.binding('http_parser') once at load, which Node reports as DEP0111 on
 * every start. It is harmless and not ours to fix; every other warning still shows.
 */
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const code = typeof rest[0] === 'object' ? (rest[0] as { code?: string })?.code : rest[1];
  if (code === 'DEP0111') return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
