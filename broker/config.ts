// The broker's configuration: every option with its default, validated once at start-up.
import { z } from 'zod';
import { zBool } from '../common/config.ts';
import { parseDuration_ms, parseSize_bytes } from '../common/units.ts';

const hostPort = z.string().regex(/^[^:\s]+:\d{1,5}$/, 'expected host:port, e.g. 127.0.0.1:9092');
const size = z.union([z.string(), z.number()]).transform((value, ctx) => {
  try {
    return parseSize_bytes(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});
const duration = z.union([z.string(), z.number()]).transform((value, ctx) => {
  try {
    return parseDuration_ms(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

export const brokerConfigSchema = z.object({
  listen: hostPort.default('127.0.0.1:9092'),
  advertisedListener: hostPort.optional(),
  data: z.string().min(1).default('file://./longhaul-data'),
  nodeId: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** host:port of the admin HTTP server, or `off`. */
  adminListen: z.union([hostPort, z.literal('off')]).default('127.0.0.1:9644'),
  enableFaultInjection: zBool.default(false),
  autoCreateTopics: zBool.default(true),
  defaultPartitions: z.coerce.number().int().min(1).max(10_000).default(1),
  maxRequestSize: size.default(100 * 1024 * 1024),
  logCacheSize: size.default(256 * 1024 * 1024),
  blockCacheSize: size.default(64 * 1024 * 1024),
  groupInitialRebalanceDelay: duration.default(300),
  /** A broker whose heartbeat does not change for this long is failed over. */
  leaseTimeout: duration.default(3000),
  heartbeatInterval: duration.default(500),
  /** Move partitions between brokers to even out partition counts and bytes-in. */
  autoBalance: zBool.default(true),
  /** On SIGTERM, how long to wait for the controller to move this broker's partitions away. */
  drainTimeout: duration.default(20_000),
  /** Compaction of WAL objects into per-partition stream objects (see README "Compaction"). */
  compactionInterval: duration.default(5000),
  compactionMaxAge: duration.default(30_000),
  compactionMinBytes: size.default(4 * 1024 * 1024),
  /** Metadata snapshots every so many log objects; the log below one is deleted once it is this old. */
  metadataSnapshotEvery: z.coerce.number().int().min(10).default(2000),
  metadataLogGrace: duration.default(60_000),
  /** How often retention (retention.ms / retention.bytes) is enforced. */
  retentionCheckInterval: duration.default(30_000),
});

export type BrokerConfig = z.infer<typeof brokerConfigSchema>;

export function splitHostPort(value: string): { host: string; port: number } {
  const index = value.lastIndexOf(':');
  return { host: value.slice(0, index), port: Number(value.slice(index + 1)) };
}
