// The task loop's naming: every run, soak iteration and attempt writes its own topic.
import { describe, expect, it } from 'vitest';
import { parseSuite } from '../../scenarios/load.ts';
import { topicFor } from './runner.ts';
import { placeRole, type RoleHandle } from './toolkit.ts';

const task = parseSuite(
  `name: t
target: { external: { bootstrap: "127.0.0.1:9" } }
tasks:
  - name: steady
    kind: produce-consume
`,
  't.yaml',
).tasks[0]!;

describe('topicFor', () => {
  it('gives every run of a day, soak iteration and attempt its own legal topic', () => {
    const topics = [
      topicFor(task, '20260101-101500-a1b2c3', 1),
      topicFor(task, '20260101-101500-a1b2c3', 2),
      topicFor(task, '20260101-113000-d4e5f6', 1),
      topicFor(task, '20260101-101500-a1b2c3-i1', 1),
      topicFor(task, '20260101-101500-a1b2c3-i2', 1),
    ];
    expect(new Set(topics).size).toBe(topics.length);
    for (const topic of topics) expect(topic).toMatch(/^[A-Za-z0-9._-]{1,249}$/);
    expect(topics[0]).toBe(`${task.topic}.20260101-101500-a1b2c3.a1`);
    expect(topicFor({ ...task, topic: 'x'.repeat(249) }, 'run id/1', 3)).toMatch(/^x+\.run-id-1\.a3$/);
    expect(topicFor({ ...task, topic: 'x'.repeat(249) }, 'run', 3)).toHaveLength(249);
  });
});

describe('placeRole', () => {
  const place = (kinds: RoleHandle['kind'][], workers: string[]): string[] => {
    const running: RoleHandle[] = [];
    kinds.forEach((kind, turn) => {
      const workerId = placeRole(kind, workers, running, turn);
      running.push({ roleId: `r${turn}`, workerId, kind });
    });
    return running.map((r) => r.workerId);
  };

  it('keeps producers and consumers on different workers when there are enough', () => {
    const placed = place(['producer', 'producer', 'consumer', 'consumer'], ['w0', 'w1', 'w2']);
    const producers = new Set(placed.slice(0, 2));
    const consumers = new Set(placed.slice(2));
    expect([...producers].filter((w) => consumers.has(w))).toEqual([]);
    expect(producers.size).toBe(2);
  });

  it('spreads roles of one side evenly and shares workers only when it must', () => {
    expect(place(['producer', 'producer', 'producer', 'producer'], ['w0', 'w1']).sort()).toEqual([
      'w0',
      'w0',
      'w1',
      'w1',
    ]);
    expect(place(['producer', 'consumer'], ['w0'])).toEqual(['w0', 'w0']);
    const placed = place(['producer', 'producer', 'consumer'], ['w0', 'w1']);
    expect(placed.slice(0, 2).sort()).toEqual(['w0', 'w1']);
  });
});
