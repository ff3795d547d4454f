// Task kinds: what each kind does in its phases, written with the controller's toolkit.

import type { RoleHandle, TaskToolkit } from '../../controller/tasks/toolkit.ts';
import type { Task } from '../suite.ts';
import { partitionReassign, scale } from './cluster-kinds.ts';
import { networkFault } from './network-fault.ts';
import { selfTestMutation } from './self-test-mutation.ts';

/**
 * Each phase gets the toolkit. The default flow: prepare creates the topic; warmup starts the
 * producers and consumers and lets them settle; workload runs for the task's duration while the
 * kind injects its faults; cleanup (in the runner) heals, drains, stops and reads everything back.
 */
export interface TaskKindImpl {
  prepare(t: TaskToolkit, state: KindState): Promise<void>;
  warmup(t: TaskToolkit, state: KindState): Promise<void>;
  workload(t: TaskToolkit, state: KindState): Promise<void>;
  /** Undo the kind's faults (called even when a phase failed); must be idempotent. */
  heal(t: TaskToolkit, state: KindState): Promise<void>;
}

/** What a kind keeps between its phases. */
export interface KindState {
  producers: RoleHandle[];
  consumers: RoleHandle[];
  /** Undo actions of faults still active, run by heal(). */
  readonly pendingHeals: (() => Promise<void>)[];
  backlogEnd: Record<string, number> | undefined;
  /** Payload bytes the backlog writers had acked. */
  backlogBytes: number | undefined;
  drainStarted_ms: number | undefined;
  drained_ms: number | undefined;
  baselineP99_ms: number | undefined;
}

export function newKindState(): KindState {
  return {
    producers: [],
    consumers: [],
    pendingHeals: [],
    backlogEnd: undefined,
    backlogBytes: undefined,
    drainStarted_ms: undefined,
    drained_ms: undefined,
    baselineP99_ms: undefined,
  };
}

const defaultPrepare = async (t: TaskToolkit): Promise<void> => {
  await t.createTopic(t.task.partitions);
};

const defaultWarmup = async (t: TaskToolkit, state: KindState): Promise<void> => {
  state.consumers = await t.startConsumers({ from: 'earliest' });
  state.producers = await t.startProducers();
  await t.sleep(t.task.warmup_ms);
};

export const healAll = async (_t: TaskToolkit, state: KindState): Promise<void> => {
  while (state.pendingHeals.length > 0) await state.pendingHeals.shift()!();
};

/** Runs `at` ms into the workload, then fills the rest of the workload duration. */
export async function atOffsets(
  t: TaskToolkit,
  actions: { at_ms: number; run: () => Promise<void> }[],
): Promise<void> {
  const start = Date.now();
  for (const action of [...actions].sort((a, b) => a.at_ms - b.at_ms)) {
    await t.sleep(start + action.at_ms - Date.now());
    await action.run();
  }
  await t.sleep(start + t.task.duration_ms - Date.now());
}

/** The brokers a task's selector picks, resolved when the fault is injected. */
export async function brokerIds(t: TaskToolkit, task: Extract<Task, { target: unknown }>): Promise<number[]> {
  const brokers = t.options.target.brokers().map((b) => b.id);
  const selector = task.target;
  switch (selector.kind) {
    case 'ids':
      return selector.ids.filter((id) => brokers.includes(id));
    case 'all':
      return brokers;
    case 'random':
      return [brokers[Math.floor(Math.random() * brokers.length)]];
    default: {
      const view = await t.clusterView();
      if (selector.kind === 'controller') {
        if (brokers.includes(view.controller)) return [view.controller];
      } else {
        // The busiest partition: the one with the most records so far.
        const led = view.partitions.filter((p) => brokers.includes(p.leader));
        led.sort((a, b) => b.endOffset - a.endOffset || a.partition - b.partition);
        if (led.length > 0) return [led[0].leader];
      }
      t.logger.warn({ selector: selector.kind }, 'cannot tell which broker that is; using the first');
      return [brokers[0]];
    }
  }
}

function requireProcessControl(t: TaskToolkit): void {
  const reason = t.options.target.processControl;
  if (reason) throw new Error(`${t.task.kind} needs to control broker processes, but ${reason}`);
}

export const produceConsume: TaskKindImpl = {
  prepare: defaultPrepare,
  warmup: defaultWarmup,
  workload: (t) => t.sleep(t.task.duration_ms),
  heal: healAll,
};

const brokerKill: TaskKindImpl = {
  ...produceConsume,
  async workload(t, state) {
    const task = t.task as Extract<Task, { kind: 'broker-kill' }>;
    requireProcessControl(t);
    const actions = [];
    for (let i = 0; i < task.count; i++) {
      actions.push({
        at_ms: task.at_ms + i * task.interval_ms,
        run: async () => {
          for (const id of await brokerIds(t, task)) {
            const fault = t.recordFault('broker-kill', `broker ${id}`, { signal: 'SIGKILL' });
            await t.options.target.kill(id);
            const restart = async (): Promise<void> => {
              await t.options.target.start(id);
              t.markHealed(fault, true);
            };
            if (task.restartAfter_ms === undefined) state.pendingHeals.push(restart);
            else {
              await t.sleep(task.restartAfter_ms);
              await restart();
            }
          }
        },
      });
    }
    await atOffsets(t, actions);
  },
};

const brokerPause: TaskKindImpl = {
  ...produceConsume,
  async workload(t, state) {
    const task = t.task as Extract<Task, { kind: 'broker-pause' }>;
    requireProcessControl(t);
    await atOffsets(t, [
      {
        at_ms: task.at_ms,
        run: async () => {
          for (const id of await brokerIds(t, task)) {
            const fault = t.recordFault('broker-pause', `broker ${id}`, {
              signal: 'SIGSTOP',
              for_ms: task.for_ms,
            });
            await t.options.target.pause(id);
            const resume = async (): Promise<void> => {
              await t.options.target.resume(id);
              t.markHealed(fault, true);
            };
            state.pendingHeals.push(resume);
            await t.sleep(task.for_ms);
            state.pendingHeals.splice(state.pendingHeals.indexOf(resume), 1);
            await resume();
          }
        },
      },
    ]);
  },
};

const rollingRestart: TaskKindImpl = {
  ...produceConsume,
  async workload(t) {
    requireProcessControl(t);
    const start = Date.now();
    for (const broker of t.options.target.brokers()) {
      const fault = t.recordFault('broker-restart', `broker ${broker.id}`, { signal: 'SIGTERM' });
      await t.options.target.stopGracefully(broker.id);
      await t.options.target.start(broker.id);
      t.markHealed(fault, true);
      await t.sleep(2000);
    }
    await t.sleep(start + t.task.duration_ms - Date.now());
  },
};

const objectStoreFault: TaskKindImpl = {
  ...produceConsume,
  async workload(t, state) {
    const task = t.task as Extract<Task, { kind: 'object-store-fault' }>;
    const brokers = await brokerIds(t, task);
    await atOffsets(t, [
      {
        at_ms: task.at_ms,
        run: async () => {
          const fault = task.fault;
          const faults =
            fault.kind === 'latency'
              ? { latency_ms: fault.latency_ms, jitter_ms: fault.jitter_ms }
              : fault.kind === 'errors'
                ? { errorRate: fault.probability, errorTiming: 'random' }
                : { outage: { mode: 'fail' } };
          // The suite names operations as a user thinks of them; the broker by object-store call.
          const call = { read: 'get', write: 'put', list: 'list', delete: 'delete' } as const;
          const operations = new Set(task.operations.map((operation) => call[operation]));
          const spec: Record<string, unknown> = {};
          if (operations.size === 0 || operations.size === Object.keys(call).length) spec.all = faults;
          else for (const operation of operations) spec[operation] = faults;
          const records = brokers.map((id) =>
            t.recordFault('object-store-fault', `broker ${id} object store`, { spec }),
          );
          for (const id of brokers) await t.brokerAdmin(id, 'PUT', '/faults/object-store', spec);
          const clear = async (): Promise<void> => {
            for (const id of brokers) await t.brokerAdmin(id, 'DELETE', '/faults/object-store');
            for (const record of records) t.markHealed(record, true);
          };
          state.pendingHeals.push(clear);
          await t.sleep(task.for_ms);
          state.pendingHeals.splice(state.pendingHeals.indexOf(clear), 1);
          await clear();
        },
      },
    ]);
  },
};

const workerPreemption: TaskKindImpl = {
  ...produceConsume,
  async workload(t, state) {
    const task = t.task as Extract<Task, { kind: 'worker-preemption' }>;
    await atOffsets(t, [
      {
        at_ms: task.at_ms,
        run: async () => {
          const workers = t.options.fleet.workerIds();
          const wanted =
            task.kill.kind === 'count' ? task.kill.count : Math.round(workers.length * task.kill.fraction);
          const count = Math.max(1, Math.min(workers.length, wanted));
          const victims = workers.slice(0, count);
          const faults = victims.map((workerId) =>
            t.recordFault('worker-kill', `worker ${workerId}`, { signal: 'SIGKILL' }),
          );
          for (const workerId of victims) {
            t.expectWorkerLoss(workerId);
            await t.options.fleet.kill(workerId);
          }
          // Like a spot reclaim: the fleet replaces the workers and the lost roles start elsewhere.
          await t.options.fleet.ensure(workers.length);
          const lostProducers = state.producers.filter((r) => victims.includes(r.workerId));
          const lostConsumers = state.consumers.filter((r) => victims.includes(r.workerId));
          state.producers = state.producers.filter((r) => !lostProducers.includes(r));
          state.consumers = state.consumers.filter((r) => !lostConsumers.includes(r));
          if (lostConsumers.length > 0)
            state.consumers.push(...(await t.startConsumers({ consumers: lostConsumers.length })));
          if (lostProducers.length > 0)
            state.producers.push(...(await t.startProducers({ producers: lostProducers.length })));
          for (const fault of faults) t.markHealed(fault, true);
        },
      },
    ]);
  },
};

const catchUp: TaskKindImpl = {
  async prepare(t, state) {
    const task = t.task as Extract<Task, { kind: 'catch-up' }>;
    await t.createTopic(task.partitions);
    // Write the backlog before any consumer exists.
    const count =
      task.backlog.kind === 'records' ? task.backlog.count : Math.ceil(task.backlog.size_bytes / 1024);
    const rate = task.backlogRate.kind === 'max' ? 20_000 : task.backlogRate.perSecond;
    const writers = await t.startProducers({
      rate_per_s: rate,
      count: Math.ceil(count / Math.max(1, task.producers)),
    });
    await t.awaitCondition(
      () => writers.every((w) => t.options.collector.roles.get(w.roleId)?.final === true),
      Math.max(60_000, (count / rate) * 3000),
      `the backlog of ${count} records to be written`,
    );
    state.backlogEnd = await t.endOffsets();
    state.backlogBytes = writers.reduce(
      (sum, w) => sum + (t.options.collector.roles.get(w.roleId)?.counters.bytesAcked ?? 0),
      0,
    );
  },
  async warmup(t, state) {
    state.producers = await t.startProducers();
    await t.sleep(t.task.warmup_ms);
  },
  async workload(t, state) {
    const task = t.task as Extract<Task, { kind: 'catch-up' }>;
    state.drainStarted_ms = Date.now();
    state.consumers = await t.startConsumers({ from: 'earliest' });
    const end = state.backlogEnd ?? {};
    const start = Date.now();
    while (Date.now() - start < task.duration_ms) {
      if (state.drained_ms === undefined) {
        const seen = t.options.collector.maxSeenOffsets(['consumer']);
        if (
          Object.entries(end).every(
            ([partition, offset]) => offset === 0 || (seen.get(Number(partition)) ?? -1) >= offset - 1,
          )
        ) {
          state.drained_ms = Date.now() - state.drainStarted_ms;
          t.logger.info({ drain_ms: state.drained_ms }, 'backlog drained');
        }
      }
      await t.sleep(200);
    }
  },
  heal: healAll,
};

export const taskKinds: Readonly<Record<Task['kind'], TaskKindImpl>> = {
  'produce-consume': produceConsume,
  'experiment-replay': produceConsume,
  'catch-up': catchUp,
  'broker-kill': brokerKill,
  'broker-pause': brokerPause,
  'rolling-restart': rollingRestart,
  'object-store-fault': objectStoreFault,
  'worker-preemption': workerPreemption,
  'network-fault': networkFault,
  'partition-reassign': partitionReassign,
  scale,
  'self-test-mutation': selfTestMutation,
};
