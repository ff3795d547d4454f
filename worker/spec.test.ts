// Role specs: the wire schemas of common/bus/roles.ts stay in step with the worker's own types, and content sources behave.
import { AssertionError } from 'node:assert';
import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  producerRoleSpecSchema,
  type rateProfileWireSchema,
  roleSpecSchema,
  type sizeDistributionWireSchema,
} from '../common/bus/roles.ts';
import { contentSource, meanSize_bytes } from './content.ts';
import { errorType } from './kafka.ts';
import { decodePayload } from './payloads/decode.ts';
import { summary } from './payloads/experiment.ts';
import { LifecycleValidator } from './payloads/lifecycle.ts';
import { parseLoad } from './payloads/load-file.ts';
import loads2 from './payloads/loads/2.json' with { type: 'json' };
import type { SizeDistribution } from './payloads/sizes.ts';
import { recordsProfile } from './producer.ts';
import { type RateProfile, rateProfileSchema } from './rate/profile.ts';
import { readPlan } from './reader.ts';

const producer = {
  kind: 'producer',
  roleId: 'p-1',
  runId: 'run-1',
  producerId: 'w1-p1',
  bootstrap: ['127.0.0.1:9092'],
  topic: 'orders',
  rate: { kind: 'records', perSecond: 100 },
  payload: { kind: 'random', size: { kind: 'fixed', size_bytes: 100 } },
} as const;

describe('role spec schemas', () => {
  it('fill in the documented defaults', () => {
    const spec = producerRoleSpecSchema.parse(producer);
    expect(spec).toMatchObject({
      partitions: null,
      profile: null,
      acks: -1,
      idempotent: false,
      compression: 'none',
      duration_ms: null,
      count: null,
      seed: 1,
      report_ms: 1000,
      tuning: { linger_ms: 5, maxPending_records: 200_000, drain_ms: 30_000 },
    });
    expect(spec.payload).toEqual({ kind: 'random', size: { kind: 'fixed', size_bytes: 100 }, keys: null });
  });

  it('refuse what the worker could not run, naming the field', () => {
    const bad = (patch: object) => roleSpecSchema.safeParse({ ...producer, ...patch });
    expect(bad({ producerId: 'has space' }).success).toBe(false);
    expect(bad({ topic: 'a/b' }).success).toBe(false);
    expect(bad({ bootstrap: ['nohost'] }).success).toBe(false);
    expect(bad({ acks: 2 }).success).toBe(false);
    const steps = bad({
      profile: {
        kind: 'steps',
        steps: [
          { at_ms: 5, rate_per_s: 1 },
          { at_ms: 5, rate_per_s: 2 },
        ],
      },
    });
    expect(steps.success).toBe(false);
    expect(steps.error?.issues[0].path).toEqual(['profile', 'steps']);
  });

  it('describe the same rate profiles, sizes and load entries as the worker', () => {
    expectTypeOf<z.output<typeof rateProfileWireSchema>>().toMatchTypeOf<RateProfile>();
    expectTypeOf<z.output<typeof sizeDistributionWireSchema>>().toMatchTypeOf<SizeDistribution>();
    const profiles: unknown[] = [
      { kind: 'constant', rate_per_s: 5 },
      { kind: 'ramp', from_per_s: 0, to_per_s: 10, duration_ms: 1000 },
      {
        kind: 'steps',
        steps: [
          { at_ms: 0, rate_per_s: 1 },
          { at_ms: 10, rate_per_s: 3 },
        ],
      },
      { kind: 'spike', base_per_s: 1, peak_per_s: 9, at_ms: 100, duration_ms: 50 },
      { kind: 'ramp', from_per_s: 0, to_per_s: 10, duration_ms: 0 },
      { kind: 'constant', rate_per_s: -1 },
      { kind: 'constant', rate_per_s: 5, extra: 1 },
    ];
    for (const profile of profiles) {
      const wire = roleSpecSchema.safeParse({ ...producer, profile }).success;
      expect(wire, JSON.stringify(profile)).toBe(rateProfileSchema.safeParse(profile).success);
    }
    const spec = roleSpecSchema.parse({
      ...producer,
      rate: { kind: 'load-file' },
      payload: { kind: 'experiment', load: loads2 },
    });
    expect(spec.kind === 'producer' && spec.payload.kind === 'experiment' && spec.payload.load).toEqual(
      loads2,
    );
    expect(parseLoad(loads2, 'loads/2.json')).toHaveLength(loads2.length);
  });

  it('turn a bytes/s rate into records/s with the mean value size', () => {
    const spec = producerRoleSpecSchema.parse({
      ...producer,
      rate: { kind: 'bytes', perSecond: 1000 },
      profile: { kind: 'ramp', from_per_s: 0, to_per_s: 2000, duration_ms: 1000 },
    });
    expect(recordsProfile(spec, 100)).toEqual({
      kind: 'ramp',
      from_per_s: 0,
      to_per_s: 20,
      duration_ms: 1000,
    });
    expect(
      meanSize_bytes({
        kind: 'histogram',
        buckets: [
          { size_bytes: 10, weight: 3 },
          { size_bytes: 50, weight: 1 },
        ],
      }),
    ).toBe(20);
  });
});

describe('content sources', () => {
  it('replays a load file in schedule order at its own times, every event encoded', () => {
    const source = contentSource(
      { kind: 'experiment', load: loads2, timeScale: 10, rateMultiplier: 1, encoding: 'container' },
      { seed: 1, start_ms: () => 0, rateNow_per_s: () => 0 },
    );
    const expected = summary(parseLoad(loads2, 'loads/2.json'), { timeScale: 10 });
    let n = 0;
    let last = 0;
    while (source.peekAt_ms!() !== Number.POSITIVE_INFINITY) {
      const at = source.peekAt_ms!();
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
      const record = source.next(at)!;
      expect(record.key).not.toBeNull();
      n++;
    }
    expect(n).toBe(expected.events);
    expect(n).toBe(1328);
    expect(last).toBeCloseTo(expected.duration_ms, 6);
    expect(source.next(0)).toBeUndefined();
  });

  it('rolls experiments on without a load file, each complete and in lifecycle order', () => {
    const source = contentSource(
      { kind: 'experiment', load: null, timeScale: 1, rateMultiplier: 1, encoding: 'binary' },
      { seed: 3, start_ms: () => 1_700_000_000_000, rateNow_per_s: () => 40 },
    );
    const validator = new LifecycleValidator();
    const ids = new Set<string>();
    // Two generations of 10 copies x 124 events, and a bit of the third.
    for (let i = 0; i < 2600; i++) {
      const record = source.next(1_700_000_000_000 + i)!;
      const decoded = decodePayload(record.value, record.recordName);
      if (!decoded.ok) throw new AssertionError({ message: decoded.error });
      validator.observe(decoded.recordName, decoded.value);
      ids.add(record.key!.toString());
    }
    const report = validator.finish();
    expect(report.violations.count).toBe(0);
    expect(report.terminated).toBe(20);
    expect(ids.size).toBe(30);
  });

  it('draws keys from the configured number of distinct keys, or none', () => {
    const keyed = contentSource(
      { kind: 'random', size: { kind: 'uniform', min_bytes: 10, max_bytes: 20 }, keys: 3 },
      { seed: 1, start_ms: () => 0, rateNow_per_s: () => 0 },
    );
    const keys = new Set(Array.from({ length: 100 }, () => keyed.next(0)!.key!.toString()));
    expect([...keys].sort()).toEqual(['k0', 'k1', 'k2']);
    const unkeyed = contentSource(
      { kind: 'fixed', size: { kind: 'fixed', size_bytes: 5 }, pattern: 'ab', keys: null },
      { seed: 1, start_ms: () => 0, rateNow_per_s: () => 0 },
    );
    const r = unkeyed.next(0)!;
    expect(r.key).toBeNull();
    expect(r.value.toString()).toBe('ababa');
  });
});

describe('errorType', () => {
  it('names the Kafka error behind retries, else the kafkajs class', () => {
    const notLeader = new KafkaJSProtocolError({
      message: 'not leader',
      type: 'NOT_LEADER_OR_FOLLOWER',
      code: 6,
      retriable: true,
    } as never);
    expect(errorType(notLeader)).toBe('NOT_LEADER_OR_FOLLOWER');
    expect(errorType(new KafkaJSNumberOfRetriesExceeded(notLeader, { retryCount: 5, retryTime: 100 }))).toBe(
      'NOT_LEADER_OR_FOLLOWER',
    );
    const refused = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED');
    expect(errorType(new KafkaJSNumberOfRetriesExceeded(refused, { retryCount: 5, retryTime: 100 }))).toBe(
      'KafkaJSConnectionError',
    );
    expect(errorType(new Error('x'))).toBe('Error');
    expect(errorType(undefined)).toBe('Error');
  });
});

describe('readPlan', () => {
  const watermarks = new Map([
    [0, { low: 0, high: 100 }],
    [1, { low: 40, high: 50 }],
    [2, { low: 0, high: 0 }],
  ]);

  it('reads from the log start (or the given offsets, never below it) to the high watermarks or the given ends', () => {
    expect(readPlan({ topic: 't', from: 'earliest' }, watermarks)).toEqual({
      start: new Map([
        [0, 0],
        [1, 40],
        [2, 0],
      ]),
      end: new Map([
        [0, 100],
        [1, 50],
        [2, 0],
      ]),
    });
    const plan = readPlan(
      { topic: 't', from: { offsets: { '0': 90, '1': 10 } }, endOffsets: { '0': 95 } },
      watermarks,
    );
    expect(plan.start.get(0)).toBe(90);
    expect(plan.start.get(1)).toBe(40);
    expect(plan.end.get(0)).toBe(95);
    expect(plan.end.get(1)).toBe(50);
  });

  it('refuses partitions the topic does not have', () => {
    expect(() => readPlan({ topic: 't', from: { offsets: { '7': 0 } } }, watermarks)).toThrow(
      /has no partition "7"/,
    );
    expect(() => readPlan({ topic: 't', from: 'earliest', endOffsets: { x: 1 } }, watermarks)).toThrow(/"x"/);
  });
});
