// The network-fault task kind: a fault in the TCP proxies in front of the brokers for `for`, then the heal.
import type { ClusterTarget } from '../../controller/cluster/target.ts';
import { answersApiVersions } from '../../controller/faults/probe.ts';
import type { NetworkFaultSpec } from '../../controller/faults/proxy.ts';
import type { FaultRecord } from '../../controller/model.ts';
import type { TaskToolkit } from '../../controller/tasks/toolkit.ts';
import type { NetworkFaultTask } from '../suite.ts';
// kinds.ts imports this module too: its bindings are used only inside functions, never while loading.
import { atOffsets, brokerIds, healAll, type KindState, produceConsume, type TaskKindImpl } from './kinds.ts';

/** A heal is verified when a fresh connection through the proxy gets an answer within this. */
const verifyWithin_ms = 15_000;
const verifyAttempt_ms = 5000;

export const networkFault: TaskKindImpl = {
  prepare: (t, state) => produceConsume.prepare(t, state),
  warmup: (t, state) => produceConsume.warmup(t, state),
  async workload(t, state) {
    const task = t.task as NetworkFaultTask;
    await atOffsets(t, [{ at_ms: task.at_ms, run: () => injectForAWhile(t, state, task) }]);
  },
  heal: (t, state) => healAll(t, state),
};

async function injectForAWhile(t: TaskToolkit, state: KindState, task: NetworkFaultTask): Promise<void> {
  const target = t.options.target;
  const ids = await brokerIds(t, task);
  if (ids.length === 0) {
    throw new Error(
      `task ${task.name}: no broker matches its target (brokers: ${target
        .brokers()
        .map((b) => b.id)
        .join(', ')})`,
    );
  }
  const spec: NetworkFaultSpec = { fault: task.fault, direction: task.direction };
  const injected: { id: number; record: FaultRecord }[] = [];
  const heal = async (): Promise<void> => {
    for (const { id, record } of injected) {
      await target.networkFault(id, undefined);
      t.markHealed(record, false);
    }
    // Verified: the healed proxy passes a request to the broker and its answer back.
    const verified = await Promise.all(injected.map(({ id }) => passesTraffic(t, target, id)));
    injected.forEach(({ record }, i) => {
      if (verified[i]) t.markHealed(record, true);
    });
  };
  state.pendingHeals.push(heal);
  for (const id of ids) {
    // Rejects with the reason on a target without proxies (kubernetes), before anything is recorded.
    await target.networkFault(id, spec);
    const record = t.recordFault(`network-${task.fault.kind}`, `broker ${id}`, {
      fault: task.fault,
      direction: task.direction,
      proxy: target.brokers().find((b) => b.id === id)?.address,
    });
    injected.push({ id, record });
  }
  await t.sleep(task.for_ms);
  state.pendingHeals.splice(state.pendingHeals.indexOf(heal), 1);
  await heal();
}

async function passesTraffic(t: TaskToolkit, target: ClusterTarget, id: number): Promise<boolean> {
  const address = target.brokers().find((b) => b.id === id)?.address;
  if (!address) return false;
  const deadline = Date.now() + verifyWithin_ms;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      await answersApiVersions(address, Math.min(verifyAttempt_ms, Math.max(100, deadline - Date.now())));
      return true;
    } catch (error) {
      lastError = (error as Error).message;
      // Not t.sleep: the heal also runs in cleanup, after an interruption.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  t.logger.warn({ broker: id, proxy: address, err: lastError }, 'healed proxy does not pass traffic');
  return false;
}
