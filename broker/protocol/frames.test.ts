// Known bytes, written by hand from the protocol guide, for requests and responses as clients see them.
import { describe, expect, it } from 'vitest';
import { ProtocolDecodeError, Reader } from './buffer.ts';
import { ErrorCode } from './errors.ts';
import {
  decodeRequest,
  decodeRequestHeader,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  requestHeaderVersion,
  responseHeaderVersion,
  UnsupportedRequestError,
} from './frames.ts';
import { ApiKey, apiTable } from './generated/api-table.ts';
import { newFetchResponsePartitionData } from './generated/fetch.ts';
import { newProduceResponsePartitionProduceResponse } from './generated/produce.ts';

/** Hex with spaces and comments (`# ...` to end of line) to a Buffer. */
function hex(text: string): Buffer {
  return Buffer.from(text.replace(/#[^\n]*/g, '').replace(/\s+/g, ''), 'hex');
}

function ascii(text: string): string {
  return Buffer.from(text, 'latin1').toString('hex');
}

function frameOf(body: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

function concat(chunks: Buffer[]): Buffer {
  return Buffer.concat(chunks);
}

const apiVersionsV0 = hex(`
  0012 0000        # api key 18 (ApiVersions), version 0
  00000001         # correlation id
  0004 ${ascii('test')} # client id, int16 length (request header v1)
`);

const apiVersionsV3 = hex(`
  0012 0003        # ApiVersions v3: flexible, so request header v2
  00000007
  0007 ${ascii('rdkafka')} # client id stays a non-compact string even in header v2
  00               # header tagged fields: none
  0b ${ascii('librdkafka')} # ClientSoftwareName, compact string: length + 1
  06 ${ascii('2.3.0')}      # ClientSoftwareVersion
  00               # body tagged fields: none
`);

describe('request frames', () => {
  it('decodes an ApiVersions v0 request as a client sends it', () => {
    const request = decodeRequest(apiVersionsV0);
    expect(request.apiKey).toBe(ApiKey.ApiVersions);
    expect(request.apiVersion).toBe(0);
    expect(request.header).toEqual({
      requestApiKey: 18,
      requestApiVersion: 0,
      correlationId: 1,
      clientId: 'test',
    });
    // v0 has no body fields: the v3 fields read as their defaults.
    expect(request.body).toEqual({ clientSoftwareName: '', clientSoftwareVersion: '' });
  });

  it('encodes an ApiVersions v0 request to the same bytes, size prefix included', () => {
    const frame = concat(encodeRequest(ApiKey.ApiVersions, 0, 1, 'test', apiTable[18].request.create()));
    expect(frame.toString('hex')).toBe(frameOf(apiVersionsV0).toString('hex'));
  });

  it('round-trips an ApiVersions v3 request with request header v2 and compact strings', () => {
    const request = decodeRequest(apiVersionsV3);
    expect(request.header.clientId).toBe('rdkafka');
    expect(request.body).toEqual({ clientSoftwareName: 'librdkafka', clientSoftwareVersion: '2.3.0' });
    const frame = concat(
      encodeRequest(ApiKey.ApiVersions, 3, 7, 'rdkafka', {
        clientSoftwareName: 'librdkafka',
        clientSoftwareVersion: '2.3.0',
      }),
    );
    expect(frame.subarray(4).toString('hex')).toBe(apiVersionsV3.toString('hex'));
  });

  it('skips unknown tagged fields in the request header v2 and in the body', () => {
    const withTags = hex(`
      0012 0003 00000007 0007 ${ascii('rdkafka')}
      02 05 02 abcd 07 00  # header: two tagged fields, tag 5 (2 bytes), tag 7 (0 bytes)
      0b ${ascii('librdkafka')} 06 ${ascii('2.3.0')}
      01 2a 03 010203      # body: tag 42 with 3 bytes
    `);
    const request = decodeRequest(withTags);
    expect(request.header.correlationId).toBe(7);
    expect(request.body).toEqual({ clientSoftwareName: 'librdkafka', clientSoftwareVersion: '2.3.0' });
  });

  it('decodes a Metadata v1 request for one topic and for all topics (null array)', () => {
    const oneTopic = hex(`
      0003 0001 0000002a 0006 ${ascii('client')}
      00000001                     # topics: 1
      0006 ${ascii('orders')}      # name
    `);
    const request = decodeRequest(oneTopic);
    expect(request.apiKey).toBe(ApiKey.Metadata);
    if (request.apiKey !== ApiKey.Metadata) return;
    expect(request.body.topics).toEqual([
      { topicId: '00000000-0000-0000-0000-000000000000', name: 'orders' },
    ]);
    expect(request.body.allowAutoTopicCreation).toBe(true); // the v4+ field reads as its spec default

    const allTopics = hex(`0003 0001 0000002a 0006 ${ascii('client')} ffffffff`);
    const all = decodeRequest(allTopics);
    expect(all.body).toMatchObject({ topics: null });
    const encoded = concat(
      encodeRequest(ApiKey.Metadata, 1, 42, 'client', { ...apiTable[3].request.create(), topics: null }),
    );
    expect(encoded.subarray(4).toString('hex')).toBe(allTopics.toString('hex'));
  });

  it('decodes a Produce v3 request with the records as a view into the frame', () => {
    const batch = Buffer.from('00112233445566778899', 'hex');
    const frame = hex(`
      0000 0003 00000005 0002 ${ascii('p1')}
      ffff             # transactional id: null
      ffff             # acks: -1
      00007530         # timeout 30000 ms
      00000001 0006 ${ascii('orders')}
      00000001 00000002 # one partition: index 2
      0000000a ${batch.toString('hex')}
    `);
    const request = decodeRequest(frame);
    if (request.apiKey !== ApiKey.Produce) throw new Error('expected a Produce request');
    expect(request.body.transactionalId).toBeNull();
    expect(request.body.acks).toBe(-1);
    expect(request.body.timeoutMs).toBe(30_000);
    const records = request.body.topicData[0].partitionData[0].records;
    expect(records).toEqual(batch);
    expect(records?.buffer).toBe(frame.buffer);
  });

  it('uses request header v0 for ControlledShutdown v0 only', () => {
    expect(requestHeaderVersion(ApiKey.ControlledShutdown, 0)).toBe(0);
    expect(requestHeaderVersion(ApiKey.ControlledShutdown, 1)).toBe(1);
    expect(requestHeaderVersion(ApiKey.ControlledShutdown, 3)).toBe(2);
    const frame = hex('0007 0000 00000009 00000003'); // no client id; body: broker id 3
    const request = decodeRequest(frame);
    expect(request.header).toEqual({
      requestApiKey: 7,
      requestApiVersion: 0,
      correlationId: 9,
      clientId: '',
    });
    expect(request.body).toMatchObject({ brokerId: 3 });
  });

  it('reports an unsupported version with the header decoded, so ApiVersions can be answered', () => {
    const tooNew = hex(`0012 0063 0000000b 0001 ${ascii('x')} 00`);
    let caught: unknown;
    try {
      decodeRequest(tooNew);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnsupportedRequestError);
    const error = caught as UnsupportedRequestError;
    expect(error.code).toBe(ErrorCode.UNSUPPORTED_VERSION);
    expect(error.header.correlationId).toBe(11);
    expect(error.header.clientId).toBe('x');
  });

  it('reads the header of an unknown api key as header v1', () => {
    const reader = new Reader(hex(`7fff 0001 00000003 0002 ${ascii('id')} ffff`));
    expect(decodeRequestHeader(reader)).toEqual({
      requestApiKey: 0x7fff,
      requestApiVersion: 1,
      correlationId: 3,
      clientId: 'id',
    });
    expect(reader.offset).toBe(12);
    expect(() => decodeRequest(hex(`7fff 0001 00000003 0002 ${ascii('id')}`))).toThrow(
      UnsupportedRequestError,
    );
  });

  it('throws ProtocolDecodeError for a truncated body', () => {
    expect(() => decodeRequest(apiVersionsV3.subarray(0, apiVersionsV3.length - 3))).toThrow(
      ProtocolDecodeError,
    );
  });
});

describe('response frames', () => {
  it('encodes ApiVersions v3 with response header v0 (no tagged section) and tagged body fields', () => {
    expect(responseHeaderVersion(ApiKey.ApiVersions, 3)).toBe(0);
    const body = {
      ...apiTable[18].response.create(),
      apiKeys: [
        { apiKey: 0, minVersion: 0, maxVersion: 11 },
        { apiKey: 18, minVersion: 0, maxVersion: 4 },
      ],
    };
    const expected = hex(`
      0000001a         # size 26
      00000007         # correlation id; header v0 has no tagged fields
      0000             # error code
      03               # api keys: compact array of 2
      0000 0000 000b 00
      0012 0000 0004 00
      00000000         # throttle time
      00               # tagged fields: all at their defaults, so none written
    `);
    expect(concat(encodeResponse(ApiKey.ApiVersions, 3, 7, body)).toString('hex')).toBe(
      expected.toString('hex'),
    );

    const withEpoch = concat(
      encodeResponse(ApiKey.ApiVersions, 3, 7, { ...body, finalizedFeaturesEpoch: 5n }),
    );
    expect(withEpoch.subarray(withEpoch.length - 11).toString('hex')).toBe(
      '01' + '01' + '08' + '0000000000000005',
    );
    const decoded = decodeResponse(ApiKey.ApiVersions, 3, withEpoch.subarray(4));
    expect(decoded.correlationId).toBe(7);
    expect(decoded.body.finalizedFeaturesEpoch).toBe(5n);
  });

  it('encodes a flexible Produce v9 response with response header v1', () => {
    expect(responseHeaderVersion(ApiKey.Produce, 9)).toBe(1);
    const frame = concat(
      encodeResponse(ApiKey.Produce, 9, 0x01020304, {
        responses: [
          {
            name: 'orders',
            partitionResponses: [
              {
                ...newProduceResponsePartitionProduceResponse(),
                index: 1,
                baseOffset: 100n,
                logStartOffset: 0n,
              },
            ],
          },
        ],
        throttleTimeMs: 0,
        nodeEndpoints: [],
      }),
    );
    const expected = hex(`
      01020304 00                  # correlation id, header tagged fields
      02                           # responses: 1
      07 ${ascii('orders')}        # compact string
      02                           # partition responses: 1
      00000001 0000                # index 1, no error
      0000000000000064             # base offset 100
      ffffffffffffffff             # log append time -1
      0000000000000000             # log start offset 0
      01                           # record errors: empty compact array
      00                           # error message: null
      00 00                        # partition and topic tagged fields
      00000000 00                  # throttle time, tagged fields
    `);
    expect(frame.subarray(4).toString('hex')).toBe(expected.toString('hex'));
    expect(frame.readInt32BE(0)).toBe(expected.length);
  });

  it('appends large record buffers to a Fetch response without copying them', () => {
    const records = Buffer.alloc(64 * 1024, 7);
    const chunks = encodeResponse(ApiKey.Fetch, 11, 1, {
      ...apiTable[1].response.create(),
      responses: [
        {
          topic: 'orders',
          topicId: '00000000-0000-0000-0000-000000000000',
          partitions: [{ ...newFetchResponsePartitionData(), records }],
        },
      ],
    });
    expect(chunks).toContain(records);
    const frame = concat(chunks);
    expect(frame.readInt32BE(0)).toBe(frame.length - 4);
    const decoded = decodeResponse(ApiKey.Fetch, 11, frame.subarray(4));
    expect(decoded.body.responses[0].partitions[0].records).toEqual(records);
  });

  it('refuses to encode a version the API does not have', () => {
    expect(() => encodeResponse(ApiKey.Produce, 99, 1, apiTable[0].response.create())).toThrow(/version 99/);
  });
});
