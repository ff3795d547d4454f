// `longhaul broker`: open the object store, recover, serve Kafka clients and the admin endpoint.
import { createServer, type Server, type Socket } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveConfig } from '../common/config.ts';
import { UserError } from '../common/errors.ts';
import { createLogger, type Logger } from '../common/log.ts';
import { AdminRequestError, type AdminRoute, createAdminServer } from './admin.ts';
import { ClusterMember } from './cluster/member.ts';
import { clusterRoutes } from './cluster/routes.ts';
import { type BrokerConfig, brokerConfigSchema, splitHostPort } from './config.ts';
import { GroupCoordinator } from './groups/coordinator.ts';
import { type OffsetStore, OffsetStoreError, type StoredOffset } from './groups/offset-store.ts';
import type { BrokerContext } from './handlers/context.ts';
import { createBrokerMetrics } from './metrics.ts';
import { BrokerMutations, mutationRoutes } from './mutations.ts';
import { Connection } from './server/connection.ts';
import { createDispatcher } from './server/dispatch.ts';
import { StorageEngine, StorageError } from './storage/engine.ts';
import { InstrumentedStore } from './storage/instrumented-store.ts';
import type { MetaEntry } from './storage/metadata-state.ts';
import { FaultyObjectStore } from './storage/objectstore/faulty.ts';
import { openObjectStore, redactUrl } from './storage/objectstore/open.ts';
import type { ObjectStore } from './storage/objectstore/types.ts';
import { enforceRetention } from './storage/retention.ts';

/** `file://./dir` is relative to the working directory; the store wants absolute paths. */
function normaliseDataUrl(url: string): string {
  if (url.startsWith('file://') && !url.startsWith('file:///')) {
    return pathToFileURL(resolvePath(url.slice('file://'.length))).href;
  }
  return url;
}

/** Committed offsets go to the metadata log in the object store (durable before the commit is acked). */
function offsetStoreOf(engine: StorageEngine): OffsetStore {
  const fail = (error: unknown): never => {
    if (error instanceof StorageError && error.kind === 'fenced')
      throw new OffsetStoreError('fenced', error.message, { cause: error });
    throw new OffsetStoreError('unavailable', (error as Error)?.message ?? String(error), { cause: error });
  };
  return {
    async commit(groupId: string, entries: readonly StoredOffset[]): Promise<void> {
      const commitTime_ms = Date.now();
      await engine
        .appendMeta(
          [
            {
              type: 'offsets-committed',
              group: groupId,
              offsets: entries.map((e) => ({
                topic: e.topic,
                partition: e.partition,
                offset: Number(e.offset),
                leaderEpoch: e.leaderEpoch,
                metadata: e.metadata,
                commitTime_ms,
              })),
            },
          ],
          // In a cluster only the group's coordinator may commit: checked against the log at append time.
          () => assertCoordinator(engine, groupId),
        )
        .catch(fail);
    },
    async deleteGroup(groupId: string): Promise<void> {
      await engine
        .appendMeta([{ type: 'group-deleted', group: groupId }], () => assertCoordinator(engine, groupId))
        .catch(fail);
    },
  };
}

function assertCoordinator(engine: StorageEngine, groupId: string): void {
  if (engine.clustered && engine.meta.coordinatorFor(groupId) !== engine.nodeId)
    throw new StorageError('fenced', `this broker is no longer the coordinator of group ${groupId}`);
}

function listen(server: Server, address: string, what: string): Promise<void> {
  const { host, port } = splitHostPort(address);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new UserError(`cannot listen on ${address} for ${what}: ${error.code ?? error.message}`, {
          hint:
            error.code === 'EADDRINUSE'
              ? `another process uses port ${port}; pick another with the matching flag`
              : undefined,
        }),
      ),
    );
    server.listen(port, host, () => resolve());
  });
}

export interface RunningBroker {
  readonly config: BrokerConfig;
  readonly engine: StorageEngine;
  stop(): Promise<void>;
}

/** Client connections held (paused) while recovery runs; more are refused until it is done. */
const maxEarlyConnections = 1000;

export async function startBroker(config: BrokerConfig, logger: Logger): Promise<RunningBroker> {
  const dataUrl = normaliseDataUrl(config.data);
  const metrics = createBrokerMetrics(config.nodeId);
  // Both listeners are bound before the store is opened: recovery claims the node id and fences any
  // running incarnation, so a start that cannot serve (a port in use) must fail before it does that.
  // Connections that arrive during recovery wait, paused, until the dispatcher exists.
  let accept: ((socket: Socket) => void) | undefined;
  const early = new Set<Socket>();
  const kafkaServer = createServer((socket: Socket) => {
    if (accept) return accept(socket);
    if (early.size >= maxEarlyConnections) return void socket.destroy();
    socket.pause();
    socket.on('error', () => {});
    socket.once('close', () => early.delete(socket));
    early.add(socket);
  });
  await listen(kafkaServer, config.listen, 'Kafka clients');
  let engine: StorageEngine | undefined;
  const routes: AdminRoute[] = [];
  let collect = (): void => {};
  let adminServer: Server | undefined;
  if (config.adminListen !== 'off') {
    adminServer = createAdminServer({
      registry: metrics.registry,
      isReady: () =>
        !engine
          ? { ready: false, reason: 'recovering state from the object store' }
          : engine.isFenced
            ? { ready: false, reason: 'fenced by a newer incarnation' }
            : { ready: true },
      routes,
      beforeMetrics: () => collect(),
    });
    try {
      await listen(adminServer, config.adminListen, 'the admin endpoint');
    } catch (error) {
      kafkaServer.close();
      throw error;
    }
  }
  const closeListeners = (): void => {
    kafkaServer.close();
    adminServer?.close();
    for (const socket of early) socket.destroy();
    early.clear();
  };

  let store: ObjectStore;
  try {
    store = await openObjectStore(dataUrl);
  } catch (error) {
    closeListeners();
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot open the object store ${redactUrl(dataUrl)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const faulty = config.enableFaultInjection ? new FaultyObjectStore(store) : undefined;
  const instrumented = new InstrumentedStore(faulty ?? store, (operation, outcome, duration_s) => {
    metrics.storeOperations.inc({ operation, outcome });
    metrics.storeLatency.observe({ operation }, duration_s);
  });
  let stopping = false;
  const advertised = splitHostPort(config.advertisedListener ?? config.listen);
  let onMeta: (entries: readonly MetaEntry[], own: boolean) => void = () => {};
  try {
    engine = await StorageEngine.open(instrumented, {
      nodeId: config.nodeId,
      endpoint: advertised,
      compaction: {
        interval_ms: config.compactionInterval,
        maxAge_ms: config.compactionMaxAge,
        minBytes: config.compactionMinBytes,
      },
      metadataSnapshots: { every: config.metadataSnapshotEvery, grace_ms: config.metadataLogGrace },
      onMeta: (entries, own) => onMeta(entries, own),
      logger: logger.child({ part: 'storage' }),
      logCache_bytes: config.logCacheSize,
      blockCache_bytes: config.blockCacheSize,
      defaultPartitions: config.defaultPartitions,
      observer: {
        committed: (latency_ms, size_bytes) => {
          metrics.walCommitLatency.observe(latency_ms / 1000);
          metrics.walCommitSize.observe(size_bytes);
        },
        commitFailed: () => metrics.walCommitFailures.inc(),
      },
      onFenced: (reason) => {
        // Another process now owns this node id: serving on would be a zombie. Exit so a supervisor notices.
        logger.fatal({ reason }, 'this broker was fenced (it may no longer serve); exiting');
        if (!stopping) process.exit(3);
      },
    });
  } catch (error) {
    closeListeners();
    await instrumented.close().catch(() => {});
    throw error;
  }
  const openEngine = engine;
  const others = openEngine.meta.liveBrokers().filter((b) => b.nodeId !== config.nodeId);
  if (!instrumented.supportsConditionalPut && others.length > 0) {
    await openEngine.close();
    closeListeners();
    await instrumented.close().catch(() => {});
    throw new UserError(
      `cannot join the cluster on ${redactUrl(dataUrl)}: brokers ${others.map((b) => b.nodeId).join(', ')} are registered there, and this store does not honour conditional writes (If-None-Match: *), so two brokers could overwrite each other's metadata`,
      {
        hint: 'run a single broker on this store, or use a store with conditional writes (AWS S3, a local directory on a file system with hard links)',
      },
    );
  }
  const openGroups = new GroupCoordinator({
    offsetStore: offsetStoreOf(openEngine),
    config: { initialRebalanceDelay_ms: config.groupInitialRebalanceDelay },
    partitionExists: (topic, partition) => openEngine.partitionExists(topic, partition),
    log: logger.child({ part: 'groups' }),
  });
  for (const [group, offsets] of openEngine.meta.groupOffsets) {
    openGroups.restoreOffsets(
      group,
      [...offsets.values()].map((o) => ({
        topic: o.topic,
        partition: o.partition,
        offset: BigInt(o.offset),
        leaderEpoch: o.leaderEpoch,
        metadata: o.metadata ?? '',
      })),
    );
  }
  // Offsets other coordinators commit reach this broker through the log: kept current here so
  // that a group moving to this broker starts from its latest commits.
  onMeta = (entries, own) => {
    if (own) return;
    for (const entry of entries) {
      if (entry.type === 'offsets-committed') {
        openGroups.restoreOffsets(
          entry.group,
          entry.offsets.map((o) => ({
            topic: o.topic,
            partition: o.partition,
            offset: BigInt(o.offset),
            leaderEpoch: o.leaderEpoch,
            metadata: o.metadata ?? '',
          })),
        );
      } else if (entry.type === 'group-deleted') {
        try {
          openGroups.restoreGroupDeletion(entry.group);
        } catch (error) {
          logger.warn({ err: error, group: entry.group }, 'cannot apply a group deletion made elsewhere');
        }
      }
    }
  };
  const cluster = new ClusterMember(openEngine, logger.child({ part: 'cluster' }), {
    leaseTimeout_ms: config.leaseTimeout,
    heartbeat_ms: config.heartbeatInterval,
    autoBalance: config.autoBalance,
  });
  const mutations = config.enableFaultInjection
    ? new BrokerMutations(openEngine, logger.child({ part: 'mutations' }))
    : undefined;
  const context: BrokerContext = {
    engine: openEngine,
    groups: openGroups,
    metrics,
    logger,
    self: { nodeId: config.nodeId, host: advertised.host, port: advertised.port },
    autoCreateTopics: config.autoCreateTopics,
    defaultPartitions: config.defaultPartitions,
    mutations,
    cluster,
  };
  const dispatch = createDispatcher(context);
  const connections = new Set<Connection>();
  let nextConnectionId = 1;
  accept = (socket: Socket) => {
    const connection = new Connection(
      socket,
      { id: nextConnectionId++, remote: socket.remoteAddress ?? 'unknown' },
      dispatch,
      { maxFrame_bytes: config.maxRequestSize, maxInFlightRequests: 100 },
      logger,
    );
    connections.add(connection);
    metrics.connections.set(connections.size);
    socket.on('close', () => {
      connections.delete(connection);
      metrics.connections.set(connections.size);
    });
    socket.resume();
  };
  for (const socket of early) if (!socket.destroyed) accept(socket);
  early.clear();

  const reported = new Map<string, number>();
  collect = (): void => {
    let partitions = 0;
    for (const _ of openEngine.allPartitions()) partitions++;
    metrics.partitions.set(partitions);
    const stats = openGroups.stats();
    for (const [state, count] of Object.entries(stats.groupsByState)) metrics.groups.set({ state }, count);
    // Lag from the durable committed offsets: what a restarted group would have left to read.
    metrics.groupLag.reset();
    for (const [group, offsets] of openEngine.meta.groupOffsets) {
      let lag = 0;
      for (const committed of offsets.values()) {
        const log = openEngine.partitionLog(committed.topic, committed.partition);
        if (log && committed.offset >= 0) lag += Math.max(0, log.highWatermark - committed.offset);
      }
      metrics.groupLag.set({ group }, lag);
    }
    metrics.isController.set(cluster.isController ? 1 : 0);
    metrics.liveBrokers.set(openEngine.meta.brokers.size);
    // Counters follow the engine's and the cluster member's running totals.
    const advance = (counter: { inc(value: number): void }, name: string, total: number): void => {
      const delta = total - (reported.get(name) ?? 0);
      if (delta > 0) counter.inc(delta);
      reported.set(name, total);
    };
    advance(metrics.leadershipChanges, 'leadership', cluster.stats.leadershipChanges_total);
    advance(metrics.failovers, 'failovers', cluster.stats.failovers_total);
    if (cluster.stats.lastFailover_ms !== undefined)
      metrics.failoverDuration.set(cluster.stats.lastFailover_ms / 1000);
    advance(metrics.reassignments, 'reassignments', cluster.stats.reassignments_total);
    advance(metrics.balanceMoves, 'balance', cluster.stats.balanceMoves_total);
    metrics.leaseAge.reset();
    for (const [node, age_s] of cluster.leaseAges_s()) metrics.leaseAge.set({ broker: String(node) }, age_s);
    metrics.bytesInRate.set(cluster.bytesInRate());
    advance(metrics.streamObjects, 'streamObjects', openEngine.compactionStats.streamObjects_total);
    advance(metrics.walObjectsDeleted, 'walDeleted', openEngine.compactionStats.walObjectsDeleted_total);
    metrics.uncompactedBytes.set(openEngine.uncompactedBytes);
    metrics.cacheRequests.reset();
    metrics.cacheRequests.inc({ result: 'hit' }, openEngine.stats.cacheHits_total);
    metrics.cacheRequests.inc({ result: 'miss' }, openEngine.stats.cacheMisses_total);
  };
  if (faulty) {
    routes.push(
      {
        method: 'GET',
        path: '/faults/object-store',
        handle: () => ({ faults: faulty.currentFaults(), counters: faulty.faultCounters() }),
      },
      {
        method: 'PUT',
        path: '/faults/object-store',
        handle: (body) => {
          try {
            const faults = faulty.setFaults(body);
            logger.warn({ faults }, 'object-store faults injected');
            return { faults };
          } catch (error) {
            throw new AdminRequestError(400, (error as Error).message);
          }
        },
      },
      {
        method: 'DELETE',
        path: '/faults/object-store',
        handle: () => {
          faulty.clearFaults();
          logger.warn('object-store faults cleared');
          return { faults: {} };
        },
      },
    );
  }
  if (mutations) routes.push(...mutationRoutes(mutations));
  routes.push(...clusterRoutes(openEngine, cluster));
  cluster.start();
  const retention = setInterval(() => {
    enforceRetention(openEngine, Date.now()).catch((error) =>
      logger.warn({ err: error }, 'retention pass failed'),
    );
  }, config.retentionCheckInterval);
  retention.unref();

  return {
    config,
    engine: openEngine,
    async stop() {
      stopping = true;
      clearInterval(retention);
      kafkaServer.close();
      // Graceful scale-in: the controller moves this broker's partitions away while clients still
      // reach it, then it leaves the cluster; clients see only retriable errors.
      if (!openEngine.isFenced) {
        try {
          if (await cluster.drain(config.drainTimeout)) await openEngine.flush();
          await cluster.leave('shut down');
        } catch (error) {
          logger.warn({ err: error }, 'could not leave the cluster cleanly; the lease will expire');
        }
      }
      await cluster.stop();
      // A batch a reorder mutation holds back was acked: write it before the engine closes.
      await mutations?.close();
      // Let what is in flight become durable and be answered, then close the sockets.
      await openEngine.close();
      await openGroups.close();
      for (const connection of connections) connection.close('broker is shutting down');
      adminServer?.close();
      await instrumented.close();
    },
  };
}

export async function runBroker(
  flags: Record<string, unknown>,
  configFile: string | undefined,
): Promise<void> {
  const logger = createLogger({ name: 'broker' });
  const config = resolveConfig(brokerConfigSchema, { flags, file: configFile });
  logger.info({ config: { ...config, data: redactUrl(config.data) } }, 'effective config');
  const broker = await startBroker(config, logger);
  logger.info(
    {
      listen: config.listen,
      advertised: config.advertisedListener ?? config.listen,
      admin: config.adminListen,
      clusterId: broker.engine.clusterId,
    },
    'listening',
  );
  await new Promise<void>((resolve) => {
    let signalled = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (signalled) return;
      signalled = true;
      logger.info({ signal }, 'shutting down: flushing the WAL');
      const force = setTimeout(() => {
        logger.error('shutdown took longer than 30 s; exiting');
        process.exit(1);
      }, 30_000);
      force.unref();
      broker.stop().then(
        () => {
          logger.info('stopped');
          resolve();
        },
        (error: unknown) => {
          logger.error({ err: error }, 'error while stopping');
          process.exitCode = 1;
          resolve();
        },
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
}
