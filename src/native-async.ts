import { parse, type Node } from 'acorn';
import fs from 'node:fs';
import Module from 'node:module';

/*
 * botbuilder 4.x is compiled to ES2015, so every async method is emitted as
 *   __awaiter(this, void 0, void 0, function* () { … yield x … })
 * which creates a new generator function on every call. V8 gives each such function its own
 * initial map, maps live in the old generation, and the map points back to the function, whose
 * context holds the call's arguments (the turn, the activity, the request). So under load a turn's
 * objects outlive every scavenge and are promoted; only a full GC frees them. Node 20 runs native
 * async functions, so the botbuilder packages are loaded with each such call rewritten to
 *   (async () => { … (await (x)) … })()
 * which keeps `this` and `arguments` (an arrow takes both from the method, as __awaiter's
 * `generator.apply(this, arguments)` did), runs synchronously up to the first await, and turns a
 * throw into a rejected promise, as __awaiter does. Anything that does not match exactly is left
 * as it was; a file that fails to parse or to compile after the rewrite is loaded unchanged.
 */

/** The packages whose compiled code is rewritten: botbuilder's own (botbuilder*, botframework-*). */
export const NATIVE_ASYNC_PACKAGES =
  /[\\/]node_modules[\\/](botbuilder[^\\/]*|botframework-[^\\/]*)[\\/]/;

interface Edit {
  start: number;
  end: number;
  text: string;
}

type AnyNode = Node & Record<string, unknown>;

const isNode = (value: unknown): value is AnyNode =>
  !!value && typeof (value as { type?: unknown }).type === 'string';

const isVoid0 = (node: AnyNode): boolean =>
  node.type === 'UnaryExpression' &&
  node.operator === 'void' &&
  isNode(node.argument) &&
  node.argument.type === 'Literal' &&
  node.argument.value === 0;

function children(node: AnyNode): AnyNode[] {
  const found: AnyNode[] = [];
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) found.push(item);
    if (isNode(value)) found.push(value);
  }
  return found;
}

const isFunction = (node: AnyNode) =>
  node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';

/** Whether `this` / `arguments` occur in the node outside nested (non-arrow) functions. */
function uses(node: AnyNode, what: 'this' | 'arguments'): boolean {
  if (what === 'this' && node.type === 'ThisExpression') return true;
  if (what === 'arguments' && node.type === 'Identifier' && node.name === 'arguments') return true;
  if (isFunction(node)) return false;
  return children(node).some((child) => uses(child, what));
}

/**
 * The generator of a TypeScript `__awaiter(this | void 0, void 0 | arguments, void 0, function* () {…})`
 * call, when the call has exactly that shape.
 */
function awaiterGenerator(node: AnyNode): AnyNode | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as AnyNode;
  const args = node.arguments as AnyNode[];
  if (callee.type !== 'Identifier' || callee.name !== '__awaiter' || args.length !== 4)
    return undefined;
  const [thisArg, argumentsArg, promiseArg, generator] = args as [
    AnyNode,
    AnyNode,
    AnyNode,
    AnyNode,
  ];
  if (
    generator.type !== 'FunctionExpression' ||
    generator.generator !== true ||
    generator.async === true ||
    (generator.params as unknown[]).length !== 0 ||
    !isVoid0(promiseArg)
  )
    return undefined;
  const body = generator.body as AnyNode;
  // With `void 0` the generator ran with `this` undefined and its own empty `arguments`; an arrow
  // would see the method's, so such a body must not use them.
  const thisKept = thisArg.type === 'ThisExpression' || (isVoid0(thisArg) && !uses(body, 'this'));
  const argumentsKept =
    (argumentsArg.type === 'Identifier' && argumentsArg.name === 'arguments') ||
    (isVoid0(argumentsArg) && !uses(body, 'arguments'));
  return thisKept && argumentsKept ? generator : undefined;
}

/** Rewrites every `__awaiter(…, function* () {…})` of a CommonJS source into a native async arrow. */
export function rewriteAwaiters(source: string): { code: string; rewritten: number } {
  if (!source.includes('__awaiter(')) return { code: source, rewritten: 0 };
  const program = parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
  }) as unknown as AnyNode;
  const edits: Edit[] = [];
  let rewritten = 0;
  let unsafe = false;

  // `inGenerator`: inside the body of a generator being rewritten (its yields become awaits).
  const visit = (node: AnyNode, inGenerator: boolean): void => {
    const generator = awaiterGenerator(node);
    if (generator) {
      const body = generator.body as AnyNode;
      rewritten += 1;
      edits.push({ start: node.start, end: body.start, text: '(async () => ' });
      edits.push({ start: body.end, end: node.end, text: ')()' });
      visit(body, true);
      return;
    }
    if (node.type === 'YieldExpression' && inGenerator) {
      // __awaiter never delegates; a yield* here means the code is not TypeScript's output.
      if (node.delegate) unsafe = true;
      const argument = node.argument as AnyNode | null;
      if (argument) {
        edits.push({ start: node.start, end: argument.start, text: '(await (' });
        edits.push({ start: argument.end, end: node.end, text: '))' });
        visit(argument, inGenerator);
      } else {
        edits.push({ start: node.start, end: node.end, text: '(await undefined)' });
      }
      return;
    }
    // A nested function's yields are its own; arrows cannot yield, so they keep the flag.
    const nested = isFunction(node) ? false : inGenerator;
    for (const child of children(node)) visit(child, nested);
  };
  visit(program, false);
  if (unsafe || rewritten === 0) return { code: source, rewritten: 0 };

  edits.sort((a, b) => a.start - b.start);
  let code = '';
  let at = 0;
  for (const edit of edits) {
    code += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { code: code + source.slice(at), rewritten };
}

export interface NativeAsyncStats {
  /** Files of the botbuilder packages loaded with rewritten awaiters. */
  files: number;
  /** __awaiter calls rewritten. */
  rewritten: number;
  /** Files loaded unchanged because they did not parse or compile after the rewrite. */
  unchanged: number;
  /** botbuilder files that were already loaded when the hook was registered (not rewritten). */
  loadedBefore: number;
}

type Loader = (
  module: Module & { _compile(code: string, filename: string): unknown },
  filename: string,
) => void;
const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
let stats: NativeAsyncStats | undefined;

/**
 * Loads the botbuilder packages with native async (see above) from now on. Idempotent; must run
 * before botbuilder is first required, so it sits in the service's first import.
 */
export function registerNativeAsync(): NativeAsyncStats {
  if (stats) return stats;
  const registered: NativeAsyncStats = {
    files: 0,
    rewritten: 0,
    unchanged: 0,
    loadedBefore: Object.keys(require.cache).filter((file) => NATIVE_ASYNC_PACKAGES.test(file))
      .length,
  };
  stats = registered;
  const load = extensions['.js']!;
  extensions['.js'] = function loadRewritten(module, filename) {
    if (!NATIVE_ASYNC_PACKAGES.test(filename)) return load(module, filename);
    const source = fs.readFileSync(filename, 'utf8');
    let rewrite: { code: string; rewritten: number };
    try {
      rewrite = rewriteAwaiters(source);
    } catch {
      rewrite = { code: source, rewritten: 0 };
      registered.unchanged += 1;
    }
    if (rewrite.rewritten === 0) return load(module, filename);
    try {
      // A SyntaxError is raised while compiling, before any of the module's code has run.
      module._compile(rewrite.code, filename);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      registered.unchanged += 1;
      return load(module, filename);
    }
    registered.files += 1;
    registered.rewritten += rewrite.rewritten;
  };
  return registered;
}
