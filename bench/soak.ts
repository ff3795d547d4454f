// Benchmark of the soak loop's memory: a compressed soak, sampling RSS and heap, against a 5% growth target.
//
//   npm run bench -- soak [--duration 30m] [--sample-every 5s] [--rate 20000] [--task-duration 4s]
//                         [--workers 4] [--partitions 12] [--warm-up 10%] [--linger-ms 5]
//                         [--worker-nice 10] [--bootstrap host:port] [--keep] [--snapshots dir]
//
// Runs in this process what `longhaul soak` runs (controller/soak.ts), iteration after iteration
// for --duration: runSuiteOnce (controller/run.ts: task loop, toolkit, report collector, checkers,
// verdict metrics, REST state) and after each iteration the soak's bookkeeping (the last 500
// iterations kept, soak reports rewritten with the statistics across iterations). The controller
// server (bus, REST, /metrics) and the target (one embedded broker: topics, end offsets, the
// broker-kill fault) are real; the workers are simulated (bench/lib/sim-host.ts: real bus clients,
// reports like real roles, no Kafka traffic), so that iterations take seconds instead of hours:
// four tasks per iteration (steady traffic, a catch-up, a worker preemption, a broker SIGKILL and
// restart) of a few seconds each, at --rate records/s. With --bootstrap, an external broker serves
// as the target instead and the broker SIGKILL task is left out (an external target refuses it).
//
// Every --sample-every, RSS and heap are sampled live and again after a forced GC. The growth is
// measured from the first sample after the warm-up (--warm-up, 10% of the run) to the end: the
// mean of the first three stabilised samples against the mean of the last three, and the
// least-squares trend over all stabilised samples. Target: RSS growth <= 5%.
// The run's console progress goes to <report dir>/progress.log. Stops by itself after --duration
// plus the iteration in flight (hard limit: --duration + 10 minutes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeHeapSnapshot } from 'node:v8';
import { createLogger } from '../common/log.ts';
import { parseDuration_ms } from '../common/units.ts';
import { EmbeddedCluster } from '../controller/cluster/embedded.ts';
import type { ClusterTarget } from '../controller/cluster/target.ts';
import type { RunVerdict } from '../controller/model.ts';
import { newRunId, type RunContext, runSuiteOnce } from '../controller/run.ts';
import { startControllerServer } from '../controller/server.ts';
import { renderRunSummary, writeSoakReports } from '../controller/verdict.ts';
import { parseSuite } from '../scenarios/load.ts';
import { SimFleet } from './lib/sim-fleet.ts';

const target_growth = 0.05;
/** As controller/soak.ts: the iterations kept in full. */
const keptIterations = 500;

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30m' },
    'sample-every': { type: 'string', default: '5s' },
    rate: { type: 'string', default: '20000' },
    'task-duration': { type: 'string', default: '4s' },
    workers: { type: 'string', default: '4' },
    partitions: { type: 'string', default: '12' },
    'warm-up': { type: 'string', default: '10%' },
    'linger-ms': { type: 'string', default: '5' },
    'worker-nice': { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
    bootstrap: { type: 'string' },
    /** Writes heap snapshots there after iteration 3 and after the last (to diff; they inflate RSS). */
    snapshots: { type: 'string' },
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

const duration_ms = parseDuration_ms(args.duration as string);
const sampleEvery_ms = parseDuration_ms(args['sample-every'] as string);
const rate = positiveInt('rate', args.rate);
const taskDuration_ms = parseDuration_ms(args['task-duration'] as string);
const workers = positiveInt('workers', args.workers);
const partitions = positiveInt('partitions', args.partitions);
const warmUpFraction = Number((args['warm-up'] as string).replace(/%$/, '')) / 100;
const linger_ms = positiveInt('linger-ms', args['linger-ms']);
const workerNice = Number(args['worker-nice']);
const bootstrap = args.bootstrap;
if (!(warmUpFraction >= 0 && warmUpFraction < 1)) {
  console.error(`--warm-up must be a percentage below 100%, got ${args['warm-up']}`);
  process.exit(2);
}

const gc = (globalThis as { gc?: () => void }).gc;
const MiB = 2 ** 20;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Sample {
  readonly t_ms: number;
  readonly iterations: number;
  readonly rss: number;
  readonly heapUsed: number;
  /** After a forced full GC. */
  readonly gcRss: number;
  readonly gcHeapUsed: number;
  readonly gcExternal: number;
}

/** The compressed suite: every kind the soak suite runs that the simulated workers can serve. */
function compressedSuite() {
  const seconds = (ms: number) => `${Math.max(1, Math.round(ms / 1000))}s`;
  const at = seconds(taskDuration_ms / 4);
  return parseSuite(
    `name: soak-bench
target:
  embedded: { brokers: 1 }
workers: ${workers}
soak:
  interval: 1s
defaults:
  partitions: ${partitions}
  producers: 2
  consumers: 2
  rate: ${rate}/s
  payload: experiment
  warmup: 1s
  duration: ${seconds(taskDuration_ms)}
  retries: 1
  assert:
    produceLatency: { p99: 1s }
    endToEndLatency: { p99: 2s }
    recovery: 20s
tasks:
  - name: steady
    kind: produce-consume
  - name: catch-up
    kind: catch-up
    backlog: ${rate * 2}
    drainWithin: ${seconds(taskDuration_ms)}
    maxProducerP99Increase: 200%
    assert:
      endToEndLatency: false
  - name: preemption
    kind: worker-preemption
    count: 1
    at: ${at}
    assert:
      produceLatency: false
      endToEndLatency: false
${
  bootstrap
    ? ''
    : `  - name: kill-broker
    kind: broker-kill
    target: leader-of-busiest-partition
    at: ${at}
    restartAfter: 1s
    assert:
      produceLatency: false
      endToEndLatency: false
`
}`,
    'soak-bench.yaml',
  );
}

/** A broker this bench does not control (runs refuse the broker-kill kind against it). */
function externalTarget(address: string): ClusterTarget {
  const refuse = async (): Promise<void> => {
    throw new Error('the bench does not control an external broker');
  };
  return {
    kind: 'external',
    bootstrap: () => [address],
    brokers: () => [{ id: 0, address, adminUrl: undefined, state: 'running' }],
    processControl: 'an external broker',
    kill: refuse,
    pause: refuse,
    resume: refuse,
    start: refuse,
    stopGracefully: refuse,
    adminUrl: () => undefined,
    networkFault: refuse,
    close: async () => {},
  };
}

function leastSquares(
  samples: readonly Sample[],
  value: (s: Sample) => number,
): { slope_per_ms: number; at0: number } {
  const n = samples.length;
  const mx = samples.reduce((a, s) => a + s.t_ms, 0) / n;
  const my = samples.reduce((a, s) => a + value(s), 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const s of samples) {
    sxy += (s.t_ms - mx) * (value(s) - my);
    sxx += (s.t_ms - mx) ** 2;
  }
  const slope_per_ms = sxx === 0 ? 0 : sxy / sxx;
  return { slope_per_ms, at0: my - slope_per_ms * mx };
}

async function main(): Promise<void> {
  const cpuList = cpus();
  console.log('bench/soak.ts: memory of the soak loop over a compressed soak');
  console.log(
    `  machine: ${cpuList[0]?.model ?? 'unknown cpu'} x ${cpuList.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const suite = compressedSuite();
  console.log(
    `  params:  ${args.duration} (warm-up ${(warmUpFraction * 100).toFixed(0)}%), sample every ${args['sample-every']}; suite of ${suite.tasks.length} tasks (${suite.tasks.map((t) => t.kind).join(', ')}), ${args['task-duration']} workload + 1 s warm-up each, ${rate} records/s, ${workers} simulated workers (nice ${workerNice}), ${partitions} partitions, ${bootstrap ? `external broker ${bootstrap}` : '1 embedded broker'}${gc ? '' : '; no --expose-gc: "after GC" values are live'}`,
  );
  const hardStop = setTimeout(
    () => {
      console.error('bench/soak.ts: hard limit reached; stopping');
      process.exit(3);
    },
    duration_ms + 10 * 60_000,
  );
  hardStop.unref();

  const workDir = mkdtempSync(join(tmpdir(), 'longhaul-bench-soak-'));
  const reportDir = join(workDir, 'reports');
  const logDir = join(reportDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const logger = createLogger({ name: 'controller', level: 'error' });
  const server = await startControllerServer({ host: '127.0.0.1', port: 0, logger });
  const target = bootstrap
    ? externalTarget(bootstrap)
    : await EmbeddedCluster.start({ brokers: 1, dir: join(workDir, 'cluster'), logger, logDir });
  const fleet = new SimFleet({
    bus: server.bus,
    busUrl: server.busUrl,
    partitions,
    linger_ms,
    nice: workerNice,
  });
  const context: RunContext = {
    server,
    target,
    fleet,
    workDir,
    logDir,
    close: async () => {
      await fleet.close();
      await target.close();
      await server.close();
    },
  };
  // The run's console progress (ConsoleProgress writes to stderr) goes to a file.
  const progressLog = join(reportDir, 'progress.log');
  const stderrWrite = process.stderr.write.bind(process.stderr);
  const progress: string[] = [];
  process.stderr.write = ((chunk: string | Uint8Array) => {
    progress.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    if (progress.length > 1000) writeFileSync(progressLog, progress.splice(0).join(''), { flag: 'a' });
    return true;
  }) as typeof process.stderr.write;

  const samples: Sample[] = [];
  const iterations: RunVerdict[] = [];
  const statuses = { pass: 0, fail: 0, error: 0 };
  let iterationCount = 0;
  const started_ms = Date.now();
  const take = (): Sample => {
    const live = process.memoryUsage();
    gc?.();
    const kept = process.memoryUsage();
    return {
      t_ms: Date.now() - started_ms,
      iterations: iterationCount,
      rss: live.rss,
      heapUsed: live.heapUsed,
      gcRss: kept.rss,
      gcHeapUsed: kept.heapUsed,
      gcExternal: kept.external,
    };
  };
  let lastPrint_ms = 0;
  const sampler = setInterval(() => {
    const s = take();
    samples.push(s);
    if (s.t_ms - lastPrint_ms >= 60_000 || samples.length === 1) {
      lastPrint_ms = s.t_ms;
      console.log(
        `  ${(s.t_ms / 60_000).toFixed(1).padStart(5)} min: ${String(s.iterations).padStart(4)} iterations (pass ${statuses.pass}, fail ${statuses.fail}, error ${statuses.error}); RSS ${(s.gcRss / MiB).toFixed(1)} MiB, heap ${(s.gcHeapUsed / MiB).toFixed(1)} MiB, external ${(s.gcExternal / MiB).toFixed(1)} MiB after GC (live: RSS ${(s.rss / MiB).toFixed(1)}, heap ${(s.heapUsed / MiB).toFixed(1)})`,
      );
    }
  }, sampleEvery_ms);

  const soakId = newRunId();
  const stop = new AbortController();
  const baseline = take();
  try {
    await fleet.ensure(workers);
    const before = take();
    console.log(
      `  before the first iteration (controller, broker and ${workers} workers up): RSS ${(before.gcRss / MiB).toFixed(1)} MiB, heap ${(before.gcHeapUsed / MiB).toFixed(1)} MiB after GC (at start: RSS ${(baseline.gcRss / MiB).toFixed(1)} MiB)`,
    );
    // The loop of controller/soak.ts soakCommand, with this context instead of startRunContext's.
    for (let iteration = 1; Date.now() - started_ms < duration_ms; iteration++) {
      const run = await runSuiteOnce(suite, context, {
        runId: `${soakId}-i${iteration}`,
        iteration,
        workers,
        seed: 1000 + iteration,
        logger,
        stopSignal: stop.signal,
      });
      iterations.push(run);
      if (iterations.length > keptIterations) iterations.splice(0, 1);
      writeSoakReports(reportDir, soakId, suite.name, iterations);
      progress.push(renderRunSummary(run, reportDir));
      iterationCount = iteration;
      statuses[run.status]++;
      if (args.snapshots && (iteration === 3 || Date.now() - started_ms >= duration_ms)) {
        gc?.();
        console.log(
          `  heap snapshot: ${writeHeapSnapshot(join(args.snapshots, `soak-iteration-${iteration}.heapsnapshot`))}`,
        );
      }
      if (Date.now() - started_ms < duration_ms) await sleep(suite.soak.interval_ms);
    }
  } finally {
    clearInterval(sampler);
    writeFileSync(progressLog, progress.splice(0).join(''), { flag: 'a' });
    process.stderr.write = stderrWrite;
    await context.close();
  }
  samples.push(take());
  report(samples, statuses, iterationCount, reportDir);
  if (args.keep) console.log(`  reports and progress log kept in ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

function report(
  samples: readonly Sample[],
  statuses: Record<string, number>,
  iterationCount: number,
  reportDir: string,
): void {
  const end = samples.at(-1) as Sample;
  const stable = samples.filter((s) => s.t_ms >= end.t_ms * warmUpFraction);
  console.log('');
  console.log(
    `  ${iterationCount} iterations in ${(end.t_ms / 60_000).toFixed(1)} min (pass ${statuses.pass}, fail ${statuses.fail}, error ${statuses.error}); ${samples.length} samples, ${stable.length} after the warm-up`,
  );
  if (stable.length < 4) {
    console.log('  too few samples after the warm-up to judge growth; run longer or sample more often');
    process.exitCode = 2;
    return;
  }
  const first = stable.slice(0, 3);
  const last = stable.slice(-3);
  const mean = (list: readonly Sample[], value: (s: Sample) => number) =>
    list.reduce((a, s) => a + value(s), 0) / list.length;
  const span_ms = (last.at(-1) as Sample).t_ms - (first[0] as Sample).t_ms;
  const rows: [string, (s: Sample) => number][] = [
    ['RSS (live)', (s) => s.rss],
    ['RSS after GC', (s) => s.gcRss],
    ['heap used after GC', (s) => s.gcHeapUsed],
    ['external after GC', (s) => s.gcExternal],
    ['heap used (live)', (s) => s.heapUsed],
  ];
  console.log(
    `  growth from ${((first[0] as Sample).t_ms / 60_000).toFixed(1)} min (iteration ${(first[0] as Sample).iterations}) to ${(end.t_ms / 60_000).toFixed(1)} min (iteration ${end.iterations}):`,
  );
  console.log('                          first MiB   last MiB   growth   trend over the window');
  let rssGrowth = 0;
  for (const [name, value] of rows) {
    const a = mean(first, value);
    const b = mean(last, value);
    const { slope_per_ms, at0 } = leastSquares(stable, value);
    const trendStart = at0 + slope_per_ms * (first[0] as Sample).t_ms;
    const trend = (slope_per_ms * span_ms) / trendStart;
    if (name === 'RSS after GC') rssGrowth = Math.max((b - a) / a, trend);
    console.log(
      `    ${name.padEnd(20)} ${(a / MiB).toFixed(1).padStart(9)} ${(b / MiB).toFixed(1).padStart(10)} ${`${((100 * (b - a)) / a).toFixed(1)}%`.padStart(8)}   ${`${(100 * trend).toFixed(1)}%`.padStart(6)} (${((slope_per_ms * 3_600_000) / MiB).toFixed(1)} MiB/h)`,
    );
  }
  const perIteration = leastSquares(stable, (s) => s.gcHeapUsed);
  const iterationsInWindow = end.iterations - (first[0] as Sample).iterations;
  if (iterationsInWindow > 0) {
    console.log(
      `  heap after GC per iteration (trend): ${((perIteration.slope_per_ms * span_ms) / iterationsInWindow / 1024).toFixed(1)} KiB`,
    );
  }
  console.log(
    `  target RSS growth <= ${target_growth * 100}% (the larger of first-to-last and trend, after GC): ${rssGrowth <= target_growth ? 'met' : 'MISSED'} (${(rssGrowth * 100).toFixed(1)}%)`,
  );
  console.log(
    `  load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`  soak reports: ${reportDir}`);
  process.exitCode = rssGrowth <= target_growth ? 0 : 1;
}

await main();
