/**
 * How many single-letter edits apart two words are: an insertion, a deletion, a substitution, or a
 * swap of two neighbouring letters (the optimal-string-alignment distance, so "koodriniert" is one
 * edit from "koordiniert"). Gives up early: anything over `max` is returned as `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // What both share at the start and the end costs nothing: compare only what lies between.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length === 0 || y.length === 0) return Math.min(Math.max(x.length, y.length), max + 1);
  return bounded(x, y, max);
}

let rows: Int32Array[] = [];

function bounded(a: string, b: string, max: number): number {
  const width = b.length + 1;
  if (!rows[0] || rows[0].length < width) rows = [0, 1, 2].map(() => new Int32Array(width * 2));
  // Three rows: the one before the previous is needed for swaps.
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}
