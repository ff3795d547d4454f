// The task loop of one task: prepare -> warmup -> workload -> cleanup, interruptible, retried, recorded.
import { LatencyHistogram } from '../../common/histogram.ts';
import type { Logger } from '../../common/log.ts';
import type { Task } from '../../scenarios/suite.ts';
import { type KindState, newKindState, taskKinds } from '../../scenarios/tasks/kinds.ts';
import type { BusServer, BusWorkerEvent, WorkerInfo } from '../bus/server.ts';
import { measureRecovery_ms } from '../checkers/recovery.ts';
import type { ClusterTarget } from '../cluster/target.ts';
import type { Fleet } from '../fleet/fleet.ts';
import type { FaultRecord, PhaseName, PhaseRecord, TaskHistory } from '../model.ts';
import { ReportCollector, type RoleReportLike } from './collector.ts';
import { TaskInterrupted, TaskToolkit } from './toolkit.ts';

export interface RunnerDeps {
  readonly runId: string;
  readonly target: ClusterTarget;
  readonly bus: BusServer;
  readonly fleet: Fleet;
  readonly workers: number;
  readonly logger: Logger;
  readonly seed: number;
  /** Aborted by SIGTERM or an operator: the current task is interrupted and not retried. */
  readonly stopSignal: AbortSignal;
  /** Leave the attempt's topic on the cluster after cleanup (`--keep-topics`); default: delete it. */
  readonly keepTopics?: boolean;
  /** Told about phase changes and progress, for the console and the REST API. */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Told when a fault is injected and when it is healed. */
  readonly onFault?: (fault: FaultRecord, change: 'injected' | 'healed') => void;
}

export type ProgressEvent =
  | {
      readonly type: 'phase';
      readonly task: string;
      readonly attempt: number;
      readonly phase: PhaseName;
      readonly ends_ms: number | undefined;
    }
  | {
      readonly type: 'sample';
      readonly task: string;
      readonly acked_per_s: number;
      readonly target_per_s: number;
      readonly p99_ms: number;
      readonly errors: number;
    }
  | {
      readonly type: 'interrupted';
      readonly task: string;
      readonly attempt: number;
      readonly reason: string;
    };

/** Safety margin a phase gets beyond its planned length before it counts as timed out. */
const phaseSlack_ms = 30_000;
/** Bounds of cleanup's waits. */
const drainWait_ms = 30_000;
const finalReadWait_ms = 120_000;
const deleteTopicWait_ms = 30_000;

/**
 * The attempt's own topic: the whole run id, so that no two runs share one (run ids start with
 * the date: its first 8 characters alone gave every run of a day, and every iteration of a soak,
 * the same topic, whose final read then re-read all earlier iterations and whose consumer group
 * resumed from their offsets).
 */
export function topicFor(task: Task, runId: string, attempt: number): string {
  const suffix = `.${runId.replace(/[^A-Za-z0-9._-]/g, '-')}.a${attempt}`;
  // Kafka topic names are at most 249 characters.
  return `${task.topic.slice(0, Math.max(1, 249 - suffix.length))}${suffix}`;
}

/** Runs one attempt of a task and returns what happened; never throws for product behaviour. */
export async function runAttempt(
  task: Task,
  attempt: number,
  deps: RunnerDeps,
): Promise<{ history: TaskHistory; interrupted: string | undefined }> {
  const logger = deps.logger.child({ task: task.name, attempt });
  const collector = new ReportCollector();
  const faults: FaultRecord[] = [];
  const phases: PhaseRecord[] = [];
  const errors: string[] = [];
  const abort = new AbortController();
  const onStop = (): void => abort.abort(String(deps.stopSignal.reason ?? 'stopped by the operator'));
  deps.stopSignal.addEventListener('abort', onStop, { once: true });
  const rolePrefix = `${task.name}-a${attempt}-`;
  const toolkit = new TaskToolkit({
    task,
    runId: deps.runId,
    attempt,
    topic: topicFor(task, deps.runId, attempt),
    target: deps.target,
    bus: deps.bus,
    fleet: deps.fleet,
    collector,
    logger,
    signal: abort.signal,
    seed: deps.seed,
    faults,
    onFault: deps.onFault,
  });
  const onEvent = (event: BusWorkerEvent): void => {
    if (event.type !== 'worker.report') return;
    const report = event.payload as unknown as RoleReportLike;
    if (typeof report.roleId !== 'string' || !report.roleId.startsWith(rolePrefix)) return;
    const problem = collector.add(report);
    if (problem) logger.warn(problem);
  };
  const onLost = (info: WorkerInfo): void => {
    if (toolkit.expectedLosses.has(info.workerId)) return;
    if (!toolkit.roles.some((r) => r.workerId === info.workerId)) return;
    abort.abort(`worker ${info.workerId} was lost`);
  };
  deps.bus.on('event', onEvent);
  deps.bus.on('worker-lost', onLost);
  const ticker = setInterval(() => {
    const now = Date.now();
    const [last] = collector.samples(now - 2000, now - 1000);
    if (!last) return;
    deps.onProgress?.({
      type: 'sample',
      task: task.name,
      acked_per_s: last.acked,
      target_per_s: last.targetRate_per_s,
      p99_ms: last.produceLatency.count > 0 ? last.produceLatency.percentile_ms(99) : 0,
      errors: last.failed,
    });
  }, 1000);
  ticker.unref();

  const kind = taskKinds[task.kind];
  const state: KindState = newKindState();
  let workloadStart_ms = Date.now();
  let workloadEnd_ms = Date.now();
  let interrupted: string | undefined;

  const phase = async (
    name: PhaseName,
    planned_ms: number,
    limit_ms: number,
    body: () => Promise<void>,
  ): Promise<boolean> => {
    const record: PhaseRecord = {
      name,
      start_ms: Date.now(),
      end_ms: undefined,
      outcome: undefined,
      error: undefined,
    };
    phases.push(record);
    deps.onProgress?.({
      type: 'phase',
      task: task.name,
      attempt,
      phase: name,
      ends_ms: planned_ms > 0 ? Date.now() + planned_ms : undefined,
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), limit_ms);
    });
    try {
      const outcome = await Promise.race([body().then(() => 'ok' as const), timeout]);
      if (outcome === 'timeout') {
        record.outcome = 'timed-out';
        record.error = `${name} did not finish within ${limit_ms} ms`;
        errors.push(record.error);
        abort.abort(record.error);
        return false;
      }
      record.outcome = 'ok';
      return true;
    } catch (error) {
      if (error instanceof TaskInterrupted || abort.signal.aborted) {
        record.outcome = 'interrupted';
        interrupted = String(abort.signal.reason ?? (error as Error).message);
        return false;
      }
      record.outcome = 'error';
      record.error = (error as Error).message;
      errors.push(`${name}: ${(error as Error).message}`);
      logger.error({ err: error }, `${name} failed`);
      return false;
    } finally {
      clearTimeout(timer);
      record.end_ms = Date.now();
    }
  };

  let finalReadComplete = false;
  try {
    await deps.fleet.ensure(deps.workers);
    const ok =
      (await phase('prepare', 0, task.timeouts.prepare_ms, () => kind.prepare(toolkit, state))) &&
      (await phase('warmup', task.warmup_ms, task.warmup_ms + task.timeouts.warmup_ms + phaseSlack_ms, () =>
        kind.warmup(toolkit, state),
      )) &&
      (await phase(
        'workload',
        task.duration_ms,
        task.duration_ms + task.timeouts.workload_ms + phaseSlack_ms,
        async () => {
          workloadStart_ms = Date.now();
          try {
            await kind.workload(toolkit, state);
          } finally {
            workloadEnd_ms = Date.now();
          }
        },
      ));
    void ok;
  } finally {
    // Cleanup runs whatever happened: heal faults, stop producers, let consumers drain, read
    // back, delete the topic.
    const cleanupLimit_ms = task.timeouts.cleanup_ms + finalReadWait_ms + deleteTopicWait_ms;
    await phase('cleanup', 0, cleanupLimit_ms, async () => {
      await kind
        .heal(toolkit, state)
        .catch((error: unknown) => errors.push(`heal: ${(error as Error).message}`));
      for (const fault of faults)
        if (fault.healedAt_ms === undefined)
          errors.push(`fault ${fault.id} (${fault.kind} on ${fault.target}) was not healed`);
      await toolkit.stopRoles(
        state.producers.length > 0 ? state.producers : toolkit.roles.filter((r) => r.kind === 'producer'),
      );
      let endOffsets: Record<string, number> = {};
      try {
        endOffsets = await toolkit.endOffsets();
      } catch (error) {
        errors.push(`cannot read end offsets: ${(error as Error).message}`);
      }
      const deadline = Date.now() + drainWait_ms;
      while (Date.now() < deadline && state.consumers.length > 0) {
        const seen = collector.maxSeenOffsets(['consumer']);
        if (
          Object.entries(endOffsets).every(([p, end]) => end === 0 || (seen.get(Number(p)) ?? -1) >= end - 1)
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      await toolkit.stopAllRoles();
      if (Object.keys(endOffsets).length > 0 && !interrupted) {
        try {
          finalReadComplete = await toolkit.finalReadWithoutInterrupt(endOffsets, finalReadWait_ms);
        } catch (error) {
          errors.push(`final read failed: ${(error as Error).message}`);
        }
        if (!finalReadComplete)
          errors.push('the final read did not reach the end offsets of every partition');
      }
      // Nothing reads this attempt's topic again (a retry writes its own), and a soak that kept
      // every topic would fill the cluster's store. Not deleting it is no failure of the product.
      if (toolkit.topicCreated && !deps.keepTopics) {
        try {
          const outcome = await toolkit.deleteTopic(deleteTopicWait_ms);
          logger.debug({ topic: toolkit.topic, outcome }, 'task topic deleted');
        } catch (error) {
          const reason = (error as Error).message;
          logger.warn({ topic: toolkit.topic, reason }, `${reason}; the topic stays on the cluster`);
        }
      }
    });
    clearInterval(ticker);
    deps.bus.off('event', onEvent);
    deps.bus.off('worker-lost', onLost);
    deps.stopSignal.removeEventListener('abort', onStop);
  }
  if (interrupted) deps.onProgress?.({ type: 'interrupted', task: task.name, attempt, reason: interrupted });

  const samples = [
    ...collector
      .samples(workloadStart_ms - task.warmup_ms, workloadStart_ms)
      .map((s) => ({ ...s, inWorkload: false })),
    ...collector.samples(workloadStart_ms, workloadEnd_ms).map((s) => ({ ...s, inWorkload: true })),
  ];
  const p99Of = (list: typeof samples): number | undefined => {
    const merged = new LatencyHistogram();
    for (const sample of list) merged.merge(sample.produceLatency);
    return merged.count > 0 ? merged.percentile_ms(99) : undefined;
  };
  // Recovery of each fault: until throughput and latency were back in bounds (see checkers/recovery.ts).
  for (const fault of faults) fault.recovery_ms ??= measureRecovery_ms(task, samples, fault);
  const drainEnd_ms =
    state.drainStarted_ms !== undefined ? state.drainStarted_ms + (state.drained_ms ?? task.duration_ms) : 0;
  const history: TaskHistory = {
    task,
    runId: deps.runId,
    attempt,
    phases,
    samples,
    acked: collector.acked,
    seen: collector.seen,
    finalReadComplete,
    faults,
    catchUp:
      task.kind === 'catch-up'
        ? {
            backlogRecords: Object.values(state.backlogEnd ?? {}).reduce((a, b) => a + b, 0),
            backlogBytes: state.backlogBytes ?? 0,
            drain_ms: state.drained_ms,
            // The second half of the warmup: its first half holds the producers' connecting.
            baselineProduceP99_ms: p99Of(
              samples.filter((s) => !s.inWorkload && s.start_ms >= workloadStart_ms - task.warmup_ms / 2),
            ),
            drainProduceP99_ms: p99Of(samples.filter((s) => s.inWorkload && s.start_ms < drainEnd_ms)),
          }
        : undefined,
    leadersPerBroker: undefined,
    lifecycleViolations: collector.lifecycleViolations,
    errors,
  };
  for (const [roleId, role] of collector.roles) {
    if (role.state === 'failed') errors.push(`role ${roleId} failed: ${role.error ?? 'no reason given'}`);
  }
  return { history, interrupted };
}
