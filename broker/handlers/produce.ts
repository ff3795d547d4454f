// Produce: validate the batches, append them per partition, answer once durable (or never, for acks=0).
import { ErrorCode, KafkaProtocolError } from '../protocol/errors.ts';
import {
  newProduceResponse,
  newProduceResponsePartitionProduceResponse,
  type ProduceRequest,
  type ProduceResponse,
  type ProduceResponsePartitionProduceResponse,
} from '../protocol/generated/produce.ts';
import { validateProducedRecords } from '../protocol/records.ts';
import type { AppendBatch } from '../storage/engine.ts';
import { errorCodeOf, invalidTopicName, missingLogCode, type RequestInfo } from './context.ts';
import { topicConfigValue } from './topic-configs.ts';

type PartitionResponse = ProduceResponsePartitionProduceResponse;

function failed(index: number, errorCode: number, errorMessage: string | null = null): PartitionResponse {
  return { ...newProduceResponsePartitionProduceResponse(), index, errorCode, baseOffset: -1n, errorMessage };
}

export async function handleProduce(
  body: ProduceRequest,
  request: RequestInfo,
): Promise<ProduceResponse | null> {
  const { engine, metrics, logger, autoCreateTopics } = request.broker;
  if (body.transactionalId !== null) {
    // Transactions are not implemented: refuse clearly rather than pretend.
    return {
      ...newProduceResponse(),
      responses: body.topicData.map((topic) => ({
        name: topic.name,
        partitionResponses: topic.partitionData.map((p) =>
          failed(
            p.index,
            ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
            'transactions are not supported by this broker',
          ),
        ),
      })),
    };
  }
  if (body.acks !== 0 && body.acks !== 1 && body.acks !== -1) {
    return {
      ...newProduceResponse(),
      responses: body.topicData.map((topic) => ({
        name: topic.name,
        partitionResponses: topic.partitionData.map((p) => failed(p.index, ErrorCode.INVALID_REQUIRED_ACKS)),
      })),
    };
  }
  const responses = await Promise.all(
    body.topicData.map(async (topicData) => {
      let topic = engine.topic(topicData.name);
      let topicError: number = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      if (!topic && autoCreateTopics) {
        if (invalidTopicName(topicData.name)) topicError = ErrorCode.INVALID_TOPIC_EXCEPTION;
        else {
          try {
            topic = await engine.ensureTopic(topicData.name);
          } catch (error) {
            topicError = errorCodeOf(error, logger);
          }
        }
      }
      const maxMessage_bytes = topic ? Number(topicConfigValue(topic.configs, 'max.message.bytes')) : 0;
      const partitionResponses = await Promise.all(
        topicData.partitionData.map(async (partitionData): Promise<PartitionResponse> => {
          if (!topic) return failed(partitionData.index, topicError);
          const log = engine.partitionLog(topic.name, partitionData.index);
          if (!log)
            return failed(partitionData.index, missingLogCode(engine, topic.name, partitionData.index));
          if (!partitionData.records || partitionData.records.length === 0) {
            return failed(partitionData.index, ErrorCode.INVALID_RECORD, 'produce request has no records');
          }
          let batches: AppendBatch[];
          let records = 0;
          try {
            batches = validateProducedRecords(partitionData.records).map(({ header, bytes }) => {
              if (bytes.length > maxMessage_bytes + 12) {
                throw new KafkaProtocolError(
                  ErrorCode.MESSAGE_TOO_LARGE,
                  `record batch of ${bytes.length} bytes exceeds max.message.bytes ${maxMessage_bytes} of ${topic.name}`,
                );
              }
              records += header.recordCount;
              return {
                bytes,
                lastOffsetDelta: header.lastOffsetDelta,
                recordCount: header.recordCount,
                maxTimestamp: Number(header.maxTimestamp),
                producerId: header.producerId,
                producerEpoch: header.producerEpoch,
                baseSequence: header.baseSequence,
              };
            });
          } catch (error) {
            if (error instanceof KafkaProtocolError) {
              logger.warn(
                { topic: topic.name, partition: partitionData.index, client: request.header.clientId },
                error.message,
              );
              return failed(partitionData.index, error.code, error.message);
            }
            throw error;
          }
          try {
            // Self-test mutations (--enable-fault-injection only) wrap the append.
            const result = await (request.broker.mutations?.append(log, batches) ??
              engine.append(log, batches));
            metrics.bytesIn.inc(partitionData.records.length);
            metrics.messagesIn.inc(records);
            return {
              ...newProduceResponsePartitionProduceResponse(),
              index: partitionData.index,
              baseOffset: BigInt(result.baseOffset),
              logStartOffset: BigInt(result.logStartOffset),
            };
          } catch (error) {
            const errorCode = errorCodeOf(error, logger);
            return failed(partitionData.index, errorCode, (error as Error).message ?? null);
          }
        }),
      );
      return { name: topicData.name, partitionResponses };
    }),
  );
  // acks=0: the client expects no response at all; the append still happened (or failed silently).
  if (body.acks === 0) return null;
  return { ...newProduceResponse(), responses };
}
