import { detectCues } from '../cues';
import { detectDateLimit } from '../../language/dates-in-text';
import { parseRef, refKey, type DirectoryIndex, type RefKey } from '../../language/directory-index';
import { detectLanguage, fold } from '../../language/text';
import { prepared } from './prepared';
import { followUpSubject, looseNameOverBackReference, refersBack } from './follow-up';
import { hasQuestionCue, KIND_CUES, kindFor, statusOf, yearAsked } from './kind';
import { occasionOrPeriod } from './occasion';
import { readPeopleQuestion } from './people';
import { headOrAsker } from './people-subject';
import {
  chooseAmong,
  chosenByPosition,
  decidedIn,
  decidingBody,
  meetingOnDate,
  pickSubject,
  queryTokensOf,
} from './subjects';
import {
  asksInvolvement,
  asksOwnGoals,
  asksWhereDecided,
  besideTitle,
  secondGoalFact,
  statusListAsked,
  statusReading,
  statusSlip,
} from './goals';
import { asksForInstitutions, inPersonAsked, listKind } from './lists';
import { withBodyOverField } from './body-of-field';
import { meetingsAsked } from './meetings-asked';
import { meetingKindOf, meetingSubject, onDayReading, whetherAsked } from './meeting-reading';
import { allOfSectionAsked, withCount } from './counts';
import { goalMeant, statusScope } from './goal-titles';
import { statusReading as pointedStatus, yesNoReading } from './pointed';
import { capitalisedWords, namesUnknown, placedElsewhere } from './unknown';

export type { ConversationContext, Interpretation, UnderstandInput } from './types';
import type { Interpretation, UnderstandInput } from './types';

/**
 * `understand`, and whether the conversation context decided the outcome (a follow-up, a choice
 * among the candidates asked back about, a kind carried over): such an answer is only as right as
 * the context it rests on.
 */
export function interpretText(
  index: DirectoryIndex,
  input: UnderstandInput,
): { interpretation: Interpretation; usedContext: boolean } {
  const use = { context: false };
  const interpretation = withCount(interpretWith(index, input, use), fold(input.text));
  return { interpretation, usedContext: use.context };
}

function interpretWith(
  index: DirectoryIndex,
  input: UnderstandInput,
  use: { context: boolean },
): Interpretation {
  const { folded, words, goalId, forced } = prepared(index, input.text, input.forcedSubject);
  // A fragment without a language of its own ("agenda?") goes on in the conversation's.
  const questionLanguage =
    detectLanguage(folded) ?? input.context?.language ?? input.fallbackLanguage;
  let language = questionLanguage;
  if (!folded) return { type: 'none', language, reason: 'empty' };
  const cues = detectCues(folded);

  // The only meeting on a day named ("Was steht am 17.3. an?"), unless a body is named too: then
  // that body's meetings on the day are meant (see occasion below).
  const dayMeeting = forced ? undefined : meetingOnDate(index, folded, input.today);
  let subject: RefKey | undefined = forced;
  const queryTokens = queryTokensOf(words);
  // Something the directory does not have ("Wer leitet den Jugendhilfeausschuss?"): nothing found.
  if (!forced && namesUnknown(index, input.text, words))
    return { type: 'none', language, reason: 'no-match' };
  const yesNo = yesNoReading(
    index,
    { folded, cues, queryTokens, words, forced, language, today: input.today },
    { context: input.context, use },
  );
  if (yesNo) return yesNo;
  if (!subject && input.context?.candidates && words.length <= 8) {
    const chosen =
      chosenByPosition(words, input.context.candidates) ??
      chooseAmong(index, input.context.candidates, queryTokens);
    if (chosen) {
      use.context = true;
      const section = parseRef(chosen).section;
      const kind = hasQuestionCue(cues) ? kindFor(section, cues) : input.context.kind;
      return {
        type: 'answer',
        kind,
        language,
        subject: chosen,
        followUp: true,
        ...occasionOrPeriod(section, kind, folded, input.today),
      };
    }
  }
  if (!subject) {
    const named = index.findByName(queryTokens);
    let picked = withBodyOverField(index, pickSubject(index, named, cues), {
      named,
      queryTokens,
      cues,
    });
    if (looseNameOverBackReference(picked, named, words, input.context?.subject)) picked = {};
    // "KoKo Dortmund" in Bochum's directory, "the mayor of Dortmund": not Bochum's.
    if (
      picked.subject &&
      placedElsewhere(index, picked.subject, words, capitalisedWords(input.text))
    )
      return { type: 'none', language, reason: 'no-match' };
    if (dayMeeting && (!picked.subject || parseRef(picked.subject).section !== 'bodies'))
      return onDayReading(dayMeeting, cues, language, folded);
    // People by role, the coordinators, the people of one institution in a body (issue 16);
    // not for a follow-up that names nothing ("Vorsitz?", "und wer leitet sie?" after a body).
    const previous = input.context?.subject;
    const backOnly =
      !picked.subject && !!previous && refersBack(words, queryTokens, cues, previous);
    const people = backOnly
      ? undefined
      : readPeopleQuestion(index, {
          text: input.text,
          cues,
          words,
          named,
          picked: picked.subject,
          undecided: picked.clarify !== undefined,
        });
    if (people?.type === 'clarify')
      return { type: 'clarify', kind: people.kind, language, candidates: people.candidates };
    if (people)
      return {
        type: 'answer',
        kind: people.kind,
        language,
        subject: people.subject,
        scope: people.scope,
        yesNo: people.yesNo,
        ...(people.people ? { people: people.people } : {}),
        followUp: false,
      };
    if (picked.clarify) {
      const section = parseRef(picked.clarify[0]!).section;
      return {
        type: 'clarify',
        kind: kindFor(section, cues),
        language,
        candidates: picked.clarify,
      };
    }
    subject = picked.subject;
  }

  const status = statusOf(folded) ?? statusSlip(folded);
  // "Ziel 1.2" is a goal, not the 1st of February.
  const before = goalId ? undefined : detectDateLimit(folded, input.today);
  const asksForGoals = cues.has('goals');

  subject = headOrAsker(index, subject, { folded, cues, askerId: input.askerId, asksForGoals });
  if (before && asksForGoals && (cues.has('due') || !subject)) {
    const scope =
      subject && ['fields', 'bodies', 'people'].includes(parseRef(subject).section)
        ? subject
        : undefined;
    return {
      type: 'answer',
      kind: 'due-before',
      language,
      before,
      subject: scope,
      followUp: false,
    };
  }
  const goal = goalMeant(index, subject, {
    words,
    folded,
    cues,
    backOnly: refersBack(words, queryTokens, cues, input.context?.subject),
  });
  if (goal && 'clarify' in goal)
    return { type: 'clarify', kind: kindFor('goals', cues), language, candidates: goal.clarify };
  if (goal) subject = goal.subject;

  if (!subject) {
    if (asksForGoals && asksOwnGoals(folded, cues)) {
      if (!input.askerId) return { type: 'none', language, reason: 'unknown-asker' };
      return {
        type: 'answer',
        kind: 'goals',
        language,
        subject: refKey('people', input.askerId),
        followUp: false,
      };
    }
    // A status list („Welche Ziele sind gefährdet?“), or "ist das gefährdet?" about the last goal.
    const statusList = statusListAsked(folded, cues, status);
    if (statusList?.status)
      return pointedStatus(input.context?.subject, refersBack(words, queryTokens, cues), {
        status: statusList.status,
        language,
        use,
      });
    if (before && (asksForGoals || cues.has('due')))
      return { type: 'answer', kind: 'due-before', language, before, followUp: false };
    if (statusList) return { type: 'answer', kind: 'status', language, followUp: false };
    const listed = allOfSectionAsked(folded, cues);
    if (listed) return { type: 'answer', kind: 'catalog', listed, language, followUp: false };
    const previous = input.context?.subject;
    const followsUp =
      !!previous && hasQuestionCue(cues) && refersBack(words, queryTokens, cues, previous);
    if (followsUp && cues.has('where') && !cues.has('meet')) use.context = true;
    const meetings = meetingsAsked({
      folded,
      today: input.today,
      cues,
      queryTokens,
      knowsTerm: (word) => index.knowsTerm(word),
    });
    if (meetings && !followsUp)
      return { type: 'answer', kind: 'upcoming', language, followUp: false, ...meetings };
    if (cues.has('decided') || (cues.has('where') && !cues.has('meet') && !followsUp)) {
      const byText = decidingBody(index, words);
      if (byText) return decidedIn(byText, language);
    }
    if (previous && followsUp) {
      use.context = true;
      const meant = followUpSubject(previous, input.context?.also, cues);
      const section = parseRef(meant).section;
      const kind = kindFor(section, cues);
      return {
        type: 'answer',
        kind,
        language,
        subject: meant,
        followUp: true,
        inPerson: inPersonAsked(kind, cues, folded),
        ...occasionOrPeriod(section, kind, folded, input.today),
      };
    }
    return { type: 'none', language, reason: 'no-match' };
  }

  // A goal's title says nothing about what is asked („… Berufskollegs abstimmen“).
  const rest = besideTitle(index, subject, folded);
  const asked = rest === folded ? cues : detectCues(rest);
  // A German title in an English question: the words around it tell the language.
  language = rest === folded ? questionLanguage : (detectLanguage(rest) ?? questionLanguage);
  if (asksWhereDecided(parseRef(subject).section, asked)) {
    const byText = decidingBody(index, words);
    if (byText) return decidedIn(byText, language);
  }
  subject = meetingSubject(index, subject, { folded, cues: asked, queryTokens });
  const section = parseRef(subject).section;
  let kind = listKind(section, kindFor(section, asked), {
    folded,
    cues: asked,
    institutions: asksForInstitutions(folded),
  });
  kind = meetingKindOf(section, kind, { folded, cues: asked, today: input.today });
  // "und HF2?" after "Welche Ziele hat HF3?": the same question about the new subject.
  if (
    input.context &&
    cues.has('followUp') &&
    !hasQuestionCue(new Set([...cues].filter((cue) => cue !== 'who' && cue !== 'what')))
  ) {
    use.context = true;
    kind = kindFor(section, new Set(KIND_CUES[input.context.kind]));
  }
  const institutions = section === 'bodies' && kind === 'members' && asksForInstitutions(folded);
  // „Ist Z1.1 erreicht?“, „Welche Ziele der SG sind gefährdet?“: a status, of a goal or a scope.
  const reading = statusReading(section, kind, rest, asked);
  const of = reading && statusScope(index, input.text, subject);
  if (reading)
    return { type: 'answer', kind: 'status', ...reading, language, subject: of, followUp: false };
  return {
    type: 'answer',
    kind,
    language,
    subject,
    followUp: false,
    year: kind === 'chair' ? yearAsked(folded, input.today) : undefined,
    second: section === 'goals' ? secondGoalFact(kind, rest, asked) : undefined,
    institutions: institutions || undefined,
    involved: kind === 'goals' && section !== 'fields' && asksInvolvement(cues) ? true : undefined,
    // "persönlich oder über die Institution" asks for both.
    inPerson: inPersonAsked(kind, cues, folded),
    decided: kind === 'where' && cues.has('decided') ? true : undefined,
    whether: whetherAsked(section, kind, folded),
    ...occasionOrPeriod(section, kind, folded, input.today),
  };
}
