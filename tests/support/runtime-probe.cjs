'use strict';
/*
 * Preloaded into a service process (NODE_OPTIONS=--require …) by tests/teams/sdk-as-published.test.ts.
 * On SIGUSR2 it writes, to the file KOKOBOT_PROBE_FILE names, what the running service runs: the
 * source text of botbuilder functions as loaded next to the published files, whether source maps
 * are on, and the stack of an error thrown in kokobot's TypeScript.
 */
const fs = require('node:fs');
const path = require('node:path');

const out = process.env.KOKOBOT_PROBE_FILE;
const root = process.env.KOKOBOT_PROBE_ROOT;

process.on('SIGUSR2', () => {
  const report = { loaded: [], sourceMapsEnabled: process.sourceMapsEnabled, stack: '' };
  const botbuilderFiles = Object.keys(require.cache).filter((file) =>
    /[\\/]node_modules[\\/](botbuilder[^\\/]*|botframework-[^\\/]*)[\\/].*\.js$/.test(file),
  );
  const { CloudAdapter, TurnContext } = require(require.resolve('botbuilder', { paths: [root] }));
  const functions = {
    'CloudAdapter.processActivity': CloudAdapter.prototype.processActivity,
    'CloudAdapter.continueConversationAsync': CloudAdapter.prototype.continueConversationAsync,
    'TurnContext.sendActivities': TurnContext.prototype.sendActivities,
  };
  const published = botbuilderFiles.map((file) => fs.readFileSync(file, 'utf8'));
  for (const [name, fn] of Object.entries(functions))
    report.loaded.push({
      name,
      asPublished: published.some((text) => text.includes(fn.toString())),
    });
  report.botbuilderFiles = botbuilderFiles.length;
  try {
    require(path.join(root, 'src', 'config.ts')).parseConfig({ MicrosoftAppPassword: 'x' });
  } catch (error) {
    report.stack = String(error.stack);
  }
  fs.writeFileSync(out, JSON.stringify(report));
});
