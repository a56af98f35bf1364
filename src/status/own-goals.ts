import { currentRound } from './rounds';
import type { GoalStatus } from './submission';
import type { StatusSources } from './status-repository';

/** One of the asker's goals in its body's open status round ("Meine Ziele"). */
export interface OwnGoalState {
  goalId: string;
  /** The open round the goal is asked about; undefined between rounds. */
  roundId?: string;
  /** The status reported in that round, if any. */
  reported?: GoalStatus;
  /** The goal's latest version (the status card's optimistic check). */
  version: string;
}

/** Each goal the person owns, with what they reported in the round open now. */
export async function ownGoalStates(
  sources: StatusSources,
  personId: string,
): Promise<OwnGoalState[]> {
  const directory = (await sources.directory.current())?.directory;
  if (!directory) return [];
  const changes = (await sources.changes?.()) ?? [];
  const now = sources.clock?.() ?? new Date();
  const goals = directory.goals.filter((goal) => goal.owner === personId);
  return Promise.all(
    goals.map(async (goal) => {
      const round = goal.body ? currentRound(directory, goal.body, changes, now) : undefined;
      const roundId = round?.state === 'open' ? round.id : undefined;
      const latest = await sources.statuses.latest(goal.id);
      const reported =
        roundId && latest.update?.roundId === roundId ? latest.update.status : undefined;
      return { goalId: goal.id, roundId, reported, version: latest.version };
    }),
  );
}
