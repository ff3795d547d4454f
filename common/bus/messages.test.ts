// The message registry: every type is complete, and its schemas accept what senders send.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  busMessages,
  type CommandType,
  messageDef,
  type Payload,
  type Reply,
  type WorkerEventType,
  type WorkerRequestType,
} from './messages.ts';

describe('bus message registry', () => {
  it('describes every message type and gives it a payload schema', () => {
    for (const [type, def] of Object.entries(busMessages)) {
      expect(def.description.length, type).toBeGreaterThan(10);
      expect(['command', 'worker-request', 'worker-event'], type).toContain(def.pattern);
      if (def.pattern !== 'worker-event') expect('reply' in def, type).toBe(true);
    }
  });

  it('looks up known types only, never inherited properties', () => {
    expect(messageDef('rate.set')?.pattern).toBe('command');
    expect(messageDef('worker.report')?.pattern).toBe('worker-event');
    expect(messageDef('no.such.type')).toBeUndefined();
    expect(messageDef('__proto__')).toBeUndefined();
    expect(messageDef('toString')).toBeUndefined();
  });

  it('validates registration: worker ids, labels and the bus version', () => {
    const register = busMessages['worker.register'].payload;
    const good = {
      workerId: 'w-1',
      pid: 1,
      host: 'h',
      labels: { zone: 'a' },
      capabilities: ['kafkajs'],
      busVersion: 1,
    };
    expect(register.safeParse(good).success).toBe(true);
    expect(register.safeParse({ ...good, workerId: 'has space' }).success).toBe(false);
    expect(register.safeParse({ ...good, busVersion: 0 }).success).toBe(false);
    const tooManyLabels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v']));
    expect(register.safeParse({ ...good, labels: tooManyLabels }).success).toBe(false);
  });

  it('validates role reports and role specs with the schemas of common/bus/roles.ts', () => {
    const report = busMessages['worker.report'].payload;
    expect(report.safeParse({ anything: [1, 2], nested: { x: 1 } }).success).toBe(false);
    expect(report.safeParse([1, 2]).success).toBe(false);
    const start = busMessages['role.start'].payload;
    expect(start.safeParse({ roleId: 'r', spec: {} }).success).toBe(false);
    const spec = {
      kind: 'reader',
      roleId: 'r',
      runId: 'run-1',
      bootstrap: ['127.0.0.1:9092'],
      topic: 't',
      from: 'earliest',
    };
    expect(start.safeParse({ roleId: 'r', spec }).success).toBe(true);
    expect(start.safeParse({ roleId: 'other', spec }).success).toBe(false);
  });

  it('refuses negative and non-finite rates', () => {
    const rate = busMessages['rate.set'].payload;
    expect(rate.safeParse({ roleId: 'p', rate_per_s: 100, unit: 'messages' }).success).toBe(true);
    expect(rate.safeParse({ roleId: 'p', rate_per_s: -1, unit: 'messages' }).success).toBe(false);
    expect(rate.safeParse({ roleId: 'p', rate_per_s: Number.POSITIVE_INFINITY, unit: 'bytes' }).success).toBe(
      false,
    );
  });

  it('derives the TypeScript types of each direction from the table', () => {
    expectTypeOf<CommandType>().toEqualTypeOf<
      'role.start' | 'role.stop' | 'role.pause' | 'role.resume' | 'rate.set' | 'worker.shutdown'
    >();
    expectTypeOf<WorkerRequestType>().toEqualTypeOf<'worker.register' | 'worker.heartbeat'>();
    expectTypeOf<WorkerEventType>().toEqualTypeOf<'worker.report'>();
    expectTypeOf<Payload<'rate.set'>>().toEqualTypeOf<{
      roleId: string;
      rate_per_s: number;
      unit: 'messages' | 'bytes';
    }>();
    expectTypeOf<Reply<'rate.set'>>().toEqualTypeOf<{ roleId: string; rate_per_s: number }>();
  });
});
