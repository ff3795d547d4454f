// The proxy's Kafka framing: broker addresses rewritten in discovery responses, every other byte untouched.
import { describe, expect, it } from 'vitest';
import { decodeResponse, encodeRequest, encodeResponse } from '../../broker/protocol/frames.ts';
import { ApiKey, apiTable } from '../../broker/protocol/generated/api-table.ts';
import {
  newApiVersionsRequest,
  newApiVersionsResponse,
} from '../../broker/protocol/generated/api-versions.ts';
import {
  newDescribeClusterRequest,
  newDescribeClusterResponse,
  newDescribeClusterResponseDescribeClusterBroker,
} from '../../broker/protocol/generated/describe-cluster.ts';
import {
  newFindCoordinatorRequest,
  newFindCoordinatorResponse,
  newFindCoordinatorResponseCoordinator,
} from '../../broker/protocol/generated/find-coordinator.ts';
import {
  newMetadataRequest,
  newMetadataResponse,
  newMetadataResponseBroker,
} from '../../broker/protocol/generated/metadata.ts';
import { newProduceRequest, newProduceResponse } from '../../broker/protocol/generated/produce.ts';
import { type AddressLookup, parseHostPort, RequestTracker, ResponseRewriter } from './kafka-frames.ts';

/** Brokers 0 and 1 sit behind proxies on 127.0.0.1:40000 and :40001; broker 7 has none. */
const lookup: AddressLookup = (nodeId) =>
  nodeId === 0 || nodeId === 1 ? { host: '127.0.0.1', port: 40_000 + nodeId } : undefined;

const frame = (chunks: Buffer[]): Buffer => Buffer.concat(chunks);

/** A deterministic generator, so a failing split can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feeds `bytes` in random pieces (1 byte up to 40) and returns what comes out, concatenated. */
function feedInPieces(bytes: Buffer, push: (chunk: Buffer) => Buffer[], random: () => number): Buffer {
  const out: Buffer[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const n = 1 + Math.floor(random() * 40);
    out.push(...push(bytes.subarray(offset, offset + n)));
    offset += n;
  }
  return Buffer.concat(out);
}

/** Splits a stream of size-prefixed frames into frames without their prefix. */
function splitFrames(bytes: Buffer): Buffer[] {
  const frames: Buffer[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const size = bytes.readInt32BE(offset);
    frames.push(bytes.subarray(offset + 4, offset + 4 + size));
    offset += 4 + size;
  }
  return frames;
}

function metadataResponse(version: number, correlationId: number): Buffer {
  return frame(
    encodeResponse(ApiKey.Metadata, version, correlationId, {
      ...newMetadataResponse(),
      controllerId: 0,
      brokers: [
        { ...newMetadataResponseBroker(), nodeId: 0, host: 'broker-0.internal', port: 9092 },
        { ...newMetadataResponseBroker(), nodeId: 1, host: 'broker-1.internal', port: 9092 },
        { ...newMetadataResponseBroker(), nodeId: 7, host: 'broker-7.internal', port: 9092 },
      ],
    }),
  );
}

describe('kafka framing in the fault proxy', () => {
  it('rewrites broker addresses in Metadata responses split anywhere, and passes other frames byte for byte', () => {
    for (const version of [1, 9, 12]) {
      for (let seed = 1; seed <= 20; seed++) {
        const random = seeded(seed * 31 + version);
        const tracker = new RequestTracker();
        const rewriter = new ResponseRewriter(tracker, lookup);
        const requests = frame([
          ...encodeRequest(ApiKey.Produce, 9, 5, 'c', newProduceRequest()),
          ...encodeRequest(ApiKey.Metadata, version, 6, 'c', newMetadataRequest()),
          ...encodeRequest(ApiKey.Produce, 9, 7, 'c', newProduceRequest()),
        ]);
        feedInPieces(
          requests,
          (chunk) => {
            tracker.observe(chunk);
            return [];
          },
          random,
        );
        expect(tracker.pending).toBe(1);

        const produce5 = frame(encodeResponse(ApiKey.Produce, 9, 5, newProduceResponse()));
        const produce7 = frame(encodeResponse(ApiKey.Produce, 9, 7, newProduceResponse()));
        const out = feedInPieces(
          Buffer.concat([produce5, metadataResponse(version, 6), produce7]),
          (chunk) => rewriter.push(chunk),
          random,
        );
        const [first, metadata, last] = splitFrames(out);
        expect(first).toEqual(produce5.subarray(4));
        expect(last).toEqual(produce7.subarray(4));
        const body = decodeResponse(ApiKey.Metadata, version, metadata).body;
        expect(body.brokers.map((b) => `${b.nodeId}=${b.host}:${b.port}`)).toEqual([
          '0=127.0.0.1:40000',
          '1=127.0.0.1:40001',
          '7=broker-7.internal:9092',
        ]);
        expect(rewriter.rewritten).toBe(1);
        expect(tracker.pending).toBe(0);
      }
    }
  });

  it('rewrites FindCoordinator (single coordinator and KIP-699 list) and DescribeCluster, but not error entries', () => {
    const tracker = new RequestTracker();
    const rewriter = new ResponseRewriter(tracker, lookup);
    tracker.observe(frame(encodeRequest(ApiKey.FindCoordinator, 3, 1, 'c', newFindCoordinatorRequest())));
    tracker.observe(frame(encodeRequest(ApiKey.FindCoordinator, 4, 2, 'c', newFindCoordinatorRequest())));
    tracker.observe(frame(encodeRequest(ApiKey.DescribeCluster, 0, 3, 'c', newDescribeClusterRequest())));

    const v3 = splitFrames(
      frame(
        rewriter.push(
          frame(
            encodeResponse(ApiKey.FindCoordinator, 3, 1, {
              ...newFindCoordinatorResponse(),
              nodeId: 1,
              host: 'broker-1.internal',
              port: 9092,
            }),
          ),
        ),
      ),
    )[0];
    expect(decodeResponse(ApiKey.FindCoordinator, 3, v3).body).toMatchObject({
      nodeId: 1,
      host: '127.0.0.1',
      port: 40_001,
    });

    const v4 = splitFrames(
      frame(
        rewriter.push(
          frame(
            encodeResponse(ApiKey.FindCoordinator, 4, 2, {
              ...newFindCoordinatorResponse(),
              coordinators: [
                { ...newFindCoordinatorResponseCoordinator(), key: 'g', nodeId: 0, host: 'b0', port: 1 },
                {
                  ...newFindCoordinatorResponseCoordinator(),
                  key: 'h',
                  nodeId: -1,
                  host: '',
                  port: -1,
                  errorCode: 15,
                },
              ],
            }),
          ),
        ),
      ),
    )[0];
    expect(
      decodeResponse(ApiKey.FindCoordinator, 4, v4).body.coordinators.map(
        (c) => `${c.key}:${c.host}:${c.port}`,
      ),
    ).toEqual(['g:127.0.0.1:40000', 'h::-1']);

    const described = splitFrames(
      frame(
        rewriter.push(
          frame(
            encodeResponse(ApiKey.DescribeCluster, 0, 3, {
              ...newDescribeClusterResponse(),
              brokers: [
                { ...newDescribeClusterResponseDescribeClusterBroker(), brokerId: 1, host: 'b1', port: 2 },
              ],
            }),
          ),
        ),
      ),
    )[0];
    expect(decodeResponse(ApiKey.DescribeCluster, 0, described).body.brokers[0]).toMatchObject({
      host: '127.0.0.1',
      port: 40_001,
    });
    expect(rewriter.rewritten).toBe(3);
  });

  it('caps the advertised versions of the rewritten APIs at what the codec decodes', () => {
    const tracker = new RequestTracker();
    const rewriter = new ResponseRewriter(tracker, lookup);
    tracker.observe(frame(encodeRequest(ApiKey.ApiVersions, 3, 9, 'c', newApiVersionsRequest())));
    const response = frame(
      encodeResponse(ApiKey.ApiVersions, 3, 9, {
        ...newApiVersionsResponse(),
        apiKeys: [
          { apiKey: ApiKey.Produce, minVersion: 3, maxVersion: 99 },
          { apiKey: ApiKey.Metadata, minVersion: 0, maxVersion: 99 },
          { apiKey: ApiKey.FindCoordinator, minVersion: 0, maxVersion: 99 },
        ],
      }),
    );
    const out = splitFrames(frame(rewriter.push(response)))[0];
    const versions = decodeResponse(ApiKey.ApiVersions, 3, out).body.apiKeys;
    expect(versions.map((v) => v.maxVersion)).toEqual([
      99,
      apiTable[ApiKey.Metadata].response.maxVersion,
      apiTable[ApiKey.FindCoordinator].response.maxVersion,
    ]);
  });

  it('forwards a tracked response it cannot decode, or that names no proxied broker, unchanged', () => {
    const tracker = new RequestTracker();
    const rewriter = new ResponseRewriter(tracker, lookup);
    tracker.observe(frame(encodeRequest(ApiKey.Metadata, 9, 1, 'c', newMetadataRequest())));
    tracker.observe(frame(encodeRequest(ApiKey.Metadata, 9, 2, 'c', newMetadataRequest())));
    const garbage = Buffer.from([0, 0, 0, 9, 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(frame(rewriter.push(garbage))).toEqual(garbage);
    const unknownOnly = frame(
      encodeResponse(ApiKey.Metadata, 9, 2, {
        ...newMetadataResponse(),
        brokers: [{ ...newMetadataResponseBroker(), nodeId: 7, host: 'b7', port: 9092 }],
      }),
    );
    expect(frame(rewriter.push(unknownOnly))).toEqual(unknownOnly);
    expect(rewriter.rewritten).toBe(0);
  });

  it('parses host:port and rejects anything else', () => {
    expect(parseHostPort('127.0.0.1:9092')).toEqual({ host: '127.0.0.1', port: 9092 });
    expect(parseHostPort('[::1]:9092')).toEqual({ host: '::1', port: 9092 });
    expect(() => parseHostPort('kafka')).toThrow(/expected host:port/);
    expect(() => parseHostPort('kafka:0')).toThrow(/expected host:port/);
  });
});
