import '../src/warnings';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { translator } from '../src/i18n';
import { compose } from '../src/questions/compose';
import { DirectoryIndex } from '../src/language/directory-index';
import { understand } from '../src/questions/understand';
import { toActivity } from '../src/teams/outgoing';
import { serviceNodeFlags } from '../src/paths';
import { generateDirectory, questionMix } from './generate-directory';

/**
 * `npm run bench:questions`: index build time and per-question latency (understand + compose +
 * card rendering, in process) on a generated directory of 5,000 people, 500 actors, 200 bodies and
 * 1,000 goals; and the peak memory of the process. Prints figures; asserts nothing.
 *
 * It runs with the node flags of `npm start` (package.json's bench:questions gives them; the
 * heap's growth decides much of the peak RSS), and says so, or which flags it ran with instead.
 */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const directory = generateDirectory();
const buildStart = performance.now();
const index = new DirectoryIndex('bench', directory);
const buildMs = performance.now() - buildStart;

const questions = questionMix(directory, 5000);
const now = DateTime.fromISO('2026-11-24T10:00', { zone: 'Europe/Berlin' });
const answerOne = (text: string) => {
  const interpretation = understand(index, { text, fallbackLanguage: 'de', today: '2026-11-24' });
  const language = interpretation.language;
  const answer = compose(interpretation, {
    index,
    t: translator(language),
    language,
    now,
    question: text,
  });
  return toActivity(answer.reply);
};
for (const question of questions.slice(0, 300)) answerOne(question); // warm-up

const latencies: number[] = [];
const kinds = new Map<string, number>();
const started = performance.now();
for (const question of questions) {
  const t0 = performance.now();
  const activity = answerOne(question);
  latencies.push(performance.now() - t0);
  const kind = activity.attachments ? 'card' : 'text';
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
}
const totalMs = performance.now() - started;
latencies.sort((a, b) => a - b);
const rssMb = process.resourceUsage().maxRSS / 1024;

const flags = process.execArgv.filter((flag) => flag.startsWith('--') && flag !== '--require');
const startFlags = serviceNodeFlags();
const asStarted =
  flags.length === startFlags.length && startFlags.every((flag) => flags.includes(flag));

const rows = [
  [
    'node flags',
    `${flags.join(' ') || '(none)'} (${asStarted ? "npm start's" : `npm start has ${startFlags.join(' ')}`})`,
  ],
  [
    'directory',
    `${directory.people.length} people, ${directory.actors.length} actors, ${directory.bodies.length} bodies, ${directory.goals.length} goals, ${directory.meetings.length} meetings`,
  ],
  ['index build', `${buildMs.toFixed(0)} ms (target < 2000 ms)`],
  ['questions', `${questions.length} (mix of who/what/when/with whom, typos, misses)`],
  ['latency p50', `${percentile(latencies, 50).toFixed(2)} ms`],
  ['latency p99', `${percentile(latencies, 99).toFixed(2)} ms (target < 10 ms)`],
  ['latency max', `${latencies[latencies.length - 1]!.toFixed(2)} ms`],
  ['throughput', `${((questions.length / totalMs) * 1000).toFixed(0)} questions/s (one core)`],
  ['peak RSS', `${rssMb.toFixed(0)} MB (target < 200 MB)`],
];
console.log('bench:questions');
for (const [name, value] of rows) console.log(`  ${name!.padEnd(12)} ${value}`);
