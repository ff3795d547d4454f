// Task kinds that change the cluster's shape: partition reassignment and scaling out and back in.
import type { TaskToolkit } from '../../controller/tasks/toolkit.ts';
import type { Task } from '../suite.ts';
import { atOffsets, healAll, type KindState, produceConsume, type TaskKindImpl } from './kinds.ts';

// kinds.ts imports this module: its exports are reached lazily (inside functions), never at load.
const base = (): Pick<TaskKindImpl, 'prepare' | 'warmup' | 'heal'> => ({
  prepare: (t, state) => produceConsume.prepare(t, state),
  warmup: (t, state) => produceConsume.warmup(t, state),
  heal: (t, state) => healAll(t, state),
});

type ReassignTask = Extract<Task, { kind: 'partition-reassign' }>;
type ScaleTask = Extract<Task, { kind: 'scale' }>;

/** How long a move may take before the task gives up waiting for it (the assertion is recovery). */
const moveTimeout_ms = 30_000;

async function reassign(t: TaskToolkit, task: ReassignTask): Promise<void> {
  const brokers = t.options.target
    .brokers()
    .filter((b) => b.state === 'running')
    .map((b) => b.id);
  if (brokers.length < 2)
    throw new Error(`partition-reassign needs 2 brokers or more; the target has ${brokers.length}`);
  const admin = brokers.find((id) => t.options.target.adminUrl(id) !== undefined);
  if (admin === undefined)
    throw new Error(
      'partition-reassign needs the broker admin API (POST /reassignments), which this target does not expose',
    );
  const view = await t.clusterView();
  const wanted = task.move.kind === 'all' ? view.partitions.map((p) => p.partition) : task.move.partitions;
  const moves: { partition: number; from: number; to: number }[] = [];
  for (const partition of wanted) {
    const current = view.partitions.find((p) => p.partition === partition);
    if (!current) throw new Error(`partition-reassign: topic ${t.topic} has no partition ${partition}`);
    const to =
      task.to.kind === 'other' ? brokers[(brokers.indexOf(current.leader) + 1) % brokers.length] : task.to.id;
    if (!brokers.includes(to)) throw new Error(`partition-reassign: broker ${to} is not running`);
    if (to !== current.leader) moves.push({ partition, from: current.leader, to });
  }
  const started = Date.now();
  const faults = moves.map((m) =>
    t.recordFault('partition-reassign', `${t.topic}-${m.partition}`, { from: m.from, to: m.to }),
  );
  // The move's duration is the fault's heal time minus its inject time in the report.
  for (const m of moves)
    await t.brokerAdmin(admin, 'POST', '/reassignments', {
      topic: t.topic,
      partition: m.partition,
      broker: m.to,
    });
  // Done when clients see the new leaders.
  const pending = new Set(moves.map((_, i) => i));
  while (pending.size > 0 && Date.now() - started < moveTimeout_ms) {
    await t.sleep(100);
    // Metadata and offsets are read while leaders move: a failed look is simply retried.
    const now = await t.clusterView().catch(() => undefined);
    if (!now) continue;
    for (const i of [...pending]) {
      if (now.partitions.find((p) => p.partition === moves[i].partition)?.leader !== moves[i].to) continue;
      pending.delete(i);
      t.markHealed(faults[i], true);
    }
  }
  for (const i of pending) t.markHealed(faults[i], false);
  t.logger.info(
    { moves: moves.length, unfinished: pending.size, duration_ms: Date.now() - started },
    'partition reassignment done',
  );
}

export const partitionReassign: TaskKindImpl = {
  ...base(),
  async workload(t) {
    const task = t.task as ReassignTask;
    await atOffsets(t, [{ at_ms: task.at_ms, run: () => reassign(t, task) }]);
  },
};

export const scale: TaskKindImpl = {
  ...base(),
  async workload(t, state: KindState) {
    const task = t.task as ScaleTask;
    const target = t.options.target;
    if (!target.scale)
      throw new Error(`scale needs a target that can add and remove brokers; ${target.kind} cannot`);
    const before = target.brokers().length;
    await atOffsets(t, [
      {
        at_ms: task.at_ms,
        run: async () => {
          const fault = t.recordFault('scale', `${before} -> ${task.to} brokers`, {
            from: before,
            to: task.to,
          });
          const back = async (): Promise<void> => {
            await target.scale!(before);
            t.markHealed(fault, target.brokers().length === before);
          };
          state.pendingHeals.push(back);
          await target.scale!(task.to);
          t.logger.info(
            { brokers: task.to, scaled_ms: Date.now() - fault.injectedAt_ms },
            'scaled the cluster',
          );
          await t.sleep(task.for_ms);
          state.pendingHeals.splice(state.pendingHeals.indexOf(back), 1);
          await back();
        },
      },
    ]);
  },
};
