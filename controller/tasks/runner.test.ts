// The task loop's naming: every run, soak iteration and attempt writes its own topic.
import { describe, expect, it } from 'vitest';
import { parseSuite } from '../../scenarios/load.ts';
import { topicFor } from './runner.ts';

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
