import { DateTime } from 'luxon';
import { dayNamed, monthNamed } from './dates-named';
import { afterTheSummer, halfAsked, seasonNamed } from './seasons';
import type { QuestionKind } from './kind';
import { asksHowMany, nthTimeAsked, relativeSpan, untilAsked } from './occasion-span';

/**
 * Which meeting of a body a question means, when it is not simply the next one: a day
 * ("am 17.3."), a month ("im Februar 2028"), a season ("im Frühjahr"), a position among the
 * coming meetings ("übernächste", "the meeting after next") or among the past ones ("zuletzt",
 * "vorletzte", "last"). And which period a question about a rotating chair means: a day, a month,
 * a school year, a calendar year. Pure: from folded text and today's ISO date.
 */
export type Occasion =
  | { type: 'day'; date: string }
  | {
      type: 'range';
      from: string;
      to: string;
      label: PeriodLabel;
      position?: number;
      /** "Wie oft …?", "how many meetings …": every meeting of the span, counted. */
      count?: boolean;
    }
  | { type: 'upcoming'; position: number }
  | { type: 'past'; position: number };

export type PeriodLabel =
  | { type: 'day'; date: string }
  /** `implied`: no year was written („im Februar“), so the year before or after may be meant. */
  | { type: 'month'; year: number; month: number; implied?: true }
  | { type: 'season'; year: number; season: Season }
  | { type: 'schoolYear'; year: number }
  | { type: 'year'; year: number }
  /** From today to a day ("bis zum Sommer"); the summer holidays counted to the end of June. */
  | { type: 'until'; date: string; summerHolidays?: boolean }
  /** From one day to another ("diese Woche"). */
  | { type: 'span'; from: string; to: string }
  /** Every meeting recorded from today on ("Wie oft tagt die SG?"). */
  | { type: 'fromToday' }
  /** After a meeting named by its month or day ("nach der Sitzung im März"): after that day. */
  | { type: 'after'; date: string };

/** `afterSummerHolidays`: NRW's holidays move each year and are not in the directory; August and
 * September are named instead, and said so. */
export type Season =
  'spring' | 'summer' | 'autumn' | 'winter' | 'afterSummerHolidays' | 'afterEasterHolidays';

export interface Period {
  from: string;
  to: string;
  label: PeriodLabel;
}

const NUMBER_WORDS: Record<string, number> = {
  erste: 1,
  ersten: 1,
  erster: 1,
  first: 1,
  zweite: 2,
  zweiten: 2,
  zweiter: 2,
  second: 2,
  dritte: 3,
  dritten: 3,
  dritter: 3,
  third: 3,
  vierte: 4,
  vierten: 4,
  vierter: 4,
  fourth: 4,
};

/** Past tense: "hat … getagt", "war", "did … meet", "was": a month without a year looks back. */
const PAST_TENSE =
  /\b(getagt|getroffen|stattgefunden|war|waren|hatte|hatten|did|was(?! (ist|sind|gibt|steht|stehen|passiert|laeuft|findet|kommt|wird|macht)\b)|were|met|took place|held)\b/;

/** „noch“, "after today", "still": only what is left of a month or season. */
const STILL = /\b(noch|ab heute|nach heute|after today|from today( on)?|still|remaining|left)\b/;

/** "letzte/vorige Sitzung", "zuletzt", "last meeting", not "letztes Jahr" / "last year". */
const LAST =
  /\b(zuletzt|letzte[nrsm]?|vorige[nrsm]?|vorherige[nrsm]?|juengste[nrsm]?|last|previous|most recent|latest)\b(?! (jahr\w*|year|monat\w*|month|woche\w*|week|schuljahr\w*|quartal\w*))/;
const BEFORE_LAST = /\b(vorletzte[nrsm]?|before last|last but one|second to last|second last)\b/;
const AFTER_NEXT =
  /\b(uebernaechste[nrsm]?|uebernaechstes mal|zweitnaechste[nrsm]?|second next|after (its|the) next( one| (meeting|session)s?)?|nach (der|dem) naechsten (sitzung|treffen|termin|tagung)|after next|after the next|next but one|(sitzung|treffen|termin|meeting|session) danach|the (meeting|one|session) after that)\b/;
const NTH_MEETING =
  /\b(erste[nrsm]?|zweite[nrsm]?|dritte[nrsm]?|vierte[nrsm]?|first|second|third|fourth) (sitzung\w*|treffen|termin\w*|meeting\w*|session\w*|tagung\w*)\b/;

/** "die nächste Sitzung", "den nächsten Termin", "the next meeting": the next one, whatever span. */
const NEXT_MEETING =
  /\b(naechste[nrsm]?|kommende[nrsm]?|next|upcoming) (sitzung\w*|treffen|termin\w*|tagung\w*|meeting\w*|session\w*|jour fixe)\b/;

/** "nach der Sitzung im März", "after the meeting on 12 March": the first meeting after it. */
const AFTER_MEETING =
  /\b(nach (der|dem)|after (the|its)) (sitzung|treffen|termin|tagung|meeting|session) (im|am|vom|in|on|of) (.+)$/;

function afterMeetingNamed(folded: string, today: string, past: boolean): Occasion | undefined {
  const match = folded.match(AFTER_MEETING);
  if (!match) return undefined;
  const named = `${match[5]} ${match[6]}`;
  const day = dayNamed(named, today, past);
  const last = day ?? monthNamed(named, today, past)?.to;
  if (!last) return undefined;
  const from = DateTime.fromISO(last).plus({ days: 1 }).toISODate()!;
  return {
    type: 'range',
    from,
    to: '9999-12-31',
    label: { type: 'after', date: last },
    position: 1,
  };
}

export function occasionAsked(folded: string, today: string): Occasion | undefined {
  const past = PAST_TENSE.test(folded);
  const day = dayNamed(folded, today, past);
  const count = asksHowMany(folded) || undefined;
  if (day && !count) return { type: 'day', date: day };
  const nth = folded.match(NTH_MEETING);
  const position = nth ? NUMBER_WORDS[nth[1]!] : nthTimeAsked(folded);
  const until = untilAsked(folded, today);
  const schoolYear = /\b(schuljahr\w*|schulhalbjahr\w*|school ?year)\b/.test(folded)
    ? periodAsked(folded, today)
    : undefined;
  // "die nächste Sitzung …, da ich nächste Woche …": the next meeting, the week is an aside.
  // "the last meeting before this week": the last one, however the week is named.
  const relative =
    NEXT_MEETING.test(folded) ||
    (LAST.test(folded) && /\b(vor|before) (dieser|this|der|the)\b/.test(folded))
      ? undefined
      : relativeSpan(folded, today);
  const after = afterMeetingNamed(folded, today, past);
  if (after && !count) return after;
  const range = until
    ? { from: until.from, to: until.to, label: untilLabel(until) }
    : relative
      ? { from: relative.from, to: relative.to, label: relativeLabel(relative) }
      : schoolYear?.label.type === 'schoolYear' || schoolYear?.label.type === 'span'
        ? schoolYear
        : (monthNamed(folded, today, past) ??
          seasonNamed(folded, today, past) ??
          yearNamed(folded, today));
  // „Tagt die AG im März noch?“, "in March after today": what is left of the span.
  if (range && !past && STILL.test(folded) && range.from < today && range.to >= today)
    return {
      type: 'range',
      from: today,
      to: range.to,
      label: { type: 'span', from: today, to: range.to },
      position,
      count,
    };
  if (range) return { type: 'range', ...range, position, count };
  if (count)
    return { type: 'range', from: today, to: '9999-12-31', label: { type: 'fromToday' }, count };
  if (BEFORE_LAST.test(folded)) return { type: 'past', position: 2 };
  if (AFTER_NEXT.test(folded)) return { type: 'upcoming', position: 2 };
  if (LAST.test(folded)) return { type: 'past', position: 1 };
  if (position && position > 1) return { type: 'upcoming', position };
  return undefined;
}

/** The day a question names ("am 17. März", "on 29 March 2027"), or undefined. */
export function dayAsked(folded: string, today: string): string | undefined {
  return dayNamed(folded, today, PAST_TENSE.test(folded));
}

/** The period a chair question asks about, or undefined for "now". */
export function periodAsked(folded: string, today: string): Period | undefined {
  // Folding turns "2026/27" into "2026 27".
  const schoolYear = folded.match(
    /\b(?:schuljahr\w*|school ?year|sj)\s*((?:20)?\d{2})[\s/-]+(?:20)?(\d{2})\b/,
  );
  // "Schuljahr 26/27": the century of today.
  const first =
    schoolYear && Number(schoolYear[1]!.length === 2 ? `20${schoolYear[1]}` : schoolYear[1]);
  if (first && (first + 1) % 100 === Number(schoolYear[2])) return schoolYearPeriod(first);
  const current = schoolYearOf(today);
  // „im zweiten Halbjahr dieses Schuljahres“: 1 August – 31 January, 1 February – 31 July.
  const schoolHalf = halfAsked(folded);
  if (schoolHalf && /\b(schuljahr\w*|schulhalbjahr\w*|school ?year)\b/.test(folded)) {
    const year = /\b(naechste[nms]?|kommende[nms]?|next)\b/.test(folded)
      ? current + 1
      : /\b(letzte[nms]?|vorige[nms]?|last)\b/.test(folded)
        ? current - 1
        : current;
    const [from, to] =
      schoolHalf === 1
        ? [`${year}-08-01`, `${year + 1}-01-31`]
        : [`${year + 1}-02-01`, `${year + 1}-07-31`];
    return { from, to, label: { type: 'span', from, to } };
  }
  if (
    /\b(naechste[nms]? schuljahr\w*|next school ?year|kommende[nms]? schuljahr\w*)\b/.test(folded)
  )
    return schoolYearPeriod(current + 1);
  if (/\b(letzte[nms]? schuljahr\w*|vorige[nms]? schuljahr\w*|last school ?year)\b/.test(folded))
    return schoolYearPeriod(current - 1);
  if (
    /\b(dieses schuljahr\w*|diesem schuljahr\w*|this school ?year|laufende[nm]? schuljahr\w*)\b/.test(
      folded,
    )
  )
    return schoolYearPeriod(current);
  const past = PAST_TENSE.test(folded);
  const day = dayNamed(folded, today, past) ?? afterTheSummer(folded, today, current);
  if (day) return { from: day, to: day, label: { type: 'day', date: day } };
  const month = monthNamed(folded, today, past);
  if (month) {
    // "ab Juli 2027", "from July 2027": who chairs when that month begins.
    if (/\b(ab|seit|from|since|starting|beginning)\b/.test(folded))
      return { from: month.from, to: month.from, label: { type: 'day', date: month.from } };
    return month;
  }
  const year = folded.match(/\b(20\d{2})\b/);
  const thisYear = Number(today.slice(0, 4));
  let asked = year ? Number(year[1]) : undefined;
  if (!asked && /\b(naechste[ns]? jahr\w*|kommende[ns]? jahr\w*|next year)\b/.test(folded))
    asked = thisYear + 1;
  if (
    !asked &&
    /\b(letzte[ns]? jahr\w*|vergangene[ns]? jahr\w*|vorige[ns]? jahr\w*|last year)\b/.test(folded)
  )
    asked = thisYear - 1;
  const half = halfAsked(folded);
  if (half) {
    const inYear = asked ?? thisYear;
    const [from, to] =
      half === 1 ? [`${inYear}-01-01`, `${inYear}-06-30`] : [`${inYear}-07-01`, `${inYear}-12-31`];
    return { from, to, label: { type: 'span', from, to } };
  }
  if (asked)
    return { from: `${asked}-01-01`, to: `${asked}-12-31`, label: { type: 'year', year: asked } };
  return undefined;
}

/** School years run from 1 August to 31 July; the year is the one they start in. */
function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 8 ? year : year - 1;
}

function schoolYearPeriod(year: number): Period {
  return { from: `${year}-08-01`, to: `${year + 1}-07-31`, label: { type: 'schoolYear', year } };
}

/** A week as its days ("vom … bis …"), a month by its name. */
function relativeLabel(span: { from: string; to: string; week: boolean }): PeriodLabel {
  if (span.week) return { type: 'span', from: span.from, to: span.to };
  return {
    type: 'month',
    year: Number(span.from.slice(0, 4)),
    month: Number(span.from.slice(5, 7)),
  };
}

function untilLabel(until: { to: string; summerHolidays?: boolean }): PeriodLabel {
  return { type: 'until', date: until.to, summerHolidays: until.summerHolidays };
}

/** "im Jahr 2028", "in 2028", "2028", "im nächsten Jahr", "next year": the whole year. */
function yearNamed(
  folded: string,
  today: string,
): { from: string; to: string; label: PeriodLabel } | undefined {
  const thisYear = Number(today.slice(0, 4));
  const named = folded.match(/\b(20\d{2})\b/);
  let year = named ? Number(named[1]) : undefined;
  if (!year && /\b(naechste[ns]? jahr\w*|kommende[ns]? jahr\w*|next year)\b/.test(folded))
    year = thisYear + 1;
  if (!year && /\b(diese[nms]? jahr\w*|this year)\b/.test(folded)) year = thisYear;
  if (!year) return undefined;
  return { from: `${year}-01-01`, to: `${year}-12-31`, label: { type: 'year', year } };
}

const MEETING_KINDS: QuestionKind[] = ['next-meeting', 'where', 'agenda', 'online'];

/** For a body: which meeting a meeting question means, or which period a chair question means. */
export function occasionOrPeriod(
  section: string,
  kind: QuestionKind,
  folded: string,
  today: string,
): { occasion?: Occasion; period?: Period } {
  if (section !== 'bodies') return {};
  if (kind === 'chair') {
    const period = periodAsked(folded, today);
    return period ? { period } : {};
  }
  if (!MEETING_KINDS.includes(kind)) return {};
  const occasion = occasionAsked(folded, today);
  return occasion ? { occasion } : {};
}
