import { parseRef } from '../language/directory-index';
import { bodyAnswer } from './answers/body';
import { bodyInstitutions } from './answers/body-institutions';
import { catalogAnswer, withCountFirst } from './answers/catalog';
import { clarify } from './answers/clarify';
import { fieldAnswer } from './answers/field';
import { goalAnswer } from './answers/goal';
import { dueBefore } from './answers/goal-list';
import { actorAnswer } from './answers/institution';
import { meetingCard, meetingSentence, upcoming } from './answers/meeting';
import { meetingDetail, meetingDetailAsked } from './answers/meeting-occasion';
import { meetingsIn } from './answers/meetings-in';
import { withVerdict } from './answers/verdict';
import { noAnswer } from './answers/no-answer';
import { coordinatorsAnswer, membersFromAnswer } from './answers/people';
import { personAnswer } from './answers/person';
import { withSubject, type Answer, type ComposeContext } from './answers/shared';
import { yesNoAnswer } from './answers/yes-no';
import type { Interpretation } from './understand';

export type { Answer, ComposeContext } from './answers/shared';
export { joinList } from './answers/shared';
export { describeRef } from './answers/clarify';
export { exampleQuestions } from './answers/no-answer';

/**
 * From an interpretation to the answer: a card and the one or two sentences that answer on their
 * own. Pure: everything it needs comes in through the context. One composer per kind of record
 * lives in answers/; this only picks it.
 */
export function compose(interpretation: Interpretation, ctx: ComposeContext): Answer {
  const answer = composeAnswer(interpretation, ctx);
  return interpretation.type === 'answer' && interpretation.count
    ? { ...answer, reply: withCountFirst(ctx, answer.reply) }
    : answer;
}

function composeAnswer(interpretation: Interpretation, ctx: ComposeContext): Answer {
  if (interpretation.type === 'none') return noAnswer(ctx, interpretation.reason);
  if (interpretation.type === 'clarify') return clarify(ctx, interpretation.candidates);
  const { kind, subject } = interpretation;
  const { index } = ctx;
  const section = subject ? parseRef(subject).section : undefined;
  const id = subject ? parseRef(subject).id : '';

  if (kind === 'catalog' && interpretation.listed)
    return { reply: catalogAnswer(ctx, interpretation.listed) };
  if (kind === 'upcoming')
    return interpretation.occasion ? meetingsIn(ctx, interpretation.occasion) : upcoming(ctx);
  if (kind === 'yes-no' && interpretation.yesNo)
    return withSubject(yesNoAnswer(ctx, interpretation.yesNo), subject);
  if (kind === 'members' && interpretation.institutions && section === 'bodies')
    return withSubject(bodyInstitutions(ctx, index.bodies.get(id)!), subject);
  if (kind === 'coordinators')
    return withSubject(
      coordinatorsAnswer(ctx, interpretation.scope && parseRef(interpretation.scope).id),
      undefined,
    );
  if (kind === 'members-from' && section === 'bodies' && interpretation.scope)
    return withSubject(
      membersFromAnswer(ctx, index.bodies.get(id)!, parseRef(interpretation.scope).id),
      subject,
    );
  if (kind === 'status') return { reply: { kind: 'text', text: ctx.t('q.status') }, subject };
  if (kind === 'due-before')
    return dueBefore(ctx, interpretation.before ?? ctx.now.toISODate()!, subject);

  switch (section) {
    case 'bodies':
      return withSubject(
        bodyAnswer(ctx, index.bodies.get(id)!, kind, {
          year: interpretation.year,
          decided: interpretation.decided === true,
          occasion: interpretation.occasion,
          period: interpretation.period,
          whether: interpretation.whether,
        }),
        subject,
      );
    case 'goals':
      return withSubject(
        goalAnswer(ctx, index.goals.get(id)!, kind, interpretation.second),
        subject,
      );
    case 'people':
      if (kind === 'by-role' && interpretation.people && interpretation.people.length > 1)
        return withSubject(
          {
            kind: 'text',
            text: interpretation.people
              .map((ref) => personAnswer(ctx, index.people.get(parseRef(ref).id)!, kind).text)
              .join('\n'),
          },
          subject,
        );
      return withSubject(
        personAnswer(ctx, index.people.get(id)!, kind, {
          inPerson: interpretation.inPerson === true,
          involved: interpretation.involved === true,
        }),
        subject,
      );
    case 'actors':
      return withSubject(
        actorAnswer(ctx, id, kind, { involved: interpretation.involved === true }),
        subject,
      );
    case 'fields':
      return withSubject(fieldAnswer(ctx, index.fields.get(id)!, kind), subject);
    case 'meetings': {
      const meeting = index.meetings.get(id)!;
      const detail = meetingDetailAsked(kind);
      const reply = detail
        ? meetingDetail(ctx, meeting, detail)
        : meetingCard(ctx, meeting, meetingSentence(ctx, meeting, 'q.what.meeting'));
      // „Gibt es am 14.4. eine Sitzung?“: the meeting found on that day is the Ja.
      return withSubject(interpretation.whether ? withVerdict(ctx, reply, true) : reply, subject);
    }
  }
  return noAnswer(ctx, 'no-match');
}
