// Benchmark of the controller under reported traffic: CPU and memory per 1000 records/s, against the idle controller.
//
//   npm run bench -- controller [--rates 1000,10000,50000] [--seconds 20] [--warmup 5] [--workers 4]
//                               [--producers 2] [--consumers 2] [--partitions 12] [--linger-ms 5]
//                               [--worker-nice 10]
//
// The controller is the real one, in this process: its HTTP server with the bus, REST and
// /metrics (startControllerServer), and per step what a task attempt runs (controller/tasks):
// a TaskToolkit starting producer and consumer roles, a ReportCollector fed by the runner's
// report listener with its once-a-second progress sample, and the checkers (evaluateTask) at the
// end. The workers are simulated (bench/lib/sim-host.ts) in one child process at a lower
// priority: real bus clients sending the reports real roles send, every second per role, with
// ledgers fragmented as interleaving producers fragment them (a batch per partition per linger)
// and latency histograms, but no Kafka. A step at rate R has producers acking R records/s and
// consumers reading them back, so each record is reported twice (acked and seen).
//
// Step 0 is the baseline: the same controller with the same workers connected and heart-beating,
// no roles. Per step: CPU of this process (cores, i.e. CPU-seconds per second), memory (RSS and
// heap: live, and after a forced GC at the end of the window), memory growth over the window
// after GC (what the task holds per second of workload), and the CPU of judging the attempt.
// Hard limit: 10 minutes.
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { createLogger } from '../common/log.ts';
import type { BusWorkerEvent } from '../controller/bus/server.ts';
import type { ClusterTarget } from '../controller/cluster/target.ts';
import type { TaskHistory } from '../controller/model.ts';
import { startControllerServer } from '../controller/server.ts';
import { ReportCollector, type RoleReportLike } from '../controller/tasks/collector.ts';
import { TaskToolkit } from '../controller/tasks/toolkit.ts';
import { judgeTask } from '../controller/verdict.ts';
import { parseSuite } from '../scenarios/load.ts';
import type { Task } from '../scenarios/suite.ts';
import { SimFleet } from './lib/sim-fleet.ts';

const deadline_ms = 10 * 60_000;

const { values: args } = parseArgs({
  options: {
    rates: { type: 'string', default: '1000,10000,50000' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    workers: { type: 'string', default: '4' },
    producers: { type: 'string', default: '2' },
    consumers: { type: 'string', default: '2' },
    partitions: { type: 'string', default: '12' },
    'linger-ms': { type: 'string', default: '5' },
    'worker-nice': { type: 'string', default: '10' },
  },
});

function positiveInt(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer, got ${text}`);
    process.exit(2);
  }
  return value;
}

const rates = (args.rates as string).split(',').map((r) => positiveInt('rates', r.trim()));
const seconds = positiveInt('seconds', args.seconds);
const warmup_s = positiveInt('warmup', args.warmup);
const workers = positiveInt('workers', args.workers);
const producers = positiveInt('producers', args.producers);
const consumers = positiveInt('consumers', args.consumers);
const partitions = positiveInt('partitions', args.partitions);
const linger_ms = positiveInt('linger-ms', args['linger-ms']);
const workerNice = Number(args['worker-nice']);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const gc = (globalThis as { gc?: () => void }).gc;
const MiB = 2 ** 20;

interface Memory {
  readonly rss: number;
  readonly heapUsed: number;
  /** ArrayBuffers (latency histograms' counts live there) and other memory outside the JS heap. */
  readonly external: number;
}

function memory(): Memory {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
}

/** Memory after a full collection: what is still referenced. */
function retained(): Memory {
  gc?.();
  gc?.();
  return memory();
}

/** The task the toolkit and the checkers see: the soak suite's shape at `rate`. */
function taskAt(rate: number): Task {
  const suite = parseSuite(
    `name: bench-controller
target: { external: { bootstrap: "127.0.0.1:9" } }
workers: ${workers}
defaults:
  partitions: ${partitions}
  producers: ${producers}
  consumers: ${consumers}
  rate: ${rate}/s
  payload: experiment
  warmup: ${warmup_s}s
  duration: ${seconds}s
  assert:
    produceLatency: { p99: 1s }
    endToEndLatency: { p99: 2s }
tasks:
  - name: steady
    kind: produce-consume
`,
    'bench-controller.yaml',
  );
  return suite.tasks[0] as Task;
}

/** The roles only need bootstrap addresses for their specs: the simulated workers never dial them. */
const noBroker: ClusterTarget = {
  kind: 'external',
  bootstrap: () => ['127.0.0.1:9'],
  brokers: () => [],
  processControl: 'simulated workers need no broker',
  kill: async () => {},
  pause: async () => {},
  resume: async () => {},
  start: async () => {},
  stopGracefully: async () => {},
  adminUrl: () => undefined,
  networkFault: async () => {},
  close: async () => {},
};

interface StepResult {
  readonly rate: number;
  readonly acked_per_s: number;
  readonly reports_per_s: number;
  readonly cpu_cores: number;
  readonly hostCpu_cores: number;
  readonly live: Memory;
  readonly kept: Memory;
  /** Retained heap + external growth per minute of workload (after GC at both ends of the window). */
  readonly growth_per_min: number;
  readonly judge_ms: number;
  /** Ledger runs (acked + seen) per second of the step: the size of the continuity evidence. */
  readonly runs_per_s: number;
  readonly verdict: string;
}

async function main(): Promise<void> {
  const cpuList = cpus();
  console.log('bench/controller.ts: controller CPU and memory per 1000 records/s of reported traffic');
  console.log(
    `  machine: ${cpuList[0]?.model ?? 'unknown cpu'} x ${cpuList.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `  params:  rates ${rates.join(', ')} records/s; ${workers} simulated workers (one process, nice ${workerNice}), ${producers} producers + ${consumers} consumers on ${partitions} partitions, linger ${linger_ms} ms, reports every 1 s per role; ${warmup_s} s warm-up + ${seconds} s measured per step${gc ? '' : '; no --expose-gc: "after GC" columns are live'}`,
  );
  const hardStop = setTimeout(() => {
    console.error(`bench/controller.ts: hard limit of ${deadline_ms / 1000} s reached; stopping`);
    process.exit(3);
  }, deadline_ms);
  hardStop.unref();

  const logger = createLogger({ name: 'bench-controller', level: 'warn' });
  const server = await startControllerServer({ host: '127.0.0.1', port: 0, logger });
  const fleet = new SimFleet({
    bus: server.bus,
    busUrl: server.busUrl,
    partitions,
    linger_ms,
    nice: workerNice,
  });
  const results: StepResult[] = [];
  try {
    await fleet.ensure(workers);
    for (const [index, rate] of [0, ...rates].entries()) {
      results.push(await step(index, rate));
      const r = results.at(-1) as StepResult;
      console.log(
        `  step ${index}: ${rate === 0 ? 'idle (baseline)' : `${rate} records/s`}: acked ${Math.round(r.acked_per_s)}/s, ${r.reports_per_s.toFixed(1)} reports/s, ${Math.round(r.runs_per_s)} ledger runs/s, controller ${(r.cpu_cores * 100).toFixed(1)}% of a core, RSS ${(r.live.rss / MiB).toFixed(0)} MiB${rate === 0 ? '' : `, verdict ${r.verdict}`}`,
      );
    }
  } finally {
    await fleet.close();
    await server.close();
  }
  print(results);
  process.exit(0);

  async function step(index: number, rate: number): Promise<StepResult> {
    const task = taskAt(Math.max(1, rate));
    const runId = `bench${index}`;
    const rolePrefix = `${task.name}-a1-`;
    const collector = new ReportCollector();
    let reports = 0;
    // As controller/tasks/runner.ts: reports of this attempt's roles go to its collector.
    const onEvent = (event: BusWorkerEvent): void => {
      if (event.type !== 'worker.report') return;
      const report = event.payload as unknown as RoleReportLike;
      if (typeof report.roleId !== 'string' || !report.roleId.startsWith(rolePrefix)) return;
      reports++;
      const problem = collector.add(report);
      if (problem) logger.warn(problem);
    };
    server.bus.on('event', onEvent);
    const ticker = setInterval(() => {
      const now = Date.now();
      const [last] = collector.samples(now - 2000, now - 1000);
      if (last && last.produceLatency.count > 0) last.produceLatency.percentile_ms(99);
    }, 1000);
    const abort = new AbortController();
    const toolkit = new TaskToolkit({
      task,
      runId,
      attempt: 1,
      topic: `${task.topic}.${runId}.a1`,
      target: noBroker,
      bus: server.bus,
      fleet,
      collector,
      logger,
      signal: abort.signal,
      seed: 1,
      faults: [],
    });
    const acked = (): number => {
      let total = 0;
      for (const role of collector.roles.values()) total += role.counters.acked;
      return total;
    };
    const started_ms = Date.now();
    if (rate > 0) {
      await toolkit.startConsumers({ from: 'earliest' });
      await toolkit.startProducers({ rate_per_s: rate });
    }
    await sleep(warmup_s * 1000);
    const workloadStart_ms = Date.now();
    const keptBefore = retained();
    const ackedBefore = acked();
    const reportsBefore = reports;
    const hostBefore = await fleet.usage();
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    await sleep(seconds * 1000);
    const cpu = process.cpuUsage(cpuBefore);
    const wall_s = (performance.now() - wallBefore) / 1000;
    const hostAfter = await fleet.usage();
    const live = memory();
    const ackedInWindow = acked() - ackedBefore;
    const reportsInWindow = reports - reportsBefore;
    const kept = retained();
    const workloadEnd_ms = Date.now();

    await toolkit.stopRoles(toolkit.roles.filter((r) => r.kind === 'producer'));
    await toolkit.stopAllRoles();
    clearInterval(ticker);
    server.bus.off('event', onEvent);
    let judge_ms = 0;
    let runs_per_s = 0;
    let verdict = '-';
    if (rate > 0) {
      const samples = [
        ...collector
          .samples(workloadStart_ms - task.warmup_ms, workloadStart_ms)
          .map((s) => ({ ...s, inWorkload: false })),
        ...collector.samples(workloadStart_ms, workloadEnd_ms).map((s) => ({ ...s, inWorkload: true })),
      ];
      const history: TaskHistory = {
        task,
        runId,
        attempt: 1,
        phases: [
          { name: 'warmup', start_ms: started_ms, end_ms: workloadStart_ms, outcome: 'ok', error: undefined },
          {
            name: 'workload',
            start_ms: workloadStart_ms,
            end_ms: workloadEnd_ms,
            outcome: 'ok',
            error: undefined,
          },
        ],
        samples,
        acked: collector.acked,
        seen: collector.seen,
        finalReadComplete: true,
        faults: [],
        catchUp: undefined,
        leadersPerBroker: undefined,
        lifecycleViolations: collector.lifecycleViolations,
        errors: [],
      };
      const judgeCpu = process.cpuUsage();
      const judged = judgeTask(history, 1, started_ms, Date.now());
      const used = process.cpuUsage(judgeCpu);
      judge_ms = (used.user + used.system) / 1000;
      runs_per_s =
        (collector.acked.runCount + collector.seen.runCount) / ((workloadEnd_ms - started_ms) / 1000);
      verdict =
        judged.status === 'pass'
          ? 'pass'
          : `${judged.status} (${[
              ...judged.assertions.filter((a) => a.status === 'fail').map((a) => `${a.id}: ${a.message}`),
              ...judged.errors,
            ].join('; ')})`;
    }
    return {
      rate,
      acked_per_s: ackedInWindow / wall_s,
      reports_per_s: reportsInWindow / wall_s,
      cpu_cores: (cpu.user + cpu.system) / 1e6 / wall_s,
      hostCpu_cores: (hostAfter.cpu_us - hostBefore.cpu_us) / 1e6 / wall_s,
      live,
      kept,
      growth_per_min:
        ((kept.heapUsed + kept.external - keptBefore.heapUsed - keptBefore.external) / wall_s) * 60,
      judge_ms,
      runs_per_s,
      verdict,
    };
  }
}

function print(results: readonly StepResult[]): void {
  const idle = results[0] as StepResult;
  const mib = (bytes: number) => (bytes / MiB).toFixed(1).padStart(7);
  console.log('');
  console.log(
    '  rate rec/s   acked/s  reports/s  CPU cores  RSS MiB  heap MiB  ext MiB | after GC: heap  ext MiB  growth MiB/min | judge ms  sim-worker CPU',
  );
  for (const r of results) {
    console.log(
      `  ${String(r.rate === 0 ? 'idle' : r.rate).padStart(10)} ${String(Math.round(r.acked_per_s)).padStart(9)} ${r.reports_per_s.toFixed(1).padStart(10)} ${r.cpu_cores.toFixed(3).padStart(10)} ${mib(r.live.rss).padStart(8)} ${mib(r.live.heapUsed).padStart(9)} ${mib(r.live.external).padStart(8)} | ${mib(r.kept.heapUsed).padStart(14)} ${mib(r.kept.external).padStart(8)} ${(r.growth_per_min / MiB).toFixed(2).padStart(15)} | ${r.judge_ms.toFixed(0).padStart(8)} ${r.hostCpu_cores.toFixed(3).padStart(15)}`,
    );
  }
  console.log('');
  console.log(
    '  per 1000 records/s reported, above the idle baseline (each record is reported twice: acked and seen):',
  );
  for (const r of results.slice(1)) {
    const k = r.acked_per_s / 1000;
    if (k <= 0) continue;
    const cpu_ms = ((r.cpu_cores - idle.cpu_cores) * 1000) / k;
    console.log(
      `    at ${String(r.rate).padStart(6)} rec/s: CPU ${cpu_ms.toFixed(1).padStart(6)} ms per second (${((cpu_ms / 1000) * 100).toFixed(2)}% of a core); RSS ${((r.live.rss - idle.live.rss) / MiB / k).toFixed(2).padStart(6)} MiB; retained heap+ext growth ${(r.growth_per_min / MiB / k).toFixed(2).padStart(6)} MiB per minute of workload; judging ${(r.judge_ms / k).toFixed(1)} ms`,
    );
  }
  console.log(
    `  idle controller (${workers} workers heart-beating): ${(idle.cpu_cores * 100).toFixed(2)}% of a core, RSS ${(idle.live.rss / MiB).toFixed(0)} MiB, heap ${(idle.kept.heapUsed / MiB).toFixed(1)} MiB after GC`,
  );
  console.log(
    `  load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other processes slow the simulated workers and the controller down)`,
  );
}

await main();
