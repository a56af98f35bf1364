import type { Translate } from '../i18n';

/**
 * A list asked for is named in full up to this length; a longer one is cut to its first
 * LIST_SHORT entries and "N more" (the sentences around it give the total).
 */
const LIST_FULL_MAX = 20;
const LIST_SHORT = 10;

/** „A, B und C“ / "A, B and C", bounded as above; for every composer (questions, status answers). */
export function joinBounded(t: Translate, items: string[]): string {
  const shown = items.slice(0, items.length > LIST_FULL_MAX ? LIST_SHORT : items.length);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(t('q.list.more', { count: rest }));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${t('q.and')} ${shown[shown.length - 1]}`;
}
