/**
 * A bounded memo for pure functions of a string key: kokobot looks the same words, names, dates
 * and round times up again and again (every member asks about the same bodies and meetings), and
 * each look-up is costly (stemming, fuzzy search, time zone and working-day arithmetic). When full, it starts over: no
 * bookkeeping per hit, and what is asked often is back after a few questions.
 */
export class Memo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string, compute: () => V): V {
    let value = this.values.get(key);
    if (value === undefined && !this.values.has(key)) {
      value = compute();
      if (this.values.size >= this.max) this.values.clear();
      this.values.set(key, value);
    }
    return value as V;
  }
}
