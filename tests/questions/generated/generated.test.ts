import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { evaluate, evaluateParsed, generateDirectory, type Result } from './evaluate';
import { KINDS } from './kinds';
import { REPORTED_STATUS_WORDS } from './kinds-goals';
import { NOTHING_FOUND } from './kinds-people';
import { FOLLOW_UP_KINDS } from './kinds-follow-ups';
import { followUpsFor, questionsFor } from './questions';
import {
  DEVELOPMENT_SEEDS,
  FIXTURE_SEED,
  FOLLOW_UPS_PER_DIRECTORY,
  HELD_OUT_SEEDS,
  QUESTIONS_PER_DIRECTORY,
} from './seeds';
import { HAND_WRITTEN_SETS, loadHandWritten, questionFile } from './hand-written';
import { figures, shares } from './table';

/**
 * Floors a small margin below what the engine reaches, measured 2026-12-03 at the end of the
 * issue 16 work (right / unsure / wrong): development 3 × 300 98.6 / 0.6 / 0.9 %, held-out seeds
 * 5 × 300 97.7 / 0.7 / 1.6 %, follow-ups 3 × 60 100 / 0 / 0 %; before issue 16, right ~50 % and
 * wrong ~44 %. Issue 16's target: at least 95 % right and at most 2 % wrong on every set.
 */
const FLOORS = {
  development: { right: 0.97, wrongAtMost: 0.015 },
  heldOut: { right: 0.965, wrongAtMost: 0.02 },
  handWritten: {
    /**
     * holdout-steinfurth.yaml, 214 questions written by hand from the generated fixture alone:
     * 98.1 / 1.4 / 0.5 % (87.4 % right on 2026-12-02, 50.0 % before issue 16).
     */
    steinfurth: { right: 0.96, wrongAtMost: 0.015 },
    /**
     * holdout-lippe-weser.yaml, 200 questions on a directory written by hand (not generated) by
     * someone who never saw the engine: 94.0 / 0.5 / 5.5 % (80.0 % right when it was added).
     */
    'lippe-weser': { right: 0.92, wrongAtMost: 0.06 },
    /** holdout-emschertal.yaml, 200 on a city written by hand: 96.0 / 0.5 / 3.5 % (87.5 % at first). */
    emschertal: { right: 0.94, wrongAtMost: 0.04 },
    /**
     * dev-rheinwald.yaml, 200 in chat style, a development set: 79.5 / 2.0 / 18.5 % when added,
     * 99.5 / 0.0 / 0.5 % now.
     */
    rheinwald: { right: 0.97, wrongAtMost: 0.02 },
    /**
     * dev-hohenmark.yaml, 200 long polite questions, a development set: 79.5 / 5.5 / 15.0 % when
     * added, 97.0 / 1.0 / 2.0 % now.
     */
    hohenmark: { right: 0.95, wrongAtMost: 0.03 },
    /** dev-lindenfurt.yaml, 200 from many askers, half English, a development set: 72.5 / 4.0 / 23.5 % when added, 93.5 / 2.0 / 4.5 % now. */
    lindenfurt: { right: 0.91, wrongAtMost: 0.06 },
    /**
     * dev-auental.yaml (quick Teams-chat style) and dev-bergheide.yaml (office German, 40 %
     * English), written blind on 2026-12-03: 94.0 / 1.0 / 5.0 % and 94.5 / 0.0 / 5.5 % when added, 98.0 / 1.0 / 1.0 % and
     * 97.5 / 0.0 / 2.5 % now.
     */
    auental: { right: 0.96, wrongAtMost: 0.02 },
    bergheide: { right: 0.95, wrongAtMost: 0.03 },
    /** dev-talheim.yaml (teachers and StuBOs, indirect questions), blind: 92.0 / 4.5 / 3.5 % when added. */
    talheim: { right: 0.9, wrongAtMost: 0.05 },
    /** dev-mooshausen.yaml (phone style, yes/no, months), blind: 94.5 / 1.0 / 4.5 % when added. */
    mooshausen: { right: 0.95, wrongAtMost: 0.04 },
    /** dev-ahrweide.yaml (formal e-mail German, titles, English), blind: 96.0 / 1.0 / 3.0 % when added. */
    ahrweide: { right: 0.95, wrongAtMost: 0.03 },
  } as Record<string, { right: number; wrongAtMost: number }>,
  /** Follow-ups, 3 × 60 on the development seeds (95.6 % right when they were added). */
  followUps: { right: 0.97, wrongAtMost: 0.02 },
};

const FIXTURE = path.join(__dirname, 'fixtures', 'kreis-steinfurth.yaml');

describe('generated directories of fictional municipalities (tests/questions/generated)', function () {
  this.timeout(90_000);

  it('when directories are generated from seeds, then each passes the real parser with zero problems and is the same for the same seed', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const directory = generateDirectory(seed);
      assert.deepEqual(directory.problems, [], `seed ${seed}`);
      const { institutions, bodies } = directory.world;
      assert.ok(
        institutions.length >= 10 && institutions.length <= 40,
        `seed ${seed}: ${institutions.length} institutions`,
      );
      assert.ok(bodies.length >= 4 && bodies.length <= 8, `seed ${seed}: ${bodies.length} bodies`);
      assert.equal(generateDirectory(seed).yaml, directory.yaml);
    }
  });

  it('when the questions are generated, then every kind is asked in both languages, what an answer must show is in the file, and no expectation contradicts itself', () => {
    const asked = new Set<string>();
    for (const seed of [...DEVELOPMENT_SEEDS, ...HELD_OUT_SEEDS]) {
      const directory = generateDirectory(seed);
      const questions = questionsFor(directory.world, QUESTIONS_PER_DIRECTORY);
      assert.equal(questions.length, QUESTIONS_PER_DIRECTORY, `seed ${seed}`);
      // What an answer must show is written in the directory file (dates: in any of their forms;
      // a goal's status: reported beside it, see engine.ts).
      for (const { expect, text } of questions)
        for (const entry of [...(expect.mustInclude ?? []), ...(expect.mustIncludeAll ?? [])]) {
          const forms = Array.isArray(entry) ? entry : [entry];
          // (the bot's "nothing found" is its own text, not the file's)
          if (forms === NOTHING_FOUND) continue;
          assert.ok(
            forms.some(
              (form) =>
                directory.yaml.includes(form) ||
                /^\d{4}-\d{2}-\d{2}$/.test(form) ||
                REPORTED_STATUS_WORDS.has(form),
            ),
            `${text}: ${forms[0]}`,
          );
        }
      for (const question of questions) asked.add(`${question.kind}/${question.lang}`);
      for (const { expect, text } of questions) {
        const wanted = [...(expect.mustInclude ?? []), ...(expect.mustIncludeAll ?? [])].flat();
        for (const banned of expect.mustNotInclude ?? [])
          assert.ok(
            !wanted.some((form) => form.toLowerCase().includes(banned.toLowerCase())),
            `${text}: ${banned}`,
          );
      }
    }
    const kinds = Object.keys(KINDS).flatMap((kind) => [`${kind}/de`, `${kind}/en`]);
    assert.deepEqual(
      kinds.filter((kind) => !asked.has(kind)),
      [],
    );
  });

  it('when the fixture is read, then it is the held-out rural district as generated now', () => {
    const directory = generateDirectory(FIXTURE_SEED);
    assert.equal(directory.world.placeKind, 'kreis');
    assert.equal(
      fs.readFileSync(FIXTURE, 'utf8'),
      directory.yaml,
      'regenerate: npm run eval:generated -- --fixture',
    );
  });

  async function run(seeds: readonly number[]): Promise<Result[]> {
    const results: Result[] = [];
    for (const seed of seeds) {
      const directory = generateDirectory(seed);
      results.push(
        ...(await evaluate(directory, questionsFor(directory.world, QUESTIONS_PER_DIRECTORY))),
      );
    }
    return results;
  }

  for (const [set, seeds, floor] of [
    ['development', DEVELOPMENT_SEEDS, FLOORS.development],
    ['held-out', HELD_OUT_SEEDS, FLOORS.heldOut],
  ] as const) {
    it(`when ${seeds.length} × ${QUESTIONS_PER_DIRECTORY} questions of the ${set} seeds are asked as \`kokobot ask\` does, then the answers stay above today's floors`, async () => {
      const results = await run(seeds);
      console.log(
        figures(`      ${set} seeds ${seeds.join(', ')}`, results).replace(/^/gm, '      '),
      );
      const { total, right, wrong } = shares(results);
      assert.ok(
        right / total >= floor.right,
        `${set}: right ${right}/${total} below ${floor.right}`,
      );
      assert.ok(
        wrong / total <= floor.wrongAtMost,
        `${set}: wrong ${wrong}/${total} above ${floor.wrongAtMost}`,
      );
    });
  }

  it('when follow-ups are asked on the development seeds, then every follow-up kind is asked in both languages, each in one conversation after the question naming its subject, and the answers stay above the floor', async () => {
    const results: Result[] = [];
    const asked = new Set<string>();
    for (const seed of DEVELOPMENT_SEEDS) {
      const directory = generateDirectory(seed);
      const questions = followUpsFor(directory.world, FOLLOW_UPS_PER_DIRECTORY);
      for (const question of questions) {
        assert.equal(question.before?.length, 1, question.text);
        asked.add(`${question.kind}/${question.lang}`);
      }
      results.push(...(await evaluate(directory, questions)));
    }
    const kinds = Object.keys(FOLLOW_UP_KINDS).flatMap((kind) => [`${kind}/de`, `${kind}/en`]);
    assert.deepEqual(
      kinds.filter((kind) => !asked.has(kind)),
      [],
    );
    console.log(figures('      follow-ups, development seeds', results).replace(/^/gm, '      '));
    const { total, right, wrong } = shares(results);
    const floor = FLOORS.followUps;
    assert.ok(right / total >= floor.right, `right ${right}/${total} below ${floor.right}`);
    assert.ok(
      wrong / total <= floor.wrongAtMost,
      `wrong ${wrong}/${total} above ${floor.wrongAtMost}`,
    );
  });

  for (const set of HAND_WRITTEN_SETS) {
    it(`when the hand-written ${set.development ? 'development' : 'held-out'} questions of ${questionFile(set)} are asked on its today, then the answers stay above today's floor`, async () => {
      const { directory, today, statuses, questions } = loadHandWritten(set);
      assert.ok(questions.length >= 200, `${questions.length} questions`);
      assert.equal(statuses.length, directory.goals.length, 'a reported status per goal');
      const results = await evaluateParsed(directory, today, statuses, questions, {
        allAsCoordinator: true,
      });
      console.log(
        figures(`      ${questionFile(set)} (today ${today})`, results).replace(/^/gm, '      '),
      );
      const { total, right, wrong } = shares(results);
      const floor = FLOORS.handWritten[set.name];
      assert.ok(floor, `a floor for ${set.name}`);
      assert.ok(right / total >= floor.right, `right ${right}/${total} below ${floor.right}`);
      assert.ok(
        wrong / total <= floor.wrongAtMost,
        `wrong ${wrong}/${total} above ${floor.wrongAtMost}`,
      );
    });
  }
});
