// Kafka BrokerHeartbeat API (key 63): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** BrokerHeartbeatRequest: request of api key 63, versions 0-1, flexible 0-1. */
export interface BrokerHeartbeatRequest {
  /** The broker ID. (versions 0-1) */
  readonly brokerId: number;
  /** The broker epoch. (versions 0-1, default -1) */
  readonly brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. (versions 0-1) */
  readonly currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. (versions 0-1) */
  readonly wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. (versions 0-1) */
  readonly wantShutDown: boolean;
  /** Log directories that failed and went offline. (versions 1, tag 0 in 1+) */
  readonly offlineLogDirs: readonly string[];
}

/** BrokerHeartbeatResponse: response of api key 63, versions 0-1, flexible 0-1. */
export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-1) */
  readonly errorCode: number;
  /** True if the broker has approximately caught up with the latest metadata. (versions 0-1, default false) */
  readonly isCaughtUp: boolean;
  /** True if the broker is fenced. (versions 0-1, default true) */
  readonly isFenced: boolean;
  /** True if the broker should proceed with its shutdown. (versions 0-1) */
  readonly shouldShutDown: boolean;
}

/** A BrokerHeartbeatRequest with every field at its spec default. */
export function newBrokerHeartbeatRequest(): BrokerHeartbeatRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    currentMetadataOffset: 0n,
    wantFence: false,
    wantShutDown: false,
    offlineLogDirs: [],
  };
}

/** A BrokerHeartbeatResponse with every field at its spec default. */
export function newBrokerHeartbeatResponse(): BrokerHeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    isCaughtUp: false,
    isFenced: true,
    shouldShutDown: false,
  };
}

/** BrokerHeartbeatRequest at v0. */
function encBrokerHeartbeatRequestV0(w: Writer, v: BrokerHeartbeatRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.int64(v.currentMetadataOffset);
  w.bool(v.wantFence);
  w.bool(v.wantShutDown);
  w.uvarint(0); // no tagged fields
}

/** BrokerHeartbeatRequest at v0. */
function decBrokerHeartbeatRequestV0(r: Reader): BrokerHeartbeatRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const currentMetadataOffset = r.int64();
  const wantFence = r.bool();
  const wantShutDown = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
    currentMetadataOffset,
    wantFence,
    wantShutDown,
    offlineLogDirs: [],
  };
}

/** BrokerHeartbeatRequest at v1. */
function encBrokerHeartbeatRequestV1(w: Writer, v: BrokerHeartbeatRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.int64(v.currentMetadataOffset);
  w.bool(v.wantFence);
  w.bool(v.wantShutDown);
  const $t1 = !(v.offlineLogDirs.length === 0);
  w.uvarint(($t1 ? 1 : 0));
  if ($t1) {
    w.uvarint(0);
    const $s2 = new Writer(64);
    {
      const $a3 = v.offlineLogDirs;
      $s2.compactArrayLength($a3.length);
      for (let $i4 = 0; $i4 < $a3.length; $i4++) {
        $s2.uuid($a3[$i4]);
      }
    }
    w.uvarint($s2.length);
    w.writer($s2);
  }
}

/** BrokerHeartbeatRequest at v1. */
function decBrokerHeartbeatRequestV1(r: Reader): BrokerHeartbeatRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const currentMetadataOffset = r.int64();
  const wantFence = r.bool();
  const wantShutDown = r.bool();
  let offlineLogDirs: readonly string[] = [];
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        const $n5 = r.compactArrayLength();
        const $a6: string[] = [];
        for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(r.uuid());
        offlineLogDirs = $a6;
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    brokerId,
    brokerEpoch,
    currentMetadataOffset,
    wantFence,
    wantShutDown,
    offlineLogDirs,
  };
}

/** BrokerHeartbeatRequest at versions 0-1. */
export const brokerHeartbeatRequestCodec = new MessageCodec<BrokerHeartbeatRequest>(
  "BrokerHeartbeatRequest",
  0,
  [encBrokerHeartbeatRequestV0, encBrokerHeartbeatRequestV1],
  [decBrokerHeartbeatRequestV0, decBrokerHeartbeatRequestV1],
  newBrokerHeartbeatRequest,
);

/** BrokerHeartbeatResponse at v0-1. */
function encBrokerHeartbeatResponseV0(w: Writer, v: BrokerHeartbeatResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.bool(v.isCaughtUp);
  w.bool(v.isFenced);
  w.bool(v.shouldShutDown);
  w.uvarint(0); // no tagged fields
}

/** BrokerHeartbeatResponse at v0-1. */
function decBrokerHeartbeatResponseV0(r: Reader): BrokerHeartbeatResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const isCaughtUp = r.bool();
  const isFenced = r.bool();
  const shouldShutDown = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    isCaughtUp,
    isFenced,
    shouldShutDown,
  };
}

/** BrokerHeartbeatResponse at versions 0-1. */
export const brokerHeartbeatResponseCodec = new MessageCodec<BrokerHeartbeatResponse>(
  "BrokerHeartbeatResponse",
  0,
  [encBrokerHeartbeatResponseV0, encBrokerHeartbeatResponseV0],
  [decBrokerHeartbeatResponseV0, decBrokerHeartbeatResponseV0],
  newBrokerHeartbeatResponse,
);
