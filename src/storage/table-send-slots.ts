import { ErrorCodes, isAppError } from '../errors';
import type { SendSlots } from '../reminders/throttle';
import type { TableStore } from './table-store';
import { safeKey } from './table-store';
import { TABLES } from './tables';

/*
 * settings: PK sendslots|<tenant>, RK <slot mod RING> -> { slot }: the last slot claimed at that
 * place of the ring. Claiming slot k is a conditional write from a smaller slot to k (ETag, or an
 * insert the first time), so each slot is taken by exactly one sender of any instance.
 */
export const SEND_SLOTS_PREFIX = 'sendslots|';
const RING = 2048;

/**
 * The slots are wider than 1/limit of a second, so a message may reach Teams up to ~175 ms after
 * its slot began and still no sliding second holds more than the limit:
 * ceil((1000 + 175) / width) <= limit. (At 0.92 and 0.90, margins of ~85 and ~110 ms, two service
 * processes on a loaded 2-core machine went over it: an instance's first send of a fan-out took
 * ~95 ms longer than the rest, and 11 messages fell into one second of a 10/s limit.) A sender
 * that wakes later than LATE_MS gives its slot up.
 */
const FILL = 0.85;
const LATE_MS = 10;
const MAX_LEAD_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Teams' per-tenant budget (50 messages/s), shared by every instance: time is cut into send
 * slots, and a message goes out only in a slot its instance claimed in table storage. A fixed
 * window per instance let two instances send twice the limit, and let one send twice the limit
 * across a window's edge; slots of equal width bound every sliding second.
 * Wall-clock time: instances need synchronised clocks (NTP), as every cloud host has.
 */
export class TableSendSlots implements SendSlots {
  /** How far ahead a slot is claimed (ms): about twice what a claim takes lately. */
  private lead = 0;
  /** Per tenant: the next slot this instance has not tried yet (its own senders take turns). */
  private readonly next = new Map<string, number>();

  constructor(
    private readonly store: TableStore,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(options: { tenant: string; perSecond: number }): Promise<void> {
    const width = 1000 / (options.perSecond * FILL);
    const partitionKey = safeKey(`${SEND_SLOTS_PREFIX}${options.tenant}`);
    for (;;) {
      // A slot that begins after the claim's round trip: claimed slots that had begun too long ago
      // by the time storage answered were given up one after another while nothing was sent.
      const earliest = Math.ceil((this.now() + this.lead) / width);
      const slot = Math.max(this.next.get(partitionKey) ?? 0, earliest);
      this.next.set(partitionKey, slot + 1);
      const asked = this.now();
      const taken = await this.take(partitionKey, slot);
      this.lead = Math.min(MAX_LEAD_MS, 0.8 * this.lead + 0.2 * 2 * (this.now() - asked));
      if (!taken) continue;
      const start = slot * width;
      const wait = start - this.now();
      if (wait > 0) await sleep(wait);
      if (this.now() - start <= LATE_MS) return;
      // Woke too late (a busy event loop): sending now could crowd the next slots' second.
    }
  }

  private async take(partitionKey: string, slot: number): Promise<boolean> {
    const keys = { partitionKey, rowKey: String(slot % RING) };
    const row = await this.store.get(TABLES.settings, keys);
    const held = typeof row?.data.slot === 'number' ? row.data.slot : -1;
    if (held >= slot) return false;
    try {
      if (row) await this.store.replace(TABLES.settings, keys, { slot }, row.etag);
      else await this.store.insert(TABLES.settings, keys, { slot });
      return true;
    } catch (error) {
      if (
        isAppError(error, ErrorCodes.STORAGE_CONFLICT) ||
        isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)
      )
        return false;
      throw error;
    }
  }
}
