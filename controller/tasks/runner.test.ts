// The task loop and its toolkit: every attempt's own topic, where roles run, and giving up on deleting a topic in time.
import { createServer, type Socket } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { parseSuite } from '../../scenarios/load.ts';
import { freePort } from '../../test/helpers/ports.ts';
import type { ClusterTarget } from '../cluster/target.ts';
import { ReportCollector } from './collector.ts';
import { topicFor } from './runner.ts';
import { placeRole, type RoleHandle, TaskToolkit, type ToolkitOptions } from './toolkit.ts';

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

function toolkitAt(bootstrap: string): TaskToolkit {
  // Only what topic administration touches; roles and faults are never used here.
  const target = { bootstrap: () => [bootstrap] } as unknown as ClusterTarget;
  return new TaskToolkit({
    task,
    runId: 'run',
    attempt: 1,
    topic: 'longhaul-t-steady.run.a1',
    target,
    bus: undefined as unknown as ToolkitOptions['bus'],
    fleet: undefined as unknown as ToolkitOptions['fleet'],
    collector: new ReportCollector(),
    logger: pino({ level: 'silent' }),
    signal: new AbortController().signal,
    seed: 1,
    faults: [],
  });
}

describe('TaskToolkit.deleteTopic', () => {
  it('has nothing to delete before createTopic reached the cluster', () => {
    expect(toolkitAt('127.0.0.1:9').topicCreated).toBe(false);
  });

  it('gives up within its bound on an unreachable cluster, naming the topic and the reason', async () => {
    const toolkit = toolkitAt(`127.0.0.1:${await freePort()}`);
    const started_ms = Date.now();
    await expect(toolkit.deleteTopic(5000)).rejects.toThrow(
      /^cannot delete topic longhaul-t-steady\.run\.a1: .+/,
    );
    expect(Date.now() - started_ms).toBeLessThan(7000);
  });

  it('gives up at its bound when the cluster accepts connections but never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started_ms = Date.now();
      await expect(toolkitAt(`127.0.0.1:${port}`).deleteTopic(1500)).rejects.toThrow(
        'cannot delete topic longhaul-t-steady.run.a1: no answer within 1500 ms',
      );
      expect(Date.now() - started_ms).toBeLessThan(3000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
