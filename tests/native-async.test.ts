import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import ts from 'typescript';
import { CloudAdapter } from 'botbuilder';
import { TurnContext } from 'botbuilder-core';
import { NATIVE_ASYNC_PACKAGES, registerNativeAsync, rewriteAwaiters } from '../src/native-async';

/** TypeScript source compiled as botbuilder is (ES2015, CommonJS), run as a CommonJS module. */
function compiled(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2015, module: ts.ModuleKind.CommonJS },
  }).outputText;
}

function load(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  vm.runInThisContext(`(function (exports, module) {${code}\n})`)(module.exports, module);
  return module.exports;
}

const SAMPLE = `
export class Turn {
  constructor(public readonly name: string, private readonly log: string[]) {}
  async greet(prefix: string): Promise<string> {
    this.log.push('greet:sync');
    const who = await Promise.resolve(this.name);
    this.log.push('greet:resumed');
    return prefix + ' ' + who;
  }
  async count(...values: number[]): Promise<number> {
    const inner = async () => (await Promise.resolve(arguments.length)) + values.length;
    return inner();
  }
  async fail(): Promise<never> {
    this.log.push('fail:sync');
    throw new TypeError('broken turn');
  }
  async nested(): Promise<string[]> {
    const parts: string[] = [];
    for (const part of ['a', 'b']) parts.push(await (async () => part + (await this.greet('x')))());
    try {
      await Promise.reject(new Error('inner'));
    } catch (error) {
      parts.push((error as Error).message);
    }
    return parts;
  }
}
export const topLevel = async (value: number) => (await value) * 2;
`;

describe('native async (botbuilder loaded without per-call generators)', () => {
  it('when TypeScript ES2015 output is rewritten, then no __awaiter call or generator is left and it still parses', () => {
    const original = compiled(SAMPLE);
    const { code, rewritten } = rewriteAwaiters(original);
    assert.equal(rewritten, (original.match(/__awaiter\(/g) ?? []).length);
    assert.ok(rewritten >= 6);
    assert.doesNotMatch(code, /__awaiter\(|function\*/);
    assert.doesNotThrow(() => parse(code, { ecmaVersion: 'latest', sourceType: 'script' }));
  });

  it('when a rewritten method runs, then results, this, arguments, ordering and errors are as before', async () => {
    const run = async (code: string) => {
      const { Turn, topLevel } = load(code) as {
        Turn: new (name: string, log: string[]) => Record<string, (...args: unknown[]) => unknown>;
        topLevel: (value: number) => Promise<number>;
      };
      const log: string[] = [];
      const turn = new Turn('Ada', log);
      const greeting = turn.greet!('Hallo') as Promise<string>;
      log.push('caller:after-call'); // the method ran synchronously up to its first await
      const failure = turn.fail!() as Promise<never>; // a throw is a rejection, not a sync throw
      log.push('caller:after-fail');
      return {
        greeting: await greeting,
        failure: await failure.then(
          () => 'resolved',
          (error: Error) => `${error.name}: ${error.message}`,
        ),
        count: await turn.count!(1, 2, 3),
        nested: await turn.nested!(),
        topLevel: await topLevel(21),
        log,
      };
    };
    const original = compiled(SAMPLE);
    const before = await run(original);
    const after = await run(rewriteAwaiters(original).code);
    assert.deepEqual(after, before);
    assert.equal(after.greeting, 'Hallo Ada');
    assert.equal(after.failure, 'TypeError: broken turn');
    assert.equal(after.count, 6);
    assert.deepEqual(after.nested, ['ax Ada', 'bx Ada', 'inner']);
    assert.deepEqual(after.log.slice(0, 4), [
      'greet:sync',
      'caller:after-call',
      'fail:sync',
      'caller:after-fail',
    ]);
  });

  const leftAlone: [string, string][] = [
    ['another this', '__awaiter(other, void 0, void 0, function* () { yield 1; });'],
    ['a generator with parameters', '__awaiter(this, void 0, void 0, function* (a) { yield a; });'],
    ['a custom promise', '__awaiter(this, void 0, P, function* () { yield 1; });'],
    ['a delegating yield', '__awaiter(this, void 0, void 0, function* () { yield* other(); });'],
    [
      'an undefined this the body uses',
      '__awaiter(void 0, void 0, void 0, function* () { return this; });',
    ],
    [
      'own arguments the body uses',
      'function f() { return __awaiter(this, void 0, void 0, function* () { return arguments; }); }',
    ],
  ];
  for (const [what, source] of leftAlone) {
    it(`when the call is not TypeScript's exact shape (${what}), then the source is left as it was`, () => {
      assert.deepEqual(rewriteAwaiters(source), { code: source, rewritten: 0 });
    });
  }

  it("when botbuilder's packages as installed are rewritten, then every __awaiter call of every file is", () => {
    const root = path.dirname(path.dirname(require.resolve('botbuilder/package.json')));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules') walk(file);
        else if (entry.isFile() && file.endsWith('.js')) files.push(file);
      }
    };
    for (const name of fs.readdirSync(root))
      if (NATIVE_ASYNC_PACKAGES.test(path.join(root, name, 'lib', 'x.js')))
        walk(path.join(root, name, 'lib'));
    let total = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      const calls = (source.match(/__awaiter\(/g) ?? []).length;
      const { code, rewritten } = rewriteAwaiters(source);
      assert.equal(rewritten, calls, path.relative(root, file));
      assert.doesNotMatch(code, /__awaiter\(/, path.relative(root, file));
      total += rewritten;
    }
    assert.ok(total > 400, `${total} calls rewritten`);
  });

  it('when the tests run, then botbuilder was loaded through the hook, as the service loads it', () => {
    const stats = registerNativeAsync();
    assert.equal(stats.loadedBefore, 0);
    assert.equal(stats.unchanged, 0);
    assert.ok(stats.files > 30 && stats.rewritten > 300, JSON.stringify(stats));
    for (const method of [CloudAdapter.prototype.process, TurnContext.prototype.sendActivity])
      assert.match(method.toString(), /async \(\) =>/);
  });
});
