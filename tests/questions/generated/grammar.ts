/** German articles and prepositions for names, and dates as questions write them and answers may show them. */
import { DateTime } from 'luxon';
import type { Genus } from './world';

export type Case = 'nom' | 'akk' | 'dat' | 'gen' | 'in' | 'bei' | 'von' | 'bare';

const ARTICLES: Record<Genus, Record<'nom' | 'akk' | 'dat' | 'gen', string>> = {
  m: { nom: 'der', akk: 'den', dat: 'dem', gen: 'des' },
  f: { nom: 'die', akk: 'die', dat: 'der', gen: 'der' },
  n: { nom: 'das', akk: 'das', dat: 'dem', gen: 'des' },
  pl: { nom: 'die', akk: 'die', dat: 'den', gen: 'der' },
};

/** "die Steuerungsgruppe", "im Arbeitskreis …", "beim Jugendamt …". */
export function inflect(name: string, genus: Genus, form: Case): string {
  const a = ARTICLES[genus];
  const contracted = genus === 'm' || genus === 'n';
  switch (form) {
    case 'bare':
      return name;
    case 'in':
      return contracted ? `im ${name}` : `in ${a.dat} ${name}`;
    case 'bei':
      return contracted ? `beim ${name}` : `bei ${a.dat} ${name}`;
    case 'von':
      return contracted ? `vom ${name}` : `von ${a.dat} ${name}`;
    case 'gen':
      // A genitive -s would change the name ("des Arbeitskreises"): "vom Arbeitskreis" instead.
      return contracted ? `vom ${name}` : `${a.gen} ${name}`;
    default:
      return `${a[form]} ${name}`;
  }
}

export const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The ways an answer may write a date (any one counts). */
export function dateForms(iso: string): string[] {
  const d = DateTime.fromISO(iso.slice(0, 10));
  const dd = d.toFormat('dd');
  const mm = d.toFormat('MM');
  return [
    `${d.day}. ${MONTHS_DE[d.month - 1]} ${d.year}`,
    `${dd}.${mm}.${d.year}`,
    `${d.day}.${d.month}.${d.year}`,
    `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`,
    `${MONTHS_EN[d.month - 1]} ${d.day}, ${d.year}`,
    d.toISODate()!,
    `${d.day}. ${MONTHS_DE[d.month - 1]!.slice(0, 3)}. ${d.year}`,
    `${d.day} ${MONTHS_EN[d.month - 1]!.slice(0, 3)} ${d.year}`,
    `${MONTHS_EN[d.month - 1]!.slice(0, 3)} ${d.day}, ${d.year}`,
  ];
}

/** A date as a question writes it. */
export function dateInQuestion(iso: string, lang: 'de' | 'en', style: number): string {
  const d = DateTime.fromISO(iso.slice(0, 10));
  if (lang === 'de')
    return style % 2 === 0
      ? d.toFormat('dd.MM.yyyy')
      : `${d.day}. ${MONTHS_DE[d.month - 1]} ${d.year}`;
  return [
    `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`,
    d.toISODate()!,
    `${MONTHS_EN[d.month - 1]} ${d.day}, ${d.year}`,
  ][style % 3]!;
}
