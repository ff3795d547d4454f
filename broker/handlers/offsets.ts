// ListOffsets, OffsetForLeaderEpoch, DeleteRecords and InitProducerId.
import { ErrorCode } from '../protocol/errors.ts';
import {
  type DeleteRecordsRequest,
  type DeleteRecordsResponse,
  newDeleteRecordsResponse,
} from '../protocol/generated/delete-records.ts';
import {
  type InitProducerIdRequest,
  type InitProducerIdResponse,
  newInitProducerIdResponse,
} from '../protocol/generated/init-producer-id.ts';
import {
  type ListOffsetsRequest,
  type ListOffsetsResponse,
  newListOffsetsResponse,
  newListOffsetsResponseListOffsetsPartitionResponse,
} from '../protocol/generated/list-offsets.ts';
import {
  newOffsetForLeaderEpochResponse,
  newOffsetForLeaderEpochResponseEpochEndOffset,
  type OffsetForLeaderEpochRequest,
  type OffsetForLeaderEpochResponse,
} from '../protocol/generated/offset-for-leader-epoch.ts';
import { errorCodeOf, missingLogCode, type RequestInfo } from './context.ts';

export function handleListOffsets(body: ListOffsetsRequest, request: RequestInfo): ListOffsetsResponse {
  const { engine } = request.broker;
  return {
    ...newListOffsetsResponse(),
    topics: body.topics.map((topic) => ({
      name: topic.name,
      partitions: topic.partitions.map((p) => {
        const base = {
          ...newListOffsetsResponseListOffsetsPartitionResponse(),
          partitionIndex: p.partitionIndex,
        };
        const log = engine.partitionLog(topic.name, p.partitionIndex);
        if (!log) return { ...base, errorCode: missingLogCode(engine, topic.name, p.partitionIndex) };
        // -1 latest, -2 earliest, -3 max timestamp (KIP-734, answered as the latest batch).
        const timestamp = Number(p.timestamp);
        const found = engine.listOffset(log, timestamp === -3 ? -1 : timestamp);
        // v0 answers with a list of offsets; v1+ with one offset and its timestamp.
        const oldStyleOffsets =
          request.apiVersion === 0 ? (found.offset >= 0 ? [BigInt(found.offset)] : []) : [];
        return {
          ...base,
          offset: BigInt(found.offset),
          timestamp: BigInt(found.timestamp),
          leaderEpoch: engine.leaderEpochOf(log.topicId, log.partition),
          oldStyleOffsets,
        };
      }),
    })),
  };
}

/**
 * The current leader epoch of each partition, ending at the high watermark: acked data is never
 * truncated, so no earlier epoch ends anywhere else a client could have read.
 */
export function handleOffsetForLeaderEpoch(
  body: OffsetForLeaderEpochRequest,
  request: RequestInfo,
): OffsetForLeaderEpochResponse {
  const { engine } = request.broker;
  return {
    ...newOffsetForLeaderEpochResponse(),
    topics: body.topics.map((topic) => ({
      topic: topic.topic,
      partitions: topic.partitions.map((p) => {
        const base = { ...newOffsetForLeaderEpochResponseEpochEndOffset(), partition: p.partition };
        const log = engine.partitionLog(topic.topic, p.partition);
        if (!log) return { ...base, errorCode: missingLogCode(engine, topic.topic, p.partition) };
        const epoch = engine.leaderEpochOf(log.topicId, log.partition);
        if (p.currentLeaderEpoch > epoch) return { ...base, errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH };
        if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch < epoch)
          return { ...base, errorCode: ErrorCode.FENCED_LEADER_EPOCH };
        // Acked data is never truncated: every epoch ends at the high watermark as far as a client is concerned.
        return { ...base, leaderEpoch: epoch, endOffset: BigInt(log.highWatermark) };
      }),
    })),
  };
}

export async function handleDeleteRecords(
  body: DeleteRecordsRequest,
  request: RequestInfo,
): Promise<DeleteRecordsResponse> {
  const { engine, logger } = request.broker;
  const topics = await Promise.all(
    body.topics.map(async (topic) => ({
      name: topic.name,
      partitions: await Promise.all(
        topic.partitions.map(async (p) => {
          try {
            const lowWatermark = await engine.deleteRecords(topic.name, p.partitionIndex, Number(p.offset));
            return {
              partitionIndex: p.partitionIndex,
              lowWatermark: BigInt(lowWatermark),
              errorCode: ErrorCode.NONE,
            };
          } catch (error) {
            return {
              partitionIndex: p.partitionIndex,
              lowWatermark: -1n,
              errorCode: errorCodeOf(error, logger),
            };
          }
        }),
      ),
    })),
  );
  return { ...newDeleteRecordsResponse(), topics };
}

export async function handleInitProducerId(
  body: InitProducerIdRequest,
  request: RequestInfo,
): Promise<InitProducerIdResponse> {
  const { engine, logger } = request.broker;
  if (body.transactionalId !== null) {
    // No transaction coordinator: a transactional producer must not believe it has one.
    return {
      ...newInitProducerIdResponse(),
      errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE,
      producerId: -1n,
      producerEpoch: -1,
    };
  }
  try {
    // A fresh id with epoch 0; a producer re-initialising (KIP-360) simply gets a new id.
    const producerId = await engine.allocateProducerId();
    return { ...newInitProducerIdResponse(), producerId, producerEpoch: 0 };
  } catch (error) {
    return {
      ...newInitProducerIdResponse(),
      errorCode: errorCodeOf(error, logger),
      producerId: -1n,
      producerEpoch: -1,
    };
  }
}
