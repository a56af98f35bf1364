/**
 * The German definite article (nominative) for a name of an institution or body, worked out from
 * its head noun, so that sentences read „tagt die Steuerungsgruppe“ and „Was macht das Jugendamt?“.
 * A strong adjective before the noun takes the weak ending after the article („Kommunales
 * Integrationszentrum“ → „das Kommunale Integrationszentrum“). Names whose gender cannot be told
 * (a person's name, an unknown abbreviation) stay as they are.
 */
export function withArticle(
  name: string,
  options: { capital: boolean; accusative?: boolean },
): string {
  const words = name.trim().split(/\s+/);
  if (/^(der|die|das)$/i.test(words[0] ?? '')) return name;
  let head = 0;
  while (head < words.length - 1 && /^[A-ZÄÖÜ][a-zäöüß]+(?:e|es|er|en)$/.test(words[head]!)) {
    if (genderOf(words[head]!)) break;
    head += 1;
  }
  // „G.I.B. – Gesellschaft für …“: an unknown abbreviation explained after a dash takes the
  // explanation's gender.
  const explained = words[1] === '–' ? genderOf(words[2] ?? '') : undefined;
  const gender = genderOf(words[head] ?? '') ?? (head === 0 ? explained : undefined);
  if (!gender) return name;
  // After the article a strong adjective ending turns weak (masculine accusative: -en).
  const adjectives = words
    .slice(0, head)
    .map((word) => word.replace(/(?<=e)[sr]$/, gender === 'm' && options.accusative ? 'n' : ''));
  const article = { f: 'die', m: options.accusative ? 'den' : 'der', n: 'das' }[gender];
  const shown = options.capital ? article[0]!.toUpperCase() + article.slice(1) : article;
  return [shown, ...adjectives, ...words.slice(head)].join(' ');
}

type Gender = 'f' | 'm' | 'n';

/** Abbreviations of the programme (Agentur für Arbeit, Industrie- und Handelskammer …). */
const ABBREVIATIONS: Record<string, Gender> = {
  AA: 'f',
  BA: 'f',
  IHK: 'f',
  HWK: 'f',
  SG: 'f',
  FAG: 'f',
  AG: 'f',
  KoKo: 'f',
  KI: 'n',
  DGB: 'm',
  AK: 'm',
  BK: 'n',
};

/** Noun endings and their gender; the longest that fits wins (compounds take the last noun). */
const ENDINGS: [string, Gender][] = [
  ['gruppe', 'f'],
  ['konferenz', 'f'],
  ['runde', 'f'],
  ['kommission', 'f'],
  ['versammlung', 'f'],
  ['agentur', 'f'],
  ['kammer', 'f'],
  ['stelle', 'f'],
  ['regierung', 'f'],
  ['verwaltung', 'f'],
  ['schule', 'f'],
  ['hochschule', 'f'],
  ['universität', 'f'],
  ['behörde', 'f'],
  ['aufsicht', 'f'],
  ['börse', 'f'],
  ['initiative', 'f'],
  ['gesellschaft', 'f'],
  ['kreis', 'm'],
  ['ausschuss', 'm'],
  ['rat', 'm'],
  ['verband', 'm'],
  ['verein', 'm'],
  ['bund', 'm'],
  ['träger', 'm'],
  ['dienst', 'm'],
  ['tisch', 'm'],
  ['amt', 'n'],
  ['zentrum', 'n'],
  ['gremium', 'n'],
  ['forum', 'n'],
  ['netzwerk', 'n'],
  ['team', 'n'],
  ['kolleg', 'n'],
  ['büro', 'n'],
  ['bündnis', 'n'],
  ['jobcenter', 'n'],
];

function genderOf(word: string): Gender | undefined {
  if (ABBREVIATIONS[word]) return ABBREVIATIONS[word];
  const lower = word.toLowerCase();
  if (!/^[a-zäöüß-]+$/.test(lower)) return undefined;
  let best: [string, Gender] | undefined;
  for (const entry of ENDINGS)
    if (lower.endsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1];
}
