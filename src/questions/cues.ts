import { DateTime } from 'luxon';

/**
 * What a question asks, read from its words (folded, both languages): the cues. Which record it is
 * about is decided elsewhere (directory-index); understand.ts combines both.
 */
export type Cue =
  | 'chair'
  | 'members'
  | 'owner'
  | 'contact'
  | 'deputy'
  | 'what'
  | 'who'
  | 'goals'
  | 'agenda'
  | 'when'
  | 'meet'
  | 'next'
  | 'upcoming'
  | 'due'
  | 'partners'
  | 'bodiesOf'
  | 'why'
  | 'where'
  | 'decided'
  | 'status'
  | 'mine'
  | 'attend'
  | 'followUp';

const PATTERNS: [Cue, RegExp][] = [
  [
    'chair',
    /\b(sitzt .{0,40} vor|sitzen .{0,40} vor|leitet|leiten|leitung|geleitet|vorsitz\w*|vorsitzende\w*|chair\w*|leads?|leading|heads?|headed|presid\w*|moderiert\w*|sprecher\w*)\b/,
  ],
  [
    'members',
    /\b(sitzt|sitzen|mitglied\w*|members?|membership|teilnehm\w*|beteiligt\w*|gehoer\w*|vertreten|dabei|angehoer\w*|who is in|who s in|who are in|are in|is in|sit in|sits in|sit on|sits on|organisations|organizations|wer ist (alles )?(in|im|bei)|sind (alles )?(in|im)|institutionen|akteure|zusammensetzung|consist\w*|part of)\b/,
  ],
  [
    'owner',
    /\b(wer macht|wer organisiert|wer treibt|wer steckt|who does|who is doing|who runs|who organi[sz]es|who owns|who s behind|who is behind|who leads|who drives|federfuehr\w*|hauptverantwort\w*|verantwortlich\w*|verantwortung|zustaendig\w*|kuemmert|federfuehr\w*|owner|owns|responsible|in charge|betreut|accountable|behind)\b/,
  ],
  [
    'contact',
    /\b(ansprech\w*|kontakt\w*|contact\w*|zustaendig\w*|erreiche\w*|reach|talk to|wende|melden)\b/,
  ],
  [
    'deputy',
    /\b(vertritt|vertreten|vertretung|stellvertret\w*|stellv|deputy|deputi\w*|substitut\w*|stands? in|stand in|standing in|vertreter\w*|urlaubsvertretung|backup|abwesen\w*|nicht da|nicht erreichbar|im urlaub|krank|away|absent|absence|out of office|on leave|on holiday|covers? for|covering|fills? in|filling in|replacement|ersatz|einspringt|springt .{0,20} ein)\b/,
  ],
  [
    'what',
    /\b(was macht|was machen|was tut|was ist|was sind|was bedeutet|worum|what does|what do|what is|what s|whats|what are|wer ist|wer sind|who is|who s|who are|aufgabe\w*|beschreib\w*|about|infos?|information\w*|erklaer\w*|explain|tell me|role|rolle|zustaendigkeit)\b/,
  ],
  ['who', /\b(wer|who|wen|whom)\b/],
  ['goals', /\b(ziele|ziel|zielen|goals?|objectives?|targets?|vorhaben)\b/],
  [
    'agenda',
    /\b(tagesordnung\w*|agenda|themen|thema|tops?|besprochen|bespricht|besprechen|beraten|discuss\w*|topics?|behandelt|on the table|items|punkte|worum geht es (in|bei) der (naechsten )?sitzung|what will be|what s planned|planned for)\b/,
  ],
  ['when', /\b(wann|when|datum|date|uhrzeit|what time|um wie viel uhr)\b/],
  ['meet', /(tagt|tagen|tagung|trifft|treffen|meet\w*|sitzung\w*|session\w*|termin\w*)/],
  [
    'next',
    /\b(naechst\w*|next|kommend\w*|upcoming|bevorstehend\w*|demnaechst|soon|als naechstes)\b/,
  ],
  [
    'upcoming',
    /\b((alle|all|welche|which|list|liste|kommenden|naechsten|upcoming|anstehenden?) (sitzungen|termine|treffen|meetings|sessions)|(sitzungen|termine|meetings|sessions)\b(?! (der|des|von|of))|was steht an|stehen an|coming up|anstehend\w*|terminuebersicht|sitzungskalender|kalender|calendar|schedule)\b/,
  ],
  [
    'due',
    /\b(bis wann|faellig\w*|frist\w*|deadline\w*|due|erreicht sein|abgeschlossen sein|fertig sein|umgesetzt sein|zieldatum|zeitplan|by when|until when|finished|completed|laufzeit)\b/,
  ],
  [
    'partners',
    /\b(mit wem|mit welchen|zusammen|kooper\w*|partner\w*|with whom|who .{0,30}\bwith\b|works? with|working with|work together|cooperat\w*|collaborat\w*|zusammenarbeit\w*|beteiligte\w*|beteiligt|involved|mitwirk\w*|wirkt .{0,20} mit|wirken .{0,20} mit|gemeinsam mit|together with|joint\w*|allies|verbuende\w*|netzwerkpartner\w*|who else)\b/,
  ],
  [
    'bodiesOf',
    /\b(gremien|gremium|gremiums|committees?|bodies|arbeitsgruppen|arbeitskreise|sits? on|sits? in|sitzt .{0,20} in welchen|in welchen|in which|which groups)\b/,
  ],
  [
    'why',
    /\b(warum|wieso|weshalb|wozu|why|zweck\w*|purpose|grund|gruende|sinn|what for|reason\w*|wofuer|the point|point of|aim of)\b/,
  ],
  ['where', /\b(wo|where|ort|raum|location|place|venue|adresse|address|wohin|wo genau)\b/],
  [
    'decided',
    /\b(vereinbar\w*|festgeleg\w*|abgestimmt|abstimm\w*|beschlossen|beschliesst|entschieden|entscheidet|vorgestellt|praesentiert|verabschiedet|agreed|decided|presented|approved|adopted|wem wurden|to whom)\b/,
  ],
  [
    'status',
    /\b(wie laeuft|wie laufen|how is it going|how are .{0,30} going|on track\b|im zeitplan|kritisch\w*|problem\w*|gefaehrdet\w*|verzoegert\w*|verzug|hinterher|im plan|on track|at risk|delayed|behind|ruht|ruhen|ruhend\w*|paused|on hold|stand der ziele|status\w*|zwischenbilanz|wie steht|how is .{0,30} going|progress|fortschritt\w*|schon erreicht|bereits erreicht|erledigt|been completed|been achieved|completed|achieved)\b/,
  ],
  [
    'attend',
    /\b(wer kommt|wer nimmt teil|wer ist dabei bei|who is coming|who s coming|who comes|who will attend|who attends|zusagen|zugesagt|abgesagt|absagen|teilnehmer\w*|attendance|attend|rsvps?)\b/,
  ],
  ['mine', /\b(meine|mein|meinen|meiner|meinem|mich|mir|my|mine|ich|me)\b/],
  [
    'followUp',
    /^(und|and|also|what about|und was|und wer|und wann|und wo|und wie|und warum|und mit)\b/,
  ],
];

/** Words that say what is asked, never who it is about; kept out of name matching. */
export const CUE_WORDS = new Set(
  (
    'leitet leiten leitung vorsitz vorsitzende vorsitzender vorsitzenden chair chairs chaired chairing lead leads head heads ' +
    'tagt tagen trifft treffen sitzung sitzungen termin termine naechste naechsten naechster naechstes kommende kommenden next upcoming ' +
    'ziel ziele zielen goal goals objective objectives partner partners partnern mitglied mitglieder members member ' +
    'verantwortlich zustaendig ansprechpartner ansprechpartnerin ansprechperson kontakt contact deputy vertritt vertretung stellvertreter stellvertreterin stellvertretung ' +
    'agenda tagesordnung thema themen warum wieso weshalb wozu why wo where wann when meet meets meeting meetings responsible ' +
    'status gefaehrdet verzoegert faellig due macht machen tut does arbeitet arbeiten zusammen work works working whom sitzt sitzen ' +
    'gremien gremium committee committees bodies institutionen institution akteure kooperiert kooperieren cooperates cooperate ' +
    'purpose grund zweck sinn abgestimmt beschlossen vorgestellt agreed decided presented sind alle welche gibt place location ort raum ' +
    'kuemmert responsible charge sits sit in on der beim deadline erreicht soll sollen wurde wurden bis'
  ).split(' '),
);

export function detectCues(folded: string): Set<Cue> {
  const cues = new Set<Cue>();
  for (const [cue, pattern] of PATTERNS) if (pattern.test(folded)) cues.add(cue);
  return cues;
}

export const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  maerz: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
  december: 12,
  dec: 12,
};

/**
 * A date limit in the question ("bis 30.06.2027", "vor Ende 2027", "before June 2027",
 * "by 2027-03-31"), as an ISO date, relative to `today` (ISO) where the year is missing.
 */
/**
 * A named day: 2027-03-31, 31.03.2027, 31.3. (this year; with `rollForward` the next such day when it
 * has passed), "1. November 2027", "March 29 2027". Not "Z2.1" or "Ziel 1.2"'s number.
 */
export function parseDay(
  folded: string,
  today: string,
  options: { rollForward?: boolean } = {},
): string | undefined {
  const iso = folded.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const german = folded.match(/(?<![a-z\d.])(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?(?![\d.])/);
  if (german) {
    let year = german[3] ? Number(german[3]) : Number(today.slice(0, 4));
    if (year < 100) year += 2000;
    const candidate = validDate(year, Number(german[2]), Number(german[1]));
    if (candidate && options.rollForward && !german[3] && candidate < today) {
      return validDate(year + 1, Number(german[2]), Number(german[1]));
    }
    return candidate;
  }
  const named =
    folded.match(/\b(\d{1,2})\.? ([a-z]+) (\d{4})\b/) ??
    folded.match(/\b([a-z]+) (\d{1,2}) (\d{4})\b/);
  if (named) {
    const [day, month] = MONTHS[named[2]!] ? [named[1], named[2]] : [named[2], named[1]];
    const monthNumber = MONTHS[month!];
    if (monthNumber) return validDate(Number(named[3]), monthNumber, Number(day));
  }
  return undefined;
}

export function detectDateLimit(folded: string, today: string): string | undefined {
  if (
    !/\b(bis|vor|before|until|by|ende|end|spaetestens|innerhalb|within|faellig|due|in the next|naechsten|im|in)\b/.test(
      folded,
    )
  )
    return undefined;
  const day = parseDay(folded, today, { rollForward: true });
  if (day) return day;
  const now = DateTime.fromISO(today);
  const monthYear = folded.match(/\b([a-z]+) (\d{4})\b/);
  if (monthYear && MONTHS[monthYear[1]!]) {
    return (
      DateTime.fromObject({ year: Number(monthYear[2]), month: MONTHS[monthYear[1]!] })
        .endOf('month')
        .toISODate() ?? undefined
    );
  }
  const months = folded.match(
    /\b(?:next|naechsten|kommenden|in the next|innerhalb der naechsten)\s+(\d+|zwei|drei|vier|sechs|zwoelf|two|three|four|six|twelve)\s+(monaten|monate|months)\b/,
  );
  if (months) {
    const words: Record<string, number> = {
      zwei: 2,
      drei: 3,
      vier: 4,
      sechs: 6,
      zwoelf: 12,
      two: 2,
      three: 3,
      four: 4,
      six: 6,
      twelve: 12,
    };
    const count = Number(months[1]) || words[months[1]!] || 6;
    return now.plus({ months: count }).toISODate() ?? undefined;
  }
  if (/\b(naechsten jahres|naechstes jahr|next year|kommenden jahres)\b/.test(folded))
    return `${now.year + 1}-12-31`;
  if (/\b(dieses jahr|diesen jahres|this year|des jahres|laufenden jahres)\b/.test(folded))
    return `${now.year}-12-31`;
  const half = folded.match(
    /\b(ersten|first|zweiten|second)\s+(halbjahr|half(?: of)?)\s+(20\d{2})\b/,
  );
  if (half) return /ersten|first/.test(half[1]!) ? `${half[3]}-06-30` : `${half[3]}-12-31`;
  const year = folded.match(/\b(20\d{2})\b/);
  if (year) {
    const half = /\b(mitte|mid|halbjahr|sommer|summer)\b/.test(folded);
    return half ? `${year[1]}-06-30` : `${year[1]}-12-31`;
  }
  return undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = DateTime.fromObject({ year, month, day });
  return date.isValid ? (date.toISODate() ?? undefined) : undefined;
}
