// `longhaul worker` on the real event bus: roles on command, reports, rate changes, pause, stop, SIGTERM drain.
import { describe, expect, it } from 'vitest';
import type { RoleReport, RoleSpecInput } from '../../common/bus/roles.ts';
import { checkContinuity, describeContinuity } from '../../common/continuity-check.ts';
import { LatencyHistogram } from '../../common/histogram.ts';
import { Ledger } from '../../common/ledger.ts';
import { startController, type TestController } from '../../controller/bus/test-kit.ts';
import { startTestBroker } from '../helpers/broker.ts';
import { freePort } from '../helpers/ports.ts';
import { waitFor } from '../helpers/wait.ts';
import { spawnWorkerCli } from './cli.ts';

/** Every report the controller received, by role. */
function collectReports(controller: TestController) {
  const byRole = new Map<string, RoleReport[]>();
  controller.bus.on('event', (event) => {
    if (event.type !== 'worker.report') return;
    const list = byRole.get(event.payload.roleId) ?? [];
    list.push(event.payload);
    byRole.set(event.payload.roleId, list);
  });
  const of = (roleId: string) => byRole.get(roleId) ?? [];
  return {
    of,
    last: (roleId: string) => of(roleId).at(-1),
    final: (roleId: string) => of(roleId).find((r) => r.final),
    /** The sum of a role's ledger deltas, as the controller merges them. */
    ledger(roleId: string): Ledger {
      const merged = new Ledger();
      for (const r of of(roleId)) {
        const wire = r.ackedLedger ?? r.seenLedger;
        if (wire) merged.merge(Ledger.decode(wire));
      }
      return merged;
    },
  };
}

async function startWorker(controller: TestController, workerId: string) {
  const registered = new Promise<void>((resolve) =>
    controller.bus.on('worker-registered', (info) => {
      if (info.workerId === workerId) resolve();
    }),
  );
  const worker = spawnWorkerCli([
    'worker',
    '--controller',
    controller.url,
    '--id',
    workerId,
    '--labels',
    'zone=a,pool=spot',
    '--metrics-listen',
    '127.0.0.1:0',
  ]);
  await Promise.race([
    registered,
    worker.exited.then((status) => {
      throw new Error(`worker exited (${JSON.stringify(status)}) before registering\n${worker.tail()}`);
    }),
  ]);
  const metricsPort = Number((await worker.waitForOutput(/"metricsPort":(\d+)/))[1]);
  return { worker, metricsPort };
}

const producerSpec = (bootstrap: string, topic: string, extra: Partial<RoleSpecInput> = {}): RoleSpecInput =>
  ({
    kind: 'producer',
    roleId: 'p1',
    runId: 'run-bus',
    producerId: 'w-1/p1',
    bootstrap: [bootstrap],
    topic,
    rate: { kind: 'records', perSecond: 500 },
    payload: { kind: 'experiment' },
    createPartitions: 3,
    report_ms: 250,
    ...extra,
  }) as RoleSpecInput;

describe('longhaul worker on the event bus', () => {
  it('runs a producer, a consumer and a reader on command; their merged ledgers pass the continuity check', async () => {
    const broker = await startTestBroker();
    const controller = await startController(await freePort());
    try {
      const reports = collectReports(controller);
      const { metricsPort } = await startWorker(controller, 'w-1');
      expect(controller.bus.worker('w-1')?.labels).toEqual({ zone: 'a', pool: 'spot' });
      const bus = controller.bus;

      await bus.request('w-1', 'role.start', {
        roleId: 'p1',
        spec: producerSpec(broker.bootstrap, 'bus', { count: 3000 }),
      });
      // The topic exists once the producer runs: then the consumer can start.
      await waitFor(() => (reports.last('p1')?.counters.acked ?? 0) > 0, {
        timeout_ms: 20_000,
        what: 'first acks',
      });
      await bus.request('w-1', 'role.start', {
        roleId: 'c1',
        spec: {
          kind: 'consumer',
          roleId: 'c1',
          runId: 'run-bus',
          bootstrap: [broker.bootstrap],
          topic: 'bus',
          from: 'earliest',
          decode: true,
          report_ms: 250,
        },
      });
      // A repeated start with the same spec is a no-op; another spec under a running id is refused.
      await expect(
        bus.request('w-1', 'role.start', {
          roleId: 'p1',
          spec: producerSpec(broker.bootstrap, 'bus', { count: 3000 }),
        }),
      ).resolves.toEqual({ roleId: 'p1' });
      await expect(
        bus.request('w-1', 'role.start', {
          roleId: 'p1',
          spec: producerSpec(broker.bootstrap, 'bus', { count: 7 }),
        }),
      ).rejects.toThrow(/already runs with a different spec/);

      // rate.set takes effect at once.
      await expect(
        bus.request('w-1', 'rate.set', { roleId: 'p1', rate_per_s: 1500, unit: 'messages' }),
      ).resolves.toEqual({ roleId: 'p1', rate_per_s: 1500 });
      await waitFor(() => reports.last('p1')?.targetRate_per_s === 1500, { what: 'the new target rate' });

      // Pausing the consumer stops consumption; resuming catches up.
      await expect(bus.request('w-1', 'role.pause', { roleId: 'c1' })).resolves.toEqual({
        roleId: 'c1',
        paused: true,
      });
      await waitFor(() => reports.last('c1')?.targetRate_per_s === 0 && reports.of('c1').length > 2, {
        what: 'reports',
      });
      const pausedAt = reports.last('c1')!.counters.consumed;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(reports.last('c1')!.counters.consumed - pausedAt).toBeLessThanOrEqual(500);
      await expect(bus.request('w-1', 'role.resume', { roleId: 'c1' })).resolves.toEqual({
        roleId: 'c1',
        paused: false,
      });

      const producerFinal = await waitFor(() => reports.final('p1'), {
        timeout_ms: 30_000,
        what: 'producer final report',
      });
      expect(producerFinal).toMatchObject({
        state: 'done',
        counters: { scheduled: 3000, acked: 3000, failed: 0 },
      });
      await waitFor(() => (reports.last('c1')?.counters.consumed ?? 0) >= 3000, {
        timeout_ms: 30_000,
        what: 'the consumer to see every record',
      });
      expect(reports.last('c1')?.lag).toBe(0);

      // role.stop replies after the final report went out.
      await expect(
        bus.request('w-1', 'role.stop', { roleId: 'c1' }, { timeout_ms: 30_000 }),
      ).resolves.toEqual({
        roleId: 'c1',
        wasRunning: true,
      });
      const consumerFinal = reports.final('c1');
      expect(consumerFinal).toMatchObject({
        state: 'done',
        counters: {
          consumed: 3000,
          localDuplicates: 0,
          localReorders: 0,
          decodeErrors: 0,
          lifecycleViolations: 0,
        },
      });
      await expect(bus.request('w-1', 'role.stop', { roleId: 'c1' })).resolves.toEqual({
        roleId: 'c1',
        wasRunning: false,
      });

      // Report sequences have no gaps and every ledger delta adds up.
      for (const roleId of ['p1', 'c1']) {
        expect(reports.of(roleId).map((r) => r.reportSeq)).toEqual(reports.of(roleId).map((_, i) => i));
      }
      const acked = reports.ledger('p1');
      expect(acked.recordCount).toBe(3000);
      const continuity = checkContinuity(acked, reports.ledger('c1'));
      expect(continuity.ok, describeContinuity(continuity)).toBe(true);
      expect(continuity.seen).toBe(3000);
      const e2e = new LatencyHistogram();
      for (const r of reports.of('c1'))
        if (r.endToEndLatency) e2e.merge(LatencyHistogram.decode(r.endToEndLatency));
      expect(e2e.count).toBe(3000);

      // A catch-up reader drains the topic to its end and reports what it saw.
      await bus.request('w-1', 'role.start', {
        roleId: 'r1',
        spec: {
          kind: 'reader',
          roleId: 'r1',
          runId: 'run-bus',
          bootstrap: [broker.bootstrap],
          topic: 'bus',
          from: 'earliest',
          report_ms: 250,
        },
      });
      const readerFinal = await waitFor(() => reports.final('r1'), {
        timeout_ms: 30_000,
        what: 'reader final report',
      });
      expect(readerFinal.state).toBe('done');
      expect(readerFinal.reachedEnd_ms).toBeGreaterThan(0);
      expect(readerFinal.achievedRate_per_s).toBeGreaterThan(0);
      expect(Object.values(readerFinal.endOffsets ?? {}).reduce((a, b) => a + b, 0)).toBe(3000);
      expect(checkContinuity(acked, reports.ledger('r1')).ok).toBe(true);

      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(metrics).toMatch(/longhaul_worker_records_acked_total\{kind="producer",topic="bus"\} 3000/);
      expect(metrics).toMatch(/longhaul_worker_records_consumed_total\{kind="consumer",topic="bus"\} 3000/);
      expect(metrics).toMatch(/longhaul_worker_produce_latency_seconds_count\{topic="bus"\} 3000/);

      // Commands for roles that do not run fail clearly.
      await expect(
        bus.request('w-1', 'rate.set', { roleId: 'nope', rate_per_s: 1, unit: 'messages' }),
      ).rejects.toThrow(/no role nope runs on worker w-1/);

      // A role that cannot reach its cluster is accepted, then ends as failed, naming the address.
      const nowhere = `127.0.0.1:${await freePort()}`;
      await bus.request('w-1', 'role.start', {
        roleId: 'lost',
        spec: { ...producerSpec(nowhere, 'bus'), roleId: 'lost' } as RoleSpecInput,
      });
      const failed = await waitFor(() => reports.final('lost'), {
        timeout_ms: 30_000,
        what: 'the failed role',
      });
      expect(failed.state).toBe('failed');
      expect(failed.error).toContain(nowhere);
    } finally {
      await controller.stop();
    }
  });

  it('on SIGTERM stops scheduling, drains, sends final reports and exits 0', async () => {
    const broker = await startTestBroker();
    const controller = await startController(await freePort());
    try {
      const reports = collectReports(controller);
      const { worker } = await startWorker(controller, 'w-term');
      await controller.bus.request('w-term', 'role.start', {
        roleId: 'p1',
        spec: producerSpec(broker.bootstrap, 'term', { rate: { kind: 'records', perSecond: 300 } }),
      });
      await waitFor(() => (reports.last('p1')?.counters.acked ?? 0) > 300, {
        timeout_ms: 20_000,
        what: 'acks',
      });
      const status = await worker.stop('SIGTERM', 30_000);
      expect(status).toEqual({ code: 0, signal: null });
      const final = reports.final('p1');
      expect(final, 'a final report').toBeDefined();
      expect(final).toMatchObject({ state: 'done', final: true, inFlight: 0 });
      expect(final!.counters.failed).toBe(0);
      expect(final!.counters.acked).toBe(final!.counters.sent);
      // Everything acked is in the ledger deltas, and nothing more.
      expect(reports.ledger('p1').recordCount).toBe(final!.counters.acked);
      expect(worker.stderr).toMatch(/shutting down: draining roles/);
    } finally {
      await controller.stop();
    }
  });
});
