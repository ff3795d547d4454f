// Admin HTTP routes of the cluster: who leads what, and partition reassignment.
import { z } from 'zod';
import { AdminRequestError, type AdminRoute } from '../admin.ts';
import type { StorageEngine } from '../storage/engine.ts';
import { partitionKey } from '../storage/metadata-state.ts';
import type { ClusterMember } from './member.ts';
import { splitKey } from './member.ts';

const reassignmentSchema = z.strictObject({
  topic: z.string().min(1),
  partition: z.number().int().min(0),
  broker: z.number().int().min(0),
});

/** The cluster as this broker's copy of the metadata log says it is. */
export function describeCluster(engine: StorageEngine, member: ClusterMember) {
  const meta = engine.meta;
  const partitions: {
    topic: string;
    partition: number;
    leader: number;
    leaderEpoch: number;
    ready: boolean;
  }[] = [];
  for (const [key, leader] of meta.leaders) {
    const { topicId, partition } = splitKey(key);
    const topic = meta.topicsById.get(topicId);
    if (!topic) continue;
    partitions.push({
      topic: topic.name,
      partition,
      leader: leader.leader,
      leaderEpoch: leader.leaderEpoch,
      ready: leader.released,
    });
  }
  partitions.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
  return {
    clusterId: engine.clusterId,
    nodeId: engine.nodeId,
    controller: meta.controller?.nodeId ?? null,
    controllerEpoch: meta.controllerEpoch,
    brokers: meta.liveBrokers().map((b) => ({
      nodeId: b.nodeId,
      host: b.host,
      port: b.port,
      draining: b.draining,
      partitions: partitions.filter((p) => p.leader === b.nodeId).length,
    })),
    partitions,
    stats: {
      leadershipChanges_total: member.stats.leadershipChanges_total,
      failovers_total: member.stats.failovers_total,
      reassignments_total: member.stats.reassignments_total,
      balanceMoves_total: member.stats.balanceMoves_total,
      lastFailover_ms: member.stats.lastFailover_ms ?? null,
    },
  };
}

export function clusterRoutes(engine: StorageEngine, member: ClusterMember): AdminRoute[] {
  return [
    { method: 'GET', path: '/cluster', handle: () => describeCluster(engine, member) },
    {
      method: 'GET',
      path: '/reassignments',
      handle: () => ({
        pending: [...engine.meta.reassignments].map(([id, r]) => ({
          id,
          topic: engine.meta.topicsById.get(r.topicId)?.name ?? r.topicId,
          partition: r.partition,
          broker: r.target,
        })),
      }),
    },
    {
      method: 'POST',
      path: '/reassignments',
      handle: async (body) => {
        const parsed = reassignmentSchema.safeParse(body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AdminRequestError(
            400,
            `bad reassignment: ${issue.path.join('.') || 'body'}: ${issue.message}; expected {"topic":"t","partition":0,"broker":1}`,
          );
        }
        const { topic, partition, broker } = parsed.data;
        const meta = engine.topic(topic);
        if (!meta || partition >= meta.partitions)
          throw new AdminRequestError(404, `no partition ${topic}-${partition}`);
        if (!engine.meta.brokers.has(broker))
          throw new AdminRequestError(
            400,
            `broker ${broker} is not a live member (live: ${engine.meta
              .liveBrokers()
              .map((b) => b.nodeId)
              .join(', ')})`,
          );
        // Nothing to do: a recorded request would stay pending until the partition next moves, as
        // only a leadership change of the partition clears requests for it.
        const leader = engine.meta.leaders.get(partitionKey(meta.topicId, partition));
        if (leader?.leader === broker && leader.released) return { id: null, topic, partition, broker };
        const id = await member.requestReassignment(meta.topicId, partition, broker);
        return { id, topic, partition, broker };
      },
    },
  ];
}
