// The Kafka error table: names, codes and retriability a broker and its checkers rely on.
import { describe, expect, it } from 'vitest';
import { ErrorCode, KafkaProtocolError, kafkaError, kafkaErrors } from './errors.ts';

describe('Kafka error codes', () => {
  it('ErrorCode names and the table agree one to one', () => {
    const fromTable = Object.fromEntries([...kafkaErrors.values()].map((e) => [e.name, e.code]));
    expect(fromTable).toEqual(ErrorCode);
  });

  it('has the codes a produce/fetch/group/idempotence broker answers with, with Kafka retriability', () => {
    const expected: [keyof typeof ErrorCode, number, boolean][] = [
      ['CORRUPT_MESSAGE', 2, true],
      ['UNKNOWN_TOPIC_OR_PARTITION', 3, true],
      ['NOT_LEADER_OR_FOLLOWER', 6, true],
      ['REQUEST_TIMED_OUT', 7, true],
      ['MESSAGE_TOO_LARGE', 10, false],
      ['NOT_COORDINATOR', 16, true],
      ['NOT_ENOUGH_REPLICAS', 19, true],
      ['REBALANCE_IN_PROGRESS', 27, false],
      ['UNSUPPORTED_VERSION', 35, false],
      ['INVALID_REQUEST', 42, false],
      ['OUT_OF_ORDER_SEQUENCE_NUMBER', 45, false],
      ['DUPLICATE_SEQUENCE_NUMBER', 46, false],
      ['INVALID_PRODUCER_EPOCH', 47, false],
      ['KAFKA_STORAGE_ERROR', 56, true],
      ['UNKNOWN_PRODUCER_ID', 59, false],
      ['REASSIGNMENT_IN_PROGRESS', 60, false],
      ['FENCED_LEADER_EPOCH', 74, true],
      ['UNKNOWN_LEADER_EPOCH', 75, true],
      ['MEMBER_ID_REQUIRED', 79, false],
      ['FENCED_INSTANCE_ID', 82, false],
      ['INVALID_RECORD', 87, false],
      ['PRODUCER_FENCED', 90, false],
      ['UNKNOWN_TOPIC_ID', 100, true],
    ];
    for (const [name, code, retriable] of expected) {
      expect(ErrorCode[name]).toBe(code);
      expect(kafkaError(code)).toMatchObject({ name, retriable });
      expect(kafkaError(code).message.length).toBeGreaterThan(5);
    }
  });

  it('KafkaProtocolError carries code, name and retriability, by code or by name', () => {
    const byName = new KafkaProtocolError('NOT_LEADER_OR_FOLLOWER', 'orders-3 moved to broker 2');
    expect(byName).toMatchObject({ code: 6, errorName: 'NOT_LEADER_OR_FOLLOWER', retriable: true });
    expect(byName.message).toBe('NOT_LEADER_OR_FOLLOWER: orders-3 moved to broker 2');
    const byCode = new KafkaProtocolError(ErrorCode.DUPLICATE_SEQUENCE_NUMBER);
    expect(byCode.retriable).toBe(false);
    expect(byCode.message).toMatch(/^DUPLICATE_SEQUENCE_NUMBER: /);
    expect(kafkaError(9999)).toMatchObject({ code: 9999, retriable: false, name: 'UNKNOWN_ERROR_CODE_9999' });
  });
});
