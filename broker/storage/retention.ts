// Retention: move each partition's log start past batches older than retention.ms or beyond retention.bytes.
import { topicConfigValue } from '../handlers/topic-configs.ts';
import type { StorageEngine } from './engine.ts';
import type { PartitionLog } from './partition-log.ts';

/** The new log start offset for one partition, or undefined when nothing expires. */
export function retentionTarget(
  log: PartitionLog,
  retention_ms: number,
  retention_bytes: number,
  now_ms: number,
): number | undefined {
  const start = log.findBatch(log.logStartOffset);
  let target = log.logStartOffset;
  let size = log.size_bytes;
  // Whole batches only, oldest first; the newest batch always stays (Kafka keeps the active segment).
  for (let i = start; i < log.batches.length - 1; i++) {
    const batch = log.batches[i];
    const tooOld = retention_ms >= 0 && batch.maxTimestamp < now_ms - retention_ms;
    const tooBig = retention_bytes >= 0 && size > retention_bytes;
    if (!tooOld && !tooBig) break;
    size -= batch.location.len;
    target = batch.lastOffset + 1;
  }
  return target > log.logStartOffset ? target : undefined;
}

export async function enforceRetention(engine: StorageEngine, now_ms: number): Promise<number> {
  let moved = 0;
  for (const log of [...engine.allPartitions()]) {
    const topic = engine.topic(log.topic);
    if (!topic) continue;
    const target = retentionTarget(
      log,
      Number(topicConfigValue(topic.configs, 'retention.ms')),
      Number(topicConfigValue(topic.configs, 'retention.bytes')),
      now_ms,
    );
    if (target === undefined) continue;
    await engine.deleteRecords(log.topic, log.partition, target);
    moved++;
  }
  return moved;
}
