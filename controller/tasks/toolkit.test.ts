// The toolkit's topic deletion: a cluster that cannot be reached makes it give up in time, naming the topic.
import { createServer, type Socket } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { parseSuite } from '../../scenarios/load.ts';
import { freePort } from '../../test/helpers/ports.ts';
import type { ClusterTarget } from '../cluster/target.ts';
import { ReportCollector } from './collector.ts';
import { TaskToolkit, type ToolkitOptions } from './toolkit.ts';

const task = parseSuite(
  `name: t
target: { external: { bootstrap: "127.0.0.1:9" } }
tasks:
  - name: steady
    kind: produce-consume
`,
  't.yaml',
).tasks[0]!;

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
