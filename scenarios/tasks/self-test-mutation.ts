// The self-test-mutation task kind: arms a test-only broker mutation that one checker must catch.
import { Kafka, logLevel } from 'kafkajs';
import type { TaskToolkit } from '../../controller/tasks/toolkit.ts';
import type { SelfTestMutationTask } from '../suite.ts';
// kinds.ts imports this module too: its bindings are used only inside functions, never while loading.
import { atOffsets, healAll, type KindState, produceConsume, type TaskKindImpl } from './kinds.ts';

/** The broker admin path of the mutations (broker/mutations.ts; --enable-fault-injection only). */
const mutationsPath = '/faults/mutations';

/**
 * Steady produce-consume traffic; `at` into the workload the partition's leader is told to
 * misbehave (broker/mutations.ts says how each mutation works). A one-shot mutation (drop-acked,
 * duplicate, reorder) is disarmed in heal, a stall after `for`; what it did stays, and the task's
 * `expect` names the assertion that must catch it.
 */
export const selfTestMutation: TaskKindImpl = {
  prepare: (t, state) => produceConsume.prepare(t, state),
  warmup: (t, state) => produceConsume.warmup(t, state),
  async workload(t, state) {
    const task = t.task as SelfTestMutationTask;
    await atOffsets(t, [{ at_ms: task.at_ms, run: () => arm(t, state, task) }]);
  },
  heal: (t, state) => healAll(t, state),
};

/**
 * The broker leading `partition`, from the cluster's metadata; the target's first broker when the
 * metadata cannot be read (a single broker leads every partition).
 */
async function leaderOf(t: TaskToolkit, partition: number): Promise<number> {
  const brokers = t.options.target.brokers();
  if (brokers.length === 0)
    throw new Error(`no broker to lead partition ${partition}: the target lists none`);
  const admin = new Kafka({
    clientId: `longhaul-self-test-${t.options.runId}`,
    brokers: t.options.target.bootstrap(),
    logLevel: logLevel.NOTHING,
    retry: { retries: 3, initialRetryTime: 200 },
  }).admin();
  try {
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [t.topic] });
    const leader = metadata.topics[0]?.partitions.find((p) => p.partitionId === partition)?.leader;
    if (leader !== undefined && brokers.some((b) => b.id === leader)) return leader;
  } catch (error) {
    t.logger.warn({ err: error, partition }, 'cannot read the partition leader; using the first broker');
  } finally {
    await admin.disconnect().catch(() => {});
  }
  return brokers[0].id;
}

async function arm(t: TaskToolkit, state: KindState, task: SelfTestMutationTask): Promise<void> {
  const broker = await leaderOf(t, task.partition);
  const where = { topic: t.topic, partition: task.partition };
  // The broker's account of what the mutation did is added when it is cleared (for the report).
  const details: Record<string, unknown> = {
    mutation: task.mutation,
    ...where,
    count: task.count,
    ...(task.for_ms !== undefined ? { for_ms: task.for_ms } : {}),
  };
  const fault = t.recordFault('self-test-mutation', `broker ${broker} ${t.topic}-${task.partition}`, details);
  let id: number | undefined;
  let cleared = false;
  const clear = async (): Promise<void> => {
    if (cleared) return;
    await t.brokerAdmin(broker, 'DELETE', mutationsPath, where);
    cleared = true;
    const listed = (await t.brokerAdmin(broker, 'GET', mutationsPath)) as { mutations?: { id: number }[] };
    details.broker = listed?.mutations?.find((m) => m.id === id) ?? null;
    t.markHealed(fault, true);
  };
  state.pendingHeals.push(clear);
  const armed = (await t.brokerAdmin(broker, 'PUT', mutationsPath, {
    mutation: task.mutation,
    ...where,
    count: task.count,
    ...(task.for_ms !== undefined ? { for_ms: task.for_ms } : {}),
  })) as { mutation?: { id: number } };
  id = armed?.mutation?.id;
  if (task.for_ms === undefined) return;
  // A stall ends by itself on the broker; clearing it then records when, and what it covered.
  await t.sleep(task.for_ms);
  const pending = state.pendingHeals.indexOf(clear);
  if (pending >= 0) state.pendingHeals.splice(pending, 1);
  await clear();
}
