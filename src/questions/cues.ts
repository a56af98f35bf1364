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
  | 'followUp'
  // Meetings other than the next one, details asked directly (issue 16, meetings):
  | 'online'
  // People and their roles (issue 16).
  | 'email'
  | 'phone'
  | 'address'
  | 'whereIs'
  | 'inPerson'
  | 'deputises'
  | 'coordinators'
  | 'fromActor'
  // „Welches Gremium kümmert sich um Z1.2?“: a body asked for, of a goal.
  | 'whichBody';

const PATTERNS: [Cue, RegExp][] = [
  [
    'chair',
    /\b(sitzt .{0,40} vor|sitzen .{0,40} vor|steht .{0,40} vor|stehen .{0,40} vor|leitet|leiten|leitete|leiteten|leitung|geleitet|leiter|leiterin|vorsitz\w*|vorsitzende\w*|chair\w*|leads?|leading|led|heads?|headed|presid\w*|moderiert\w*|sprecher\w*|runs|run by|who runs|chef|chefin|boss|hut auf|den hut)\b/,
  ],
  [
    'members',
    /\b(sitzt|sitzen|mitglied\w*|members?|membership|teilnehm\w*|beteiligt\w*|gehoer\w*|vertreten|dabei|angehoer\w*|who is in(?! charge)|who s in(?! charge)|who are in(?! charge)|are in(?! charge)|is in(?! charge)|sit in|sits in|sit on|sits on|organisations|organizations|wer ist (alles )?(in|im|bei)|sind (alles )?(in|im)|institutionen|akteure|zusammensetzung|consist\w*|part of|(all|list|alle|liste) (the |der |die )?(people|persons|personen|leute) (in|im|of|der|des)|wer (alles )?(gehoert|sitzt) (zu|zur|zum|in|im)|who is on|who s on|who are on|everyone (in|on|of)|everybody (in|on|of)|all (the )?members)\b/,
  ],
  [
    'owner',
    /\b(wer macht(?! .{0,60}\bmit\b)|wer organisiert|wer treibt|wer steckt|who does|who is doing|who runs|who organi[sz]es|who owns|who s behind|who is behind|who leads|who drives|federfuehr\w*|hauptverantwort\w*|verantwort\w*|zustaendig\w*|kuemmert|federfuehr\w*|owner|owns|responsible|in charge|betreut|accountable|behind)\b/,
  ],
  [
    'contact',
    /\b(ansprech\w*|kontakt\w*|contact\w*|zustaendig\w*|erreiche\w*|erreich|reach|talk to|wende|melden)\b/,
  ],
  [
    'deputy',
    /\b(vertritt|vertreten|vertrete|vertretung|uebernimmt .{0,30}\bwenn|stellvertret\w*|stellv|deputy|deputi\w*|substitut\w*|stands? in|stand in|standing in|vertreter\w*|urlaubsvertretung|backup|abwesen\w*|nicht da|nicht erreichbar|im urlaub|krank|away|absent|absence|out of office|on leave|on holiday|covers? for|covering|fills? in|filling in|replacement|ersatz|einspringt|springt .{0,20} ein)\b/,
  ],
  [
    'what',
    /\b(was macht|was machen|was tut|was ist|was sind|was bedeutet|worum|what does|what do|what is|what s|whats|what are|wer ist|wer sind|who is|who s|who are|aufgabe\w*|beschreib\w*|about|infos?|information\w*|erklaer\w*|explain|tell me|role|rolle|zustaendigkeit)\b/,
  ],
  ['who', /\b(wer|who|wen|whom)\b/],
  ['goals', /\b(ziele|ziel|zielen|goals?|objectives?|targets?|vorhaben)\b/],
  [
    'agenda',
    /\b(tagesordnung\w*|agenda|themen|thema|tops?|besprochen|bespricht|besprechen|beraten|discuss\w*|topics?|behandelt|on the table|items|punkte|worum geht es (in|bei) der (naechsten )?sitzung|what will be|what s planned|what is planned|planned for|was ist .{0,60}\bgeplant|was steht .{0,60}\ban\b|was ist .{0,60}\bvorgesehen|talk\w* about|worueber|sprechen .{0,30}\bueber|reden .{0,30}\bueber|ueber .{0,40}\b(geredet|gesprochen|diskutiert))\b/,
  ],
  ['when', /\b(wann|when|datum|date|uhrzeit|what time|um wie viel uhr)\b/],
  ['meet', /(tagt|tagen|tagung|trifft|treffen|meet\w*|sitzung\w*|session\w*|termin\w*)/],
  [
    'next',
    /\b(naechst\w*|uebernaechst\w*|next|kommend\w*|upcoming|bevorstehend\w*|demnaechst|soon|als naechstes|wieder|erneut|again|the (one|meeting|session) after that|(die|das|sitzung|treffen|termin) danach)\b/,
  ],
  [
    'upcoming',
    /\b((alle|all|welche|which|list|liste|kommenden|naechsten|upcoming|anstehenden?) (sitzungen|termine|treffen|meetings|sessions)|(sitzungen|termine|meetings|sessions)\b(?! (der|des|von|of))|was steht an|was steht .{0,40} an|stehen an|stehen .{0,40} an|what s on (in|on|at|for|during|this|next)|what is on (in|on|at|for|during|this|next)|what s happening|what is happening|was ist los|coming up|anstehend\w*|terminuebersicht|sitzungskalender|kalender|calendar|schedule)\b/,
  ],
  [
    'due',
    /\b(bis wann|faellig\w*|frist\w*|deadline\w*|due|erreicht sein|abgeschlossen sein|fertig sein|umgesetzt sein|zieldatum|zeitplan|by when|until when|laufzeit|zieltermin\w*|endtermin\w*|enddatum|end date|target date|stichtag\w*|wie lange|how long|abschlussdatum|due date)\b/,
  ],
  [
    'partners',
    /\b(mit wem|mit welchen|zusammen|kooper\w*|partner\w*|with whom|who .{0,30}\bwith\b|works? with|working with|work together|cooperat\w*|collaborat\w*|zusammenarbeit\w*|beteiligte\w*|beteiligt|beteiligung|involved|im boot|on board|mit dabei|noch dabei|auch dabei|mitmach\w*|mitwirk\w*|wirkt .{0,20} mit|wirken .{0,20} mit|gemeinsam mit|together with|joint\w*|allies|verbuende\w*|netzwerkpartner\w*|who else)\b/,
  ],
  // issue 16 (yes/no, lists): "Wer arbeitet am Ziel mit?", "Who works on goal Z1.3?"
  [
    'partners',
    /\b(arbeitet .{0,80}\bmit|arbeiten .{0,80}\bmit|macht .{0,60}\bmit|machen .{0,60}\bmit|works? on|working on|unterstuetz\w*|support\w*)\b/,
  ],
  ['owner', /\b(own|owned by|handles?|handling|takes? care of|deals? with|looks? after)\b/],
  [
    'bodiesOf',
    /\b(gremien|gremium|gremiums|committees?|bodies|arbeitsgruppen|arbeitskreise|sits? on|sits? in|sitzt .{0,20} in welchen|in welchen|in which|which groups|ueberall (drin|dabei|vertreten|mitglied)|wo (ist|sind|sitzt|sitzen) .{1,50} (drin|dabei|vertreten|mitglied)|where (is|are) .{1,50} (represented|involved))\b/,
  ],
  [
    'why',
    /\b(warum|wieso|weshalb|wozu|why|zweck\w*|purpose|grund|gruende|sinn|what for|reason\w*|wofuer|the point|point of|aim of|begruend\w*|hintergrund\w*|hintergruende|dahinter|steck\w* hinter|motivation|motiviert|motive|beweggr\w*|mehrwert|rationale|justif\w*|background|how come|what (is|are|s|was) .{1,90} for$)\b/,
  ],
  ['where', /\b(wo|where|ort|raum|location|place|venue|adresse|address|wohin|wo genau)\b/],
  [
    'decided',
    /\b(vereinbar\w*|festgeleg\w*|abgestimmt|abstimm\w*|beschlossen|beschliesst|entschieden|entscheidet|vorgestellt|praesentiert|verabschiedet|agreed|decided|presented|approved|adopted|wem wurden|to whom)\b/,
  ],
  [
    'status',
    /\b(wie laeuft|wie laufen|how is it going|how are .{0,90} going|on track\b|im zeitplan|kritisch\w*|problem\w*|gefaehrdet\w*|verzoegert\w*|verzug|hinterher|im plan|on track|at risk|delayed|behind|ruht|ruhen|ruhend\w*|paused|on hold|stand der ziele|status\w*|zwischenbilanz|wie steht|wie stehen|wie stehts|stehts|steht s|how is .{0,90} going|how (are|is) .{0,60} doing|progress|fortschritt\w*|schon erreicht|bereits erreicht|erledigt|been completed|been achieved|completed|achieved|stand(?! in\b)|aktuelle\w* stand|wie weit|how far|nach plan|laeuft gut|laufen gut|going well|sieht es .{0,40} aus|steht es|hakt|hapert|stockt|in trouble|off track|rueckstand|ueberfaellig|overdue|wie viel prozent|wieviel prozent|wie viele prozent|what percent\w*|how many percent|percentage|prozentsatz|laeuft (das|es|der|die) (noch|weiter)|still (running|going|on|active)|was ist (mit|bei) .{1,60} los|whats up with|what is up with)\b/,
  ],
  [
    'attend',
    /\b(wer kommt|wer nimmt teil|wer ist dabei bei|who is coming|who s coming|who comes|who will attend|who attends|zusagen|zugesagt|abgesagt|absagen|teilnehmer\w*|attendance|attend|rsvps?)\b/,
  ],
  ['mine', /\b(meine|mein|meinen|meiner|meinem|mich|mir|my|mine|ich|me|i|myself)\b/],
  [
    'followUp',
    /^(und|and|also|what about|und was|und wer|und wann|und wo|und wie|und warum|und mit)\b/,
  ],
  // Meetings other than the next one, details asked directly (issue 16, meetings):
  [
    'online',
    /\b(online[- ]?link\w*|online[- ]?teilnahme|online teilnehmen|online dabei|online zuschalt\w*|zuschalt\w*|einwaehl\w*|einwahl\w*|teams[- ]?link\w*|teams[- ]?meeting|teams|zoom\w*|webex|skype|videokonferenz\w*|video\w*|meeting[- ]?link\w*|link\w*|dial[- ]?in|join\w* online|attend online|online|remote\w*|virtuell\w*|virtual\w*|hybrid)\b/,
  ],
  // People and their roles (issue 16).
  [
    'email',
    /\b(e ?mails?|mail|mails|mailadresse\w*|emailadresse\w*|mailanschrift|by mail|per mail)\b/,
  ],
  [
    'phone',
    /\b(telefon\w*|phone\w*|tel|anrufen|anruf|rufe? .{0,40}\ban|rufnummer|durchwahl|nummer|call|calling|(can|could|should|do|may) i ring|ring (him|her|them|up)|a ring|what number|which number)\b/,
  ],
  [
    'email',
    /\b(anschreib\w*|schreiben|schreibe ich|write to|write an? (e ?mail|mail|message)|drop .{0,30} a line)\b/,
  ],
  // A postal address asked for by name, or where an institution is ("Wo sitzt das Jobcenter?").
  [
    'address',
    /\b(adresse|adressen|anschrift\w*|postanschrift|besucheradresse|hausanschrift|address|addresses|postal address|standort\w*|dienstsitz)\b/,
  ],
  [
    'whereIs',
    /\b(wo (sitzt|sitzen|befindet|befinden|liegt|ist|sind|finde ich)|where (is|are|can i find)|located|based)\b(?!.*\b(ueberall|drin|mit|vertreten|dabei|mitglied\w*|gremi\w*|beteiligt|represented|involved|members?|sits?|on|tagt|meet\w*|sitzung\w*|treffen|termin\w*|statt)\b)/,
  ],
  [
    'inPerson',
    /\b(persoenlich|selbst|selber|personally|in person|himself|herself|themselves|direkt|directly|namentlich|eigens)\b/,
  ],
  [
    // The other way round: whom X stands in for (the people whose deputy X is).
    'deputises',
    /\b(wen (vertritt|vertreten|vertrete)|wen\b.{1,60}\b(vertritt|vertreten|vertrete)|whom\b.{1,60}\b(deputi\w*|stands? in|covers?|fills? in|substitut\w*) for|wessen (stell)?vertret\w*|fuer wen\b|fuer wen\b.{0,60}\b(stell)?vertret\w*|(stell)?vertret\w* .{0,30}\bfuer wen|for whom|whose deputy is|(who|whom) is \w.{1,60} (the |a )?(deputy|substitute|stand in) (of|for) ?$|(who|whom) (does|do|did|is) .{1,40}\b(deputi\w*|stand\w* in|cover\w*|fill\w* in|substitut\w*) for)\b/,
  ],
  [
    'coordinators',
    /\b(koordinatoren|koordinatorinnen|koordinator\w*innen|coordinators|wer koordiniert|who coordinates|koordinieren)\b/,
  ],
  // "Wer von der Agentur …", "who from the job centre …", "people of X in …", "who represents
  // the Jobcenter in the AG" (with an institution and a body named; people.ts decides).
  [
    'fromActor',
    /\b(wer (von|vom|aus|bei)|wer (ist|sind|kommt|kommen|sitzt|sitzen) (von|vom|aus)|who (from|of|at)|who (is|are|comes|come) from|people (of|from|at)|personen (von|vom|der|des|aus)|fuer (die|den|das)\b.{0,60}\b(in|im) (der|dem|den)|(vertritt|vertreten|represents?|representing)\b.{1,60}\b(in|im|on|at) (der|dem|den|the)|(there|sits?|speaks?) for (the )?\b.{1,60}\b(in|on) (the|der|dem))\b/,
  ],
  [
    'whichBody',
    /\b((in )?welche[smr]? (gremium|gremien|arbeitsgruppe|ag|fag|facharbeitsgruppe|arbeitskreis|ak|runde)|which (body|committee|working group|group|board|forum))\b/,
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
    'status stand gefaehrdet verzoegert faellig due macht machen tut does arbeitet arbeiten zusammen work works working whom sitzt sitzen ' +
    'gremien gremium committee committees bodies institutionen institution akteure kooperiert kooperieren cooperates cooperate ' +
    'purpose grund zweck sinn abgestimmt beschlossen vorgestellt agreed decided presented sind alle welche gibt place location ort raum ' +
    'kuemmert responsible charge sits sit in on der beim deadline erreicht soll sollen wurde wurden bis ' +
    // People and their roles (issue 16).
    'email mail mails mailadresse emailadresse adresse address telefon telefonnummer phone persoenlich selbst personally person ' +
    'koordinatoren koordinatorinnen koordiniert coordinators coordinates vertreten deputise deputises deputize ' +
    'vertrete krank urlaub abwesend uebernimmt einspringt springt away absent leave holiday covers cover'
  ).split(' '),
);

/** The patterns themselves: their words are the vocabulary typos are mended towards (cue-typos.ts). */
export const CUE_PATTERNS: readonly RegExp[] = PATTERNS.map(([, pattern]) => pattern);

export function detectCues(folded: string): Set<Cue> {
  const cues = new Set<Cue>();
  for (const [cue, pattern] of PATTERNS) if (pattern.test(folded)) cues.add(cue);
  return cues;
}
