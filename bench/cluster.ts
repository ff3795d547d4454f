// Benchmark of broker clustering: failover time over repeated leader SIGKILLs, and reassignment time against partition size.
//
//   npm run bench -- cluster [--kills 20] [--sizes 10MiB,100MiB,1GiB] [--moves 3] [--rate 900]
//                            [--lease-timeout 3s] [--runs failover,reassign]
//
// Failover: three brokers on one fs store (a temp dir), a 6-partition topic under idempotent kafkajs
// load (acks=all, one send loop per partition, partition 0 four times busier). `--kills` times: SIGKILL
// the leader of partition 0, measure (a) from the SIGKILL to the first ack, on any and on every one of
// the killed broker's partitions, of a send that began after the SIGKILL, and (b) the controller's
// decision ('failed over a dead broker': sinceLastHeartbeat_ms, and its log time after the SIGKILL),
// and (c) when the new leaders finished loading the partitions ('took over partition leadership', with
// the time and the WAL objects each load read); then restart the broker (only then, so that its
// recovery does not compete for the CPU) and wait until it is a member again. The run ends with a
// read-back of every acked record. kafkajs retries with 50-250 ms backoff so that client backoff adds
// little.
//
// Reassignment: for each size, a fresh three-broker cluster (--no-auto-balance) whose one-partition
// topic is filled with that many bytes (512 KiB batches of 64 KiB records), then light load; once the
// leader's `uncompacted_bytes` is below 4 MiB (the partition at rest in stream objects), `--moves`
// times, POST /reassignments to another broker and measure until a produce sent straight to the new
// leader is acked (probes every 10 ms). The new leader's own 'took over partition leadership' log line
// gives the time it spent loading the partition and how many WAL objects it read.
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { parseDuration_ms, parseSize_bytes } from '../common/units.ts';
import { checkAcked } from '../test/broker/acked-log.ts';
import { AckedLoad, fillPartition, firstAckOn, readCluster } from '../test/broker/cluster-load.ts';
import { TestCluster } from '../test/helpers/cluster.ts';
import { pidRegistryDir, stopAll } from '../test/helpers/processes.ts';
import { removeTempDirs } from '../test/helpers/tmp.ts';
import { waitFor } from '../test/helpers/wait.ts';

const { values: args } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    sizes: { type: 'string', default: '10MiB,100MiB,1GiB' },
    moves: { type: 'string', default: '3' },
    rate: { type: 'string', default: '900' },
    'lease-timeout': { type: 'string' },
    runs: { type: 'string', default: 'failover,reassign' },
  },
});

const kills = Number(args.kills);
const moves = Number(args.moves);
const rate_perSecond = Number(args.rate);
const runs = new Set(args.runs.split(','));
/** The broker's default lease (broker/config.ts) unless --lease-timeout says otherwise. */
const lease_ms = args['lease-timeout'] ? parseDuration_ms(args['lease-timeout']) : 3000;
const brokerArgs = args['lease-timeout'] ? ['--lease-timeout', args['lease-timeout']] : [];
const retry = { initialRetryTime: 50, maxRetryTime: 250 };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Set when a target is missed: the bench then exits 1 (bench/README.md). */
let missed = false;
const verdict = (met: boolean): string => {
  if (!met) missed = true;
  return met ? 'met' : 'MISSED';
};

interface Summary {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentiles. */
function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const row = (name: string, s: Summary): string =>
  `  ${name.padEnd(44)} p50 ${ms(s.p50).padStart(8)}   p99 ${ms(s.p99).padStart(8)}   max ${ms(s.max).padStart(8)}`;

function printMachine(): void {
  const cpu = cpus();
  console.log(
    `machine: ${cpu.length} x ${cpu[0]?.model ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, Node ${process.version}, store: fs backend in a temp dir`,
  );
  console.log(
    `settings: lease timeout ${lease_ms} ms (${args['lease-timeout'] ? '--lease-timeout' : 'broker default'}), ` +
      `heartbeat 500 ms (default), kafkajs 2.2 idempotent acks=all, retry ${retry.initialRetryTime}-${retry.maxRetryTime} ms, ` +
      `request timeout 5 s, ${rate_perSecond} records/s of ~120 B`,
  );
}

async function benchFailover(): Promise<void> {
  const topic = 'bench-failover';
  const partitions = 6;
  const cluster = await TestCluster.start({ nodeIds: [1, 2, 3], args: brokerArgs });
  await cluster.createTopic(topic, partitions);
  const load = new AckedLoad({
    brokers: cluster.bootstrap(),
    topic,
    partitions,
    producersPerPartition: 1,
    recordsPerSend: 5,
    rate_perSecond,
    weights: [4, 1, 1, 1, 1, 1],
    retry,
  });
  load.start();
  await load.waitForAcks([0, 1, 2, 3, 4, 5], 0, 30_000);
  const first: number[] = [];
  const all: number[] = [];
  const sinceHeartbeat: number[] = [];
  const decidedAfterKill: number[] = [];
  const loadedAfterKill: number[] = [];
  console.log(`\nfailover: ${kills} SIGKILLs of the leader of the busiest partition, restarted after each`);
  for (let kill = 1; kill <= kills; kill++) {
    const leader = await cluster.leaderOf(topic, 0);
    const owned = await cluster.partitionsOf(topic, leader);
    const killedAt = Date.now();
    await cluster.kill(leader);
    const decision = await waitFor(
      () =>
        cluster
          .logLines('failed over a dead broker')
          .find((line) => line.nodeId === leader && Number(line.time) >= killedAt),
      { timeout_ms: 30_000, what: `the controller to fail over broker ${leader}` },
    );
    const acks = await load.waitForAcks(owned, killedAt, 30_000);
    const times = [...acks.values()].map((t) => t - killedAt);
    first.push(Math.min(...times));
    all.push(Math.max(...times));
    sinceHeartbeat.push(Number(decision.sinceLastHeartbeat_ms));
    decidedAfterKill.push(Number(decision.time) - killedAt);
    // The new leaders' own account: when each finished loading its share, and what that took.
    const names = new Set(owned.map((p) => `${topic}-${p}`));
    const takeovers = cluster
      .logLines('took over partition leadership')
      .filter(
        (line) =>
          Number(line.time) >= Number(decision.time) &&
          (line.partitions as string[]).some((name) => names.has(name)),
      );
    const loaded_ms = Math.max(...takeovers.map((line) => Number(line.time))) - killedAt;
    loadedAfterKill.push(loaded_ms);
    console.log(
      `  kill ${String(kill).padStart(2)}: broker ${leader}, partitions ${owned.join(',').padEnd(11)} ` +
        `first ack ${ms(first.at(-1)!).padStart(8)}, all ${ms(all.at(-1)!).padStart(8)}; decided ` +
        `${ms(sinceHeartbeat.at(-1)!)} after the last heartbeat, ${ms(decidedAfterKill.at(-1)!)} after the SIGKILL; ` +
        `loaded by the new leaders ${ms(loaded_ms)} after the SIGKILL (${takeovers
          .map((line) => `${line.duration_ms} ms reading ${line.walObjects} WAL objects`)
          .join(', ')})`,
    );
    // Restarted only now, so that its recovery does not compete with the takeover for the CPU.
    await cluster.restart(leader);
    await sleep(500);
  }
  await sleep(1000);
  await load.stop();
  const log = await readCluster(cluster, topic, partitions, { timeout_ms: 60_000 });
  const durability = checkAcked(load.acked, log);
  await cluster.killAll();
  console.log(`\nfailover over ${kills} SIGKILLs (lease timeout ${lease_ms} ms):`);
  console.log(row('SIGKILL -> first ack on its partitions', summarise(first)));
  console.log(row('SIGKILL -> every one of its partitions acked', summarise(all)));
  console.log(row('controller decision after last heartbeat', summarise(sinceHeartbeat)));
  console.log(row('controller decision after the SIGKILL', summarise(decidedAfterKill)));
  console.log(row('SIGKILL -> partitions loaded by new leaders', summarise(loadedAfterKill)));
  const p99 = summarise(all).p99;
  console.log(
    `  target: failover p99 <= 5000 ms (every partition acked again): ${verdict(p99 <= 5000)} (${ms(p99)})`,
  );
  if (!durability.ok) missed = true;
  console.log(
    `  durability: ${durability.explanation}; ${load.acked.length} records acked; send errors ` +
      JSON.stringify(Object.fromEntries(load.sendErrors)),
  );
}

async function benchReassignment(size_bytes: number, label: string): Promise<number[]> {
  const topic = 'bench-move';
  const cluster = await TestCluster.start({ nodeIds: [1, 2, 3], args: [...brokerArgs, '--no-auto-balance'] });
  await cluster.createTopic(topic, 1);
  let leader = await cluster.leaderOf(topic, 0);
  const fillStarted = Date.now();
  await fillPartition(cluster.broker(leader).port, topic, 0, size_bytes);
  const fill_ms = Date.now() - fillStarted;
  const load = new AckedLoad({
    brokers: cluster.bootstrap(),
    topic,
    partitions: 1,
    producersPerPartition: 1,
    recordsPerSend: 5,
    rate_perSecond: Math.min(rate_perSecond, 300),
    retry,
  });
  load.start();
  await load.waitForAcks([0], 0, 30_000);
  // A partition of that size at rest: compaction has moved the fill into stream objects, as it
  // does for anything older than its age limit (30 s) in a running cluster.
  const compactStarted = Date.now();
  await waitFor(
    async () => {
      const { text } = await cluster.broker(leader).admin('GET', '/metrics');
      const match = /^longhaul_broker_uncompacted_bytes\{[^}]*\} (\S+)$/m.exec(text);
      return match && Number(match[1]) < 4 * 1024 * 1024 ? true : undefined;
    },
    { timeout_ms: 300_000, interval_ms: 500, what: `the fill of ${label} to be compacted` },
  );
  const compact_ms = Date.now() - compactStarted;
  await sleep(2000);
  const samples: number[] = [];
  for (let move = 1; move <= moves; move++) {
    const view = await cluster.controllerView();
    const target = view.brokers.map((b) => b.nodeId).find((id) => id !== leader)!;
    const requestedAt = Date.now();
    const { status, text } = await cluster
      .broker(view.controller!)
      .admin('POST', '/reassignments', { topic, partition: 0, broker: target });
    if (status !== 200) throw new Error(`POST /reassignments answered ${status}: ${text}`);
    const acked = await firstAckOn(cluster.broker(target).port, topic, 0, `move-${move}`, 60_000);
    const took_ms = acked.at - requestedAt;
    samples.push(took_ms);
    const takeover = await waitFor(
      () =>
        cluster
          .logLines('took over partition leadership')
          .find((line) => Number(line.time) >= requestedAt && String(line.partitions).includes(`${topic}-0`)),
      { timeout_ms: 10_000, what: 'the takeover log line' },
    );
    console.log(
      `  ${label.padStart(7)} move ${move}: broker ${leader} -> ${target}: first ack on the new leader ${ms(took_ms).padStart(7)} ` +
        `after POST (its load: ${takeover.duration_ms} ms, ${takeover.walObjects} WAL objects read)`,
    );
    leader = target;
    await cluster.waitForView(
      (v) => v.partitions.some((p) => p.topic === topic && p.leader === target && p.ready),
      `${topic}-0 to be led by ${target}`,
    );
    await sleep(1000);
  }
  await load.stop();
  await cluster.killAll();
  console.log(
    `  ${label.padStart(7)}: filled in ${ms(fill_ms)}, compacted ${ms(compact_ms)} later; ${load.acked.length} records acked by the load meanwhile`,
  );
  // The store of this size is not needed any more: 1 GiB per run adds up.
  removeTempDirs();
  return samples;
}

async function main(): Promise<void> {
  printMachine();
  if (runs.has('failover')) await benchFailover();
  if (runs.has('reassign')) {
    const sizes = args.sizes.split(',').map((text) => ({ label: text, bytes: parseSize_bytes(text) }));
    console.log(
      `\nreassignment: ${moves} moves per partition size (${sizes.map((s) => s.label).join(', ')}), one fresh cluster each`,
    );
    const results: { label: string; summary: Summary }[] = [];
    for (const size of sizes)
      results.push({
        label: size.label,
        summary: summarise(await benchReassignment(size.bytes, size.label)),
      });
    console.log('\nreassignment time (POST /reassignments -> first ack on the new leader):');
    for (const { label, summary } of results) console.log(row(`partition of ${label}`, summary));
    const smallest = results[0].summary.p50;
    const largest = results[results.length - 1].summary.p50;
    const worst = Math.max(...results.map((r) => r.summary.max));
    console.log(
      `  targets: <= 2000 ms: ${verdict(worst <= 2000)} (max ${ms(worst)}); size-independent ` +
        `(${results.at(-1)!.label} / ${results[0].label} p50 <= 1.2): ${(largest / smallest).toFixed(2)} ` +
        `${verdict(largest / smallest <= 1.2)}`,
    );
  }
}

const cleanUp = async (): Promise<void> => {
  await stopAll();
  removeTempDirs();
  rmSync(pidRegistryDir, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  void cleanUp().then(() => process.exit(130));
});
try {
  await main();
} finally {
  await cleanUp();
}
process.exit(missed ? 1 : 0);
