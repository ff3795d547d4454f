// The worker registry: registration outcomes, loss, silence, selection, and its bound on lost workers.
import { describe, expect, it } from 'vitest';
import { WorkerRegistry } from './registry.ts';

const registration = (workerId: string, labels: Record<string, string> = {}) => ({
  workerId,
  pid: 100,
  host: 'node-a',
  labels,
  capabilities: [],
  busVersion: 1,
});

describe('worker registry', () => {
  it('tells a new worker from a reconnect after loss and from a replaced connection', () => {
    const registry = new WorkerRegistry(10);
    expect(registry.register(registration('w1'), 1000).outcome).toBe('new');
    expect(registry.register(registration('w1'), 1100).outcome).toBe('replaced');
    expect(registry.markLost('w1', 'silent', 2000)?.state).toBe('lost');
    expect(registry.markLost('w1', 'again', 2100)).toBeUndefined();
    const { info, outcome } = registry.register(registration('w1'), 3000);
    expect(outcome).toBe('reconnected');
    expect(info).toMatchObject({
      state: 'connected',
      registrations: 3,
      firstRegistered_ms: 1000,
      connected_ms: 3000,
    });
    expect(info.lostReason).toBeUndefined();
  });

  it('finds connected workers silent for longer than the loss window', () => {
    const registry = new WorkerRegistry(10);
    registry.register(registration('w1'), 0);
    registry.register(registration('w2'), 0);
    registry.touch('w2', 900, { droppedEvents: 4 });
    expect(registry.silent(1000, 500)).toEqual(['w1']);
    expect(registry.get('w2')).toMatchObject({ lastHeartbeat_ms: 900, droppedEvents: 4 });
    registry.markLost('w1', 'silent', 1000);
    expect(registry.silent(5000, 500)).toEqual(['w2']);
  });

  it('selects all, by labels, or by ids, and reports listed ids that are not connected', () => {
    const registry = new WorkerRegistry(10);
    registry.register(registration('p1', { role: 'producer', zone: 'a' }), 0);
    registry.register(registration('p2', { role: 'producer', zone: 'b' }), 0);
    registry.register(registration('c1', { role: 'consumer', zone: 'a' }), 0);
    registry.markLost('p2', 'gone', 1);
    expect(registry.select('all').targets.sort()).toEqual(['c1', 'p1']);
    expect(registry.select({ labels: { role: 'producer' } }).targets).toEqual(['p1']);
    expect(registry.select({ labels: { zone: 'a' } }).targets.sort()).toEqual(['c1', 'p1']);
    expect(registry.select({ workerIds: ['p1', 'p2', 'nobody', 'p1'] })).toEqual({
      targets: ['p1'],
      missing: ['p2', 'nobody'],
    });
  });

  it('forgets the longest-lost workers beyond its bound, never connected ones', () => {
    const registry = new WorkerRegistry(2);
    for (const id of ['a', 'b', 'c', 'd']) registry.register(registration(id), 0);
    registry.markLost('b', 'x', 1);
    registry.markLost('a', 'x', 2);
    registry.markLost('c', 'x', 3);
    expect(
      registry
        .list()
        .map((worker) => worker.workerId)
        .sort(),
    ).toEqual(['a', 'c', 'd']);
    expect(registry.forget('d')).toBe(false);
    expect(registry.forget('a')).toBe(true);
    expect(registry.get('a')).toBeUndefined();
  });
});
