/** `npm run eval:generated`: the full table on development and held-out seeds, with the first misses. */
import fs from 'node:fs';
import path from 'node:path';
import { evaluateParsed, evaluateSeeds, generateDirectory } from './evaluate';
import { followUpsFor } from './questions';
import {
  DEVELOPMENT_SEEDS,
  FIXTURE_SEED,
  FOLLOW_UPS_PER_DIRECTORY,
  HELD_OUT_SEEDS,
  QUESTIONS_PER_DIRECTORY,
} from './seeds';
import { HAND_WRITTEN_SETS, loadHandWritten, questionFile } from './hand-written';
import { examples, figures } from './table';

async function main() {
  if (process.argv.includes('--fixture')) {
    // The held-out rural district, for writing questions by hand from the file alone.
    const file = path.join(__dirname, 'fixtures', 'kreis-steinfurth.yaml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, generateDirectory(FIXTURE_SEED).yaml);
    console.log(`wrote ${file}`);
    return;
  }
  const development = await evaluateSeeds(DEVELOPMENT_SEEDS, QUESTIONS_PER_DIRECTORY);
  console.log(figures(`development seeds ${DEVELOPMENT_SEEDS.join(', ')}`, development));
  const heldOut = await evaluateSeeds(HELD_OUT_SEEDS, QUESTIONS_PER_DIRECTORY);
  console.log(figures(`held-out seeds ${HELD_OUT_SEEDS.join(', ')}`, heldOut));
  // Follow-ups (a question naming its subject, then one that does not), on their own.
  const followUps = await evaluateSeeds(DEVELOPMENT_SEEDS, FOLLOW_UPS_PER_DIRECTORY, followUpsFor);
  console.log(figures(`follow-ups, development seeds ${DEVELOPMENT_SEEDS.join(', ')}`, followUps));
  const heldOutFollowUps = await evaluateSeeds(
    HELD_OUT_SEEDS,
    FOLLOW_UPS_PER_DIRECTORY,
    followUpsFor,
  );
  console.log(figures(`follow-ups, held-out seeds ${HELD_OUT_SEEDS.join(', ')}`, heldOutFollowUps));
  const developmentHandWritten: typeof followUps = [];
  for (const set of HAND_WRITTEN_SETS) {
    const { directory, today, statuses, questions } = loadHandWritten(set);
    const handWritten = await evaluateParsed(directory, today, statuses, questions, {
      allAsCoordinator: true,
    });
    const use = set.development ? 'development' : 'held-out';
    console.log(figures(`${use} ${questionFile(set)} (today ${today})`, handWritten));
    if (set.development) developmentHandWritten.push(...handWritten);
  }
  // Misses of the development seeds only: the held-out ones (seeds and hand-written) are for measuring.
  const shown = Number(process.env.EXAMPLES ?? 30);
  console.log(
    `\nfirst ${shown} wrong or unsure answers (development seeds):\n${examples(development, shown)}`,
  );
  console.log(
    `\nfirst ${shown} wrong or unsure follow-ups (development seeds):\n${examples(followUps, shown)}`,
  );
  console.log(
    `\nfirst ${shown} wrong or unsure answers (hand-written development sets):\n${examples(developmentHandWritten, shown)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
