import { describe, expect, it } from 'vitest';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { checkContinuityAssertions } from './continuity.ts';
import { makeHistory, makeTask } from './test-kit.ts';

const task = makeTask();

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Entry {
  readonly producer: string;
  readonly seq: number;
  /** Dropped by the broker after it was acked: no read returns it. */
  dropped: boolean;
}

/**
 * A broker log per partition written by misbehaving producers and brokers, read by consumers that
 * rebalance (and so re-read), plus a final read that may stop early. Every record goes into the
 * ledgers as the workers would report it.
 */
function simulate(seed: number): {
  history: TaskHistory;
  acked: Map<string, number>;
  seen: Map<string, Set<number>>;
} {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const partitions = 1 + int(3);
  const producers = ['w0', 'w1', 'w2'].slice(0, 1 + int(3));
  const logs: Entry[][] = Array.from({ length: partitions }, () => []);
  const nextSeq = new Map<string, number>();
  const acked = new Map<string, number>(); // producer/partition/seq -> acked offset
  const seen = new Map<string, Set<number>>(); // producer/partition/seq -> offsets seen
  const history = makeHistory(task, { warmup_s: 0, workload_s: 0 }); // continuity needs no samples
  const ack = (partition: number, offset: number, e: Entry) => {
    acked.set(`${e.producer}/${partition}/${e.seq}`, offset);
    history.acked.record(partition, offset, e.producer, e.seq);
  };
  const see = (partition: number, offset: number, producer: string, seq: number) => {
    const key = `${producer}/${partition}/${seq}`;
    const offsets = seen.get(key) ?? new Set<number>();
    offsets.add(offset);
    seen.set(key, offsets);
    history.seen.record(partition, offset, producer, seq);
  };

  for (let op = 0, ops = 20 + int(60); op < ops; op++) {
    const partition = int(partitions);
    const producer = producers[int(producers.length)];
    const log = logs[partition];
    const key = `${producer}/${partition}`;
    const first = nextSeq.get(key) ?? 0;
    const count = 1 + int(8);
    const seqs = Array.from({ length: count }, (_, k) => first + k);
    nextSeq.set(key, first + count);
    const roll = rnd();
    if (roll < 0.05 && count > 1) {
      // A broker that stores a batch out of order (acked where it put them).
      const i = int(count - 1);
      [seqs[i], seqs[i + 1]] = [seqs[i + 1], seqs[i]];
    }
    const base = log.length;
    for (const seq of seqs) log.push({ producer, seq, dropped: false });
    if (roll > 0.9) {
      // The ack times out; the retry lands again (a duplicate) and that copy is acked.
      const retryBase = log.length;
      for (const seq of seqs) log.push({ producer, seq, dropped: false });
      for (let k = 0; k < count; k++) ack(partition, retryBase + k, log[retryBase + k]);
    } else if (roll > 0.8) {
      // The ack is lost, nothing retried: delivered but unacked, which is fine.
    } else {
      for (let k = 0; k < count; k++) ack(partition, base + k, log[base + k]);
    }
    if (rnd() < 0.04 && log.length > 0) log[int(log.length)].dropped = true; // drop-acked
  }

  // Consumers read each partition in chunks; a rebalance sends them back to an older offset. In
  // a third of the histories, the reads of one partition stop early (an incomplete final read).
  history.finalReadComplete = rnd() > 0.35;
  const cutPartition = history.finalReadComplete ? -1 : int(partitions);
  for (let p = 0; p < partitions; p++) {
    const end = p === cutPartition ? int(logs[p].length + 1) : logs[p].length;
    let offset = 0;
    while (offset < end) {
      const to = Math.min(end, offset + 1 + int(10));
      for (let o = offset; o < to; o++)
        if (!logs[p][o].dropped) see(p, o, logs[p][o].producer, logs[p][o].seq);
      offset = rnd() < 0.2 ? Math.max(0, to - int(6)) : to;
    }
  }
  if (rnd() < 0.1 && logs[0].length > 0) see(0, int(logs[0].length), 'x9', 0); // a read returning another record
  return { history, acked, seen };
}

/** The same history, checked one record at a time with plain maps. */
function naive(acked: Map<string, number>, seen: Map<string, Set<number>>, finalReadComplete: boolean) {
  const readThrough = new Map<number, number>();
  const byOffset = new Map<string, Set<string>>();
  const streams = new Map<string, [seq: number, offset: number][]>();
  for (const [key, offsets] of seen) {
    const [producer, p, seq] = key.split('/');
    for (const o of offsets) {
      readThrough.set(Number(p), Math.max(readThrough.get(Number(p)) ?? -1, o));
      const at = `${p}@${o}`;
      byOffset.set(at, (byOffset.get(at) ?? new Set()).add(`${producer}#${seq}`));
    }
    const stream = `${producer}/${p}`;
    streams.set(stream, [...(streams.get(stream) ?? []), [Number(seq), Math.min(...offsets)]]);
  }
  let lost = 0;
  let unverified = 0;
  let ackMismatches = 0;
  for (const [key, offset] of acked) {
    const offsets = seen.get(key);
    const partition = Number(key.split('/')[1]);
    if (offsets === undefined) {
      if (finalReadComplete || offset <= (readThrough.get(partition) ?? -1)) lost++;
      else unverified++;
    } else if (!offsets.has(offset)) ackMismatches++;
  }
  let reordered = 0;
  for (const list of streams.values()) {
    let maxOffset = -1;
    for (const [, offset] of list.sort((a, b) => a[0] - b[0])) {
      if (offset <= maxOffset) reordered++;
      maxOffset = Math.max(maxOffset, offset);
    }
  }
  const duplicated = [...seen.values()].filter((o) => o.size > 1).length;
  const conflicts = [...byOffset.values()].filter((r) => r.size > 1).length;
  return { lost, unverified, duplicated, reordered, inconsistent: conflicts + ackMismatches };
}

const get = (results: readonly AssertionResult[], id: string) => results.find((r) => r.id === id)!;

describe('continuity checker against a naive model', () => {
  it('agrees on 300 seeded random histories, complete final read or not', () => {
    const exercised = new Map<string, number>();
    for (let seed = 1; seed <= 300; seed++) {
      const { history, acked, seen } = simulate(seed);
      const expected = naive(acked, seen, history.finalReadComplete);
      const results = checkContinuityAssertions(history);
      const lost = get(results, 'continuity.lost');
      const actual = {
        lost: lost.measured,
        unverified: history.finalReadComplete
          ? 0
          : ((lost.evidence as { unverified?: number }).unverified ?? 0),
        duplicated: get(results, 'continuity.duplicated').measured,
        reordered: get(results, 'continuity.reordered').measured,
        inconsistent: get(results, 'continuity.inconsistent').measured,
      };
      expect(actual, `seed ${seed}`).toEqual(expected);
      expect(lost.status, `seed ${seed}`).toBe(expected.lost + expected.unverified > 0 ? 'fail' : 'pass');
      expect(lost.inconclusive ?? false, `seed ${seed}`).toBe(expected.lost === 0 && expected.unverified > 0);
      for (const [k, n] of Object.entries(expected)) if (n > 0) exercised.set(k, (exercised.get(k) ?? 0) + 1);
    }
    // The generator does exercise every finding (in histories of its own, and mixed).
    for (const k of ['lost', 'unverified', 'duplicated', 'reordered', 'inconsistent']) {
      expect(exercised.get(k) ?? 0, k).toBeGreaterThan(10);
    }
  });
});
