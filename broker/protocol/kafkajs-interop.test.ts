// Cross-check with a real client's codec: kafkajs (our workers' client) encodes requests we decode and
// decodes responses we encode, byte for byte through its own protocol modules.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeRequest, encodeResponse } from './frames.ts';
import { ApiKey, apiList } from './generated/api-table.ts';
import { newFetchResponsePartitionData } from './generated/fetch.ts';
import { newMetadataResponsePartition, newMetadataResponseTopic } from './generated/metadata.ts';
import { newProduceResponsePartitionProduceResponse } from './generated/produce.ts';
import { buildBatch, decodeRecords, validateProducedRecords } from './records.ts';

const require = createRequire(import.meta.url);

interface KafkajsRequest {
  readonly apiKey: number;
  readonly apiVersion: number;
  encode(): Promise<unknown>;
}
type RequestFactory = (args: Record<string, unknown>) => KafkajsRequest;
interface ResponseModule {
  decode(payload: Buffer): Promise<Record<string, unknown>>;
}

function kafkajs<T>(path: string): T {
  return require(`kafkajs/src/protocol/${path}`) as T;
}

const frameRequest =
  kafkajs<
    (args: {
      correlationId: number;
      clientId: string;
      request: KafkajsRequest;
    }) => Promise<{ buffer: Buffer }>
  >('request.js');

/** kafkajs frames a request with its size; decodeRequest takes the bytes after the size. */
async function kafkajsFrame(request: KafkajsRequest, correlationId = 5): Promise<Buffer> {
  const encoded = await frameRequest({ correlationId, clientId: 'kafkajs-test', request });
  return encoded.buffer.subarray(4);
}

/** kafkajs reads size and correlation id (response header v0) itself, then decodes the rest. */
function kafkajsPayload(chunks: Buffer[], correlationId: number): Buffer {
  const frame = Buffer.concat(chunks);
  expect(frame.readInt32BE(0)).toBe(frame.length - 4);
  expect(frame.readInt32BE(4)).toBe(correlationId);
  return frame.subarray(8);
}

describe('kafkajs interop', () => {
  it('decodes a kafkajs Produce v3 request, records included', async () => {
    const request = kafkajs<RequestFactory>('requests/produce/v3/request.js')({
      acks: -1,
      timeout: 30000,
      topicData: [
        {
          topic: 'orders',
          partitions: [
            {
              partition: 2,
              firstSequence: 0,
              messages: [
                { key: 'k1', value: 'v1', timestamp: 1_700_000_000_000, headers: { trace: 'abc' } },
                { key: null, value: 'v2', timestamp: 1_700_000_000_001 },
              ],
            },
          ],
        },
      ],
    });
    const decoded = decodeRequest(await kafkajsFrame(request));
    if (decoded.apiKey !== ApiKey.Produce) throw new Error('expected Produce');
    expect(decoded.header.clientId).toBe('kafkajs-test');
    expect(decoded.body.acks).toBe(-1);
    const partition = decoded.body.topicData[0].partitionData[0];
    expect(decoded.body.topicData[0].name).toBe('orders');
    expect(partition.index).toBe(2);
    const batches = validateProducedRecords(partition.records ?? Buffer.alloc(0));
    expect(batches).toHaveLength(1);
    const records = decodeRecords(batches[0].bytes);
    expect(records.map((r) => [r.key?.toString() ?? null, r.value?.toString(), r.timestamp])).toEqual([
      ['k1', 'v1', 1_700_000_000_000n],
      [null, 'v2', 1_700_000_000_001n],
    ]);
    expect(records[0].headers).toEqual([{ key: 'trace', value: Buffer.from('abc') }]);
  });

  it('decodes kafkajs Metadata v6, ApiVersions v2 and Fetch v11 requests', async () => {
    const metadata = decodeRequest(
      await kafkajsFrame(kafkajs<RequestFactory>('requests/metadata/v6/request.js')({ topics: ['a', 'b'] })),
    );
    expect(metadata.body).toMatchObject({
      topics: [{ name: 'a' }, { name: 'b' }],
      allowAutoTopicCreation: true,
    });

    const apiVersions = decodeRequest(
      await kafkajsFrame(kafkajs<RequestFactory>('requests/apiVersions/v2/request.js')({})),
    );
    expect(apiVersions.apiKey).toBe(ApiKey.ApiVersions);
    expect(apiVersions.apiVersion).toBe(2);

    const fetch = decodeRequest(
      await kafkajsFrame(
        kafkajs<RequestFactory>('requests/fetch/v11/request.js')({
          replicaId: -1,
          maxWaitTime: 500,
          minBytes: 1,
          maxBytes: 1048576,
          topics: [{ topic: 'orders', partitions: [{ partition: 0, fetchOffset: '42', maxBytes: 65536 }] }],
          rackId: 'r1',
        }),
      ),
    );
    if (fetch.apiKey !== ApiKey.Fetch) throw new Error('expected Fetch');
    expect(fetch.body.maxWaitMs).toBe(500);
    expect(fetch.body.rackId).toBe('r1');
    expect(fetch.body.topics[0].partitions[0]).toMatchObject({
      partition: 0,
      fetchOffset: 42n,
      partitionMaxBytes: 65536,
    });
  });

  it('encodes ApiVersions v2 and Metadata v5 responses that kafkajs decodes', async () => {
    const apiVersions = await kafkajs<ResponseModule>('requests/apiVersions/v2/response.js').decode(
      kafkajsPayload(
        encodeResponse(ApiKey.ApiVersions, 2, 9, {
          errorCode: 0,
          apiKeys: apiList.map((api) => ({
            apiKey: api.apiKey,
            minVersion: api.minVersion,
            maxVersion: api.maxVersion,
          })),
          throttleTimeMs: 0,
          supportedFeatures: [],
          finalizedFeaturesEpoch: -1n,
          finalizedFeatures: [],
          zkMigrationReady: false,
        }),
        9,
      ),
    );
    expect(apiVersions.errorCode).toBe(0);
    expect(apiVersions.apiVersions).toContainEqual({ apiKey: 1, minVersion: 0, maxVersion: 17 });

    const metadata = await kafkajs<ResponseModule>('requests/metadata/v5/response.js').decode(
      kafkajsPayload(
        encodeResponse(ApiKey.Metadata, 5, 10, {
          throttleTimeMs: 0,
          brokers: [{ nodeId: 1, host: 'localhost', port: 9092, rack: null }],
          clusterId: 'longhaul',
          controllerId: 1,
          topics: [
            {
              ...newMetadataResponseTopic(),
              name: 'orders',
              partitions: [
                {
                  ...newMetadataResponsePartition(),
                  partitionIndex: 0,
                  leaderId: 1,
                  replicaNodes: [1],
                  isrNodes: [1],
                },
              ],
            },
          ],
          clusterAuthorizedOperations: -2147483648,
        }),
        10,
      ),
    );
    expect(metadata).toMatchObject({
      brokers: [{ nodeId: 1, host: 'localhost', port: 9092, rack: null }],
      clusterId: 'longhaul',
      topicMetadata: [
        { topic: 'orders', partitionMetadata: [{ partitionId: 0, leader: 1, replicas: [1], isr: [1] }] },
      ],
    });
  });

  it('encodes Produce v7 and Fetch v11 responses that kafkajs decodes, records included', async () => {
    const produce = await kafkajs<ResponseModule>('requests/produce/v7/response.js').decode(
      kafkajsPayload(
        encodeResponse(ApiKey.Produce, 7, 11, {
          responses: [
            {
              name: 'orders',
              partitionResponses: [
                { ...newProduceResponsePartitionProduceResponse(), index: 2, baseOffset: 100n },
              ],
            },
          ],
          throttleTimeMs: 0,
          nodeEndpoints: [],
        }),
        11,
      ),
    );
    expect(produce.topics).toMatchObject([
      { topicName: 'orders', partitions: [{ partition: 2, errorCode: 0, baseOffset: '100' }] },
    ]);

    const batch = buildBatch({
      baseOffset: 40n,
      records: [
        { key: 'a', value: 'first', timestamp: 1_700_000_000_000n },
        { key: 'b', value: 'second', timestamp: 1_700_000_000_002n, headers: [{ key: 'h', value: 'x' }] },
      ],
    });
    const fetch = await kafkajs<ResponseModule>('requests/fetch/v11/response.js').decode(
      kafkajsPayload(
        encodeResponse(ApiKey.Fetch, 11, 12, {
          throttleTimeMs: 0,
          errorCode: 0,
          sessionId: 0,
          responses: [
            {
              topic: 'orders',
              topicId: '00000000-0000-0000-0000-000000000000',
              partitions: [
                {
                  ...newFetchResponsePartitionData(),
                  partitionIndex: 0,
                  highWatermark: 42n,
                  lastStableOffset: 42n,
                  logStartOffset: 0n,
                  abortedTransactions: [],
                  // A partial batch at the end, as a size-limited fetch may return.
                  records: Buffer.concat([batch, batch.subarray(0, 30)]),
                },
              ],
            },
          ],
          nodeEndpoints: [],
        }),
        12,
      ),
    );
    const responses = fetch.responses as {
      partitions: { messages: { offset: string; key: Buffer; value: Buffer }[] }[];
    }[];
    const messages = responses[0].partitions[0].messages;
    expect(messages.map((m) => [m.offset, m.key.toString(), m.value.toString()])).toEqual([
      ['40', 'a', 'first'],
      ['41', 'b', 'second'],
    ]);
  });
});
