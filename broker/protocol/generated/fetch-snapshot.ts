// Kafka FetchSnapshot API (key 59): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{FetchSnapshotRequest.json, FetchSnapshotResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** FetchSnapshotRequest: request of api key 59, versions 0-1, flexible 0-1. */
export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration (versions 0-1, nullable 0-1, tag 0 in 0+, default null) */
  readonly clusterId: string | null;
  /** The broker ID of the follower (versions 0-1, default -1) */
  readonly replicaId: number;
  /** The maximum bytes to fetch from all of the snapshots (versions 0-1, default 0x7fffffff) */
  readonly maxBytes: number;
  /** The topics to fetch (versions 0-1) */
  readonly topics: readonly FetchSnapshotRequestTopicSnapshot[];
}

/** TopicSnapshot in FetchSnapshotRequest. */
export interface FetchSnapshotRequestTopicSnapshot {
  /** The name of the topic to fetch (versions 0-1) */
  readonly name: string;
  /** The partitions to fetch (versions 0-1) */
  readonly partitions: readonly FetchSnapshotRequestPartitionSnapshot[];
}

/** PartitionSnapshot in FetchSnapshotRequest. */
export interface FetchSnapshotRequestPartitionSnapshot {
  /** The partition index (versions 0-1) */
  readonly partition: number;
  /** The current leader epoch of the partition, -1 for unknown leader epoch (versions 0-1) */
  readonly currentLeaderEpoch: number;
  /** The snapshot endOffset and epoch to fetch (versions 0-1) */
  readonly snapshotId: FetchSnapshotRequestSnapshotId;
  /** The byte position within the snapshot to start fetching from (versions 0-1) */
  readonly position: bigint;
  /** The directory id of the follower fetching (versions 1, tag 0 in 1+) */
  readonly replicaDirectoryId: string;
}

/** SnapshotId in FetchSnapshotRequest. */
export interface FetchSnapshotRequestSnapshotId {
  /** (versions 0-1) */
  readonly endOffset: bigint;
  /** (versions 0-1) */
  readonly epoch: number;
}

/** FetchSnapshotResponse: response of api key 59, versions 0-1, flexible 0-1. */
export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  readonly throttleTimeMs: number;
  /** The top level response error code. (versions 0-1) */
  readonly errorCode: number;
  /** The topics to fetch. (versions 0-1) */
  readonly topics: readonly FetchSnapshotResponseTopicSnapshot[];
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot (versions 1, tag 0 in 1+) */
  readonly nodeEndpoints: readonly FetchSnapshotResponseNodeEndpoint[];
}

/** TopicSnapshot in FetchSnapshotResponse. */
export interface FetchSnapshotResponseTopicSnapshot {
  /** The name of the topic to fetch. (versions 0-1) */
  readonly name: string;
  /** The partitions to fetch. (versions 0-1) */
  readonly partitions: readonly FetchSnapshotResponsePartitionSnapshot[];
}

/** PartitionSnapshot in FetchSnapshotResponse. */
export interface FetchSnapshotResponsePartitionSnapshot {
  /** The partition index. (versions 0-1) */
  readonly index: number;
  /** The error code, or 0 if there was no fetch error. (versions 0-1) */
  readonly errorCode: number;
  /** The snapshot endOffset and epoch fetched (versions 0-1) */
  readonly snapshotId: FetchSnapshotResponseSnapshotId;
  /** (versions 0-1, tag 0 in 0+) */
  readonly currentLeader: FetchSnapshotResponseLeaderIdAndEpoch;
  /** The total size of the snapshot. (versions 0-1) */
  readonly size: bigint;
  /** The starting byte position within the snapshot included in the Bytes field. (versions 0-1) */
  readonly position: bigint;
  /** Snapshot data in records format which may not be aligned on an offset boundary (versions 0-1) */
  readonly unalignedRecords: Buffer;
}

/** SnapshotId in FetchSnapshotResponse. */
export interface FetchSnapshotResponseSnapshotId {
  /** (versions 0-1) */
  readonly endOffset: bigint;
  /** (versions 0-1) */
  readonly epoch: number;
}

/** LeaderIdAndEpoch in FetchSnapshotResponse. */
export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-1) */
  readonly leaderId: number;
  /** The latest known leader epoch (versions 0-1) */
  readonly leaderEpoch: number;
}

/** NodeEndpoint in FetchSnapshotResponse. */
export interface FetchSnapshotResponseNodeEndpoint {
  /** The ID of the associated node (versions 1) */
  readonly nodeId: number;
  /** The node's hostname (versions 1) */
  readonly host: string;
  /** The node's port (versions 1) */
  readonly port: number;
}

/** A FetchSnapshotRequest with every field at its spec default. */
export function newFetchSnapshotRequest(): FetchSnapshotRequest {
  return {
    clusterId: null,
    replicaId: -1,
    maxBytes: 2147483647,
    topics: [],
  };
}

/** A FetchSnapshotRequestTopicSnapshot with every field at its spec default. */
export function newFetchSnapshotRequestTopicSnapshot(): FetchSnapshotRequestTopicSnapshot {
  return {
    name: "",
    partitions: [],
  };
}

/** A FetchSnapshotRequestPartitionSnapshot with every field at its spec default. */
export function newFetchSnapshotRequestPartitionSnapshot(): FetchSnapshotRequestPartitionSnapshot {
  return {
    partition: 0,
    currentLeaderEpoch: 0,
    snapshotId: newFetchSnapshotRequestSnapshotId(),
    position: 0n,
    replicaDirectoryId: ZERO_UUID,
  };
}

/** A FetchSnapshotRequestSnapshotId with every field at its spec default. */
export function newFetchSnapshotRequestSnapshotId(): FetchSnapshotRequestSnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
  };
}

/** A FetchSnapshotResponse with every field at its spec default. */
export function newFetchSnapshotResponse(): FetchSnapshotResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

/** A FetchSnapshotResponseTopicSnapshot with every field at its spec default. */
export function newFetchSnapshotResponseTopicSnapshot(): FetchSnapshotResponseTopicSnapshot {
  return {
    name: "",
    partitions: [],
  };
}

/** A FetchSnapshotResponsePartitionSnapshot with every field at its spec default. */
export function newFetchSnapshotResponsePartitionSnapshot(): FetchSnapshotResponsePartitionSnapshot {
  return {
    index: 0,
    errorCode: 0,
    snapshotId: newFetchSnapshotResponseSnapshotId(),
    currentLeader: newFetchSnapshotResponseLeaderIdAndEpoch(),
    size: 0n,
    position: 0n,
    unalignedRecords: EMPTY_BYTES,
  };
}

/** A FetchSnapshotResponseSnapshotId with every field at its spec default. */
export function newFetchSnapshotResponseSnapshotId(): FetchSnapshotResponseSnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
  };
}

/** A FetchSnapshotResponseLeaderIdAndEpoch with every field at its spec default. */
export function newFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A FetchSnapshotResponseNodeEndpoint with every field at its spec default. */
export function newFetchSnapshotResponseNodeEndpoint(): FetchSnapshotResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

/** FetchSnapshotRequest at v0. */
function encFetchSnapshotRequestV0(w: Writer, v: FetchSnapshotRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxBytes);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encFetchSnapshotRequestTopicSnapshotV0(w, $a1[$i2]);
    }
  }
  const $t3 = !(v.clusterId === null);
  w.uvarint(($t3 ? 1 : 0));
  if ($t3) {
    w.uvarint(0);
    const $s4 = new Writer(64);
    $s4.compactNullableString(v.clusterId);
    w.uvarint($s4.length);
    w.writer($s4);
  }
}

/** FetchSnapshotRequest at v0. */
function decFetchSnapshotRequestV0(r: Reader): FetchSnapshotRequest {
  const replicaId = r.int32();
  const maxBytes = r.int32();
  const $n5 = r.compactArrayLength();
  const $a6: FetchSnapshotRequestTopicSnapshot[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decFetchSnapshotRequestTopicSnapshotV0(r));
  const topics = $a6;
  let clusterId: string | null = null;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        clusterId = r.compactNullableString();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    clusterId,
    replicaId,
    maxBytes,
    topics,
  };
}

/** FetchSnapshotRequest at v1. */
function encFetchSnapshotRequestV1(w: Writer, v: FetchSnapshotRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxBytes);
  {
    const $a8 = v.topics;
    w.compactArrayLength($a8.length);
    for (let $i9 = 0; $i9 < $a8.length; $i9++) {
      encFetchSnapshotRequestTopicSnapshotV1(w, $a8[$i9]);
    }
  }
  const $t10 = !(v.clusterId === null);
  w.uvarint(($t10 ? 1 : 0));
  if ($t10) {
    w.uvarint(0);
    const $s11 = new Writer(64);
    $s11.compactNullableString(v.clusterId);
    w.uvarint($s11.length);
    w.writer($s11);
  }
}

/** FetchSnapshotRequest at v1. */
function decFetchSnapshotRequestV1(r: Reader): FetchSnapshotRequest {
  const replicaId = r.int32();
  const maxBytes = r.int32();
  const $n12 = r.compactArrayLength();
  const $a13: FetchSnapshotRequestTopicSnapshot[] = [];
  for (let $i14 = 0; $i14 < $n12; $i14++) $a13.push(decFetchSnapshotRequestTopicSnapshotV1(r));
  const topics = $a13;
  let clusterId: string | null = null;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        clusterId = r.compactNullableString();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    clusterId,
    replicaId,
    maxBytes,
    topics,
  };
}

/** FetchSnapshotRequestTopicSnapshot at v0. */
function encFetchSnapshotRequestTopicSnapshotV0(w: Writer, v: FetchSnapshotRequestTopicSnapshot): void {
  w.compactString(v.name);
  {
    const $a15 = v.partitions;
    w.compactArrayLength($a15.length);
    for (let $i16 = 0; $i16 < $a15.length; $i16++) {
      encFetchSnapshotRequestPartitionSnapshotV0(w, $a15[$i16]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotRequestTopicSnapshot at v0. */
function decFetchSnapshotRequestTopicSnapshotV0(r: Reader): FetchSnapshotRequestTopicSnapshot {
  const name = r.compactString();
  const $n17 = r.compactArrayLength();
  const $a18: FetchSnapshotRequestPartitionSnapshot[] = [];
  for (let $i19 = 0; $i19 < $n17; $i19++) $a18.push(decFetchSnapshotRequestPartitionSnapshotV0(r));
  const partitions = $a18;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** FetchSnapshotRequestTopicSnapshot at v1. */
function encFetchSnapshotRequestTopicSnapshotV1(w: Writer, v: FetchSnapshotRequestTopicSnapshot): void {
  w.compactString(v.name);
  {
    const $a20 = v.partitions;
    w.compactArrayLength($a20.length);
    for (let $i21 = 0; $i21 < $a20.length; $i21++) {
      encFetchSnapshotRequestPartitionSnapshotV1(w, $a20[$i21]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotRequestTopicSnapshot at v1. */
function decFetchSnapshotRequestTopicSnapshotV1(r: Reader): FetchSnapshotRequestTopicSnapshot {
  const name = r.compactString();
  const $n22 = r.compactArrayLength();
  const $a23: FetchSnapshotRequestPartitionSnapshot[] = [];
  for (let $i24 = 0; $i24 < $n22; $i24++) $a23.push(decFetchSnapshotRequestPartitionSnapshotV1(r));
  const partitions = $a23;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** FetchSnapshotRequestPartitionSnapshot at v0. */
function encFetchSnapshotRequestPartitionSnapshotV0(w: Writer, v: FetchSnapshotRequestPartitionSnapshot): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  encFetchSnapshotRequestSnapshotIdV0(w, v.snapshotId);
  w.int64(v.position);
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotRequestPartitionSnapshot at v0. */
function decFetchSnapshotRequestPartitionSnapshotV0(r: Reader): FetchSnapshotRequestPartitionSnapshot {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const snapshotId = decFetchSnapshotRequestSnapshotIdV0(r);
  const position = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    currentLeaderEpoch,
    snapshotId,
    position,
    replicaDirectoryId: ZERO_UUID,
  };
}

/** FetchSnapshotRequestPartitionSnapshot at v1. */
function encFetchSnapshotRequestPartitionSnapshotV1(w: Writer, v: FetchSnapshotRequestPartitionSnapshot): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  encFetchSnapshotRequestSnapshotIdV0(w, v.snapshotId);
  w.int64(v.position);
  const $t25 = !(v.replicaDirectoryId === ZERO_UUID);
  w.uvarint(($t25 ? 1 : 0));
  if ($t25) {
    w.uvarint(0);
    const $s26 = new Writer(64);
    $s26.uuid(v.replicaDirectoryId);
    w.uvarint($s26.length);
    w.writer($s26);
  }
}

/** FetchSnapshotRequestPartitionSnapshot at v1. */
function decFetchSnapshotRequestPartitionSnapshotV1(r: Reader): FetchSnapshotRequestPartitionSnapshot {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const snapshotId = decFetchSnapshotRequestSnapshotIdV0(r);
  const position = r.int64();
  let replicaDirectoryId: string = ZERO_UUID;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        replicaDirectoryId = r.uuid();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    partition,
    currentLeaderEpoch,
    snapshotId,
    position,
    replicaDirectoryId,
  };
}

/** FetchSnapshotRequestSnapshotId at v0-1. */
function encFetchSnapshotRequestSnapshotIdV0(w: Writer, v: FetchSnapshotRequestSnapshotId): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotRequestSnapshotId at v0-1. */
function decFetchSnapshotRequestSnapshotIdV0(r: Reader): FetchSnapshotRequestSnapshotId {
  const endOffset = r.int64();
  const epoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    endOffset,
    epoch,
  };
}

/** FetchSnapshotRequest at versions 0-1. */
export const fetchSnapshotRequestCodec = new MessageCodec<FetchSnapshotRequest>(
  "FetchSnapshotRequest",
  0,
  [encFetchSnapshotRequestV0, encFetchSnapshotRequestV1],
  [decFetchSnapshotRequestV0, decFetchSnapshotRequestV1],
  newFetchSnapshotRequest,
);

/** FetchSnapshotResponse at v0. */
function encFetchSnapshotResponseV0(w: Writer, v: FetchSnapshotResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encFetchSnapshotResponseTopicSnapshotV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotResponse at v0. */
function decFetchSnapshotResponseV0(r: Reader): FetchSnapshotResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n3 = r.compactArrayLength();
  const $a4: FetchSnapshotResponseTopicSnapshot[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decFetchSnapshotResponseTopicSnapshotV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    topics,
    nodeEndpoints: [],
  };
}

/** FetchSnapshotResponse at v1. */
function encFetchSnapshotResponseV1(w: Writer, v: FetchSnapshotResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encFetchSnapshotResponseTopicSnapshotV0(w, $a6[$i7]);
    }
  }
  const $t8 = !(v.nodeEndpoints.length === 0);
  w.uvarint(($t8 ? 1 : 0));
  if ($t8) {
    w.uvarint(0);
    const $s9 = new Writer(64);
    {
      const $a10 = v.nodeEndpoints;
      $s9.compactArrayLength($a10.length);
      for (let $i11 = 0; $i11 < $a10.length; $i11++) {
        encFetchSnapshotResponseNodeEndpointV1($s9, $a10[$i11]);
      }
    }
    w.uvarint($s9.length);
    w.writer($s9);
  }
}

/** FetchSnapshotResponse at v1. */
function decFetchSnapshotResponseV1(r: Reader): FetchSnapshotResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n12 = r.compactArrayLength();
  const $a13: FetchSnapshotResponseTopicSnapshot[] = [];
  for (let $i14 = 0; $i14 < $n12; $i14++) $a13.push(decFetchSnapshotResponseTopicSnapshotV0(r));
  const topics = $a13;
  let nodeEndpoints: readonly FetchSnapshotResponseNodeEndpoint[] = [];
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        const $n15 = r.compactArrayLength();
        const $a16: FetchSnapshotResponseNodeEndpoint[] = [];
        for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decFetchSnapshotResponseNodeEndpointV1(r));
        nodeEndpoints = $a16;
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    throttleTimeMs,
    errorCode,
    topics,
    nodeEndpoints,
  };
}

/** FetchSnapshotResponseTopicSnapshot at v0-1. */
function encFetchSnapshotResponseTopicSnapshotV0(w: Writer, v: FetchSnapshotResponseTopicSnapshot): void {
  w.compactString(v.name);
  {
    const $a18 = v.partitions;
    w.compactArrayLength($a18.length);
    for (let $i19 = 0; $i19 < $a18.length; $i19++) {
      encFetchSnapshotResponsePartitionSnapshotV0(w, $a18[$i19]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotResponseTopicSnapshot at v0-1. */
function decFetchSnapshotResponseTopicSnapshotV0(r: Reader): FetchSnapshotResponseTopicSnapshot {
  const name = r.compactString();
  const $n20 = r.compactArrayLength();
  const $a21: FetchSnapshotResponsePartitionSnapshot[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(decFetchSnapshotResponsePartitionSnapshotV0(r));
  const partitions = $a21;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** FetchSnapshotResponsePartitionSnapshot at v0-1. */
function encFetchSnapshotResponsePartitionSnapshotV0(w: Writer, v: FetchSnapshotResponsePartitionSnapshot): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  encFetchSnapshotResponseSnapshotIdV0(w, v.snapshotId);
  w.int64(v.size);
  w.int64(v.position);
  w.compactBytes(v.unalignedRecords);
  const $t23 = !(isDefaultFetchSnapshotResponseLeaderIdAndEpoch(v.currentLeader));
  w.uvarint(($t23 ? 1 : 0));
  if ($t23) {
    w.uvarint(0);
    const $s24 = new Writer(64);
    encFetchSnapshotResponseLeaderIdAndEpochV0($s24, v.currentLeader);
    w.uvarint($s24.length);
    w.writer($s24);
  }
}

/** FetchSnapshotResponsePartitionSnapshot at v0-1. */
function decFetchSnapshotResponsePartitionSnapshotV0(r: Reader): FetchSnapshotResponsePartitionSnapshot {
  const index = r.int32();
  const errorCode = r.int16();
  const snapshotId = decFetchSnapshotResponseSnapshotIdV0(r);
  const size = r.int64();
  const position = r.int64();
  const unalignedRecords = r.compactBytes();
  let currentLeader: FetchSnapshotResponseLeaderIdAndEpoch = newFetchSnapshotResponseLeaderIdAndEpoch();
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        currentLeader = decFetchSnapshotResponseLeaderIdAndEpochV0(r);
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    index,
    errorCode,
    snapshotId,
    currentLeader,
    size,
    position,
    unalignedRecords,
  };
}

/** FetchSnapshotResponseSnapshotId at v0-1. */
function encFetchSnapshotResponseSnapshotIdV0(w: Writer, v: FetchSnapshotResponseSnapshotId): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotResponseSnapshotId at v0-1. */
function decFetchSnapshotResponseSnapshotIdV0(r: Reader): FetchSnapshotResponseSnapshotId {
  const endOffset = r.int64();
  const epoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    endOffset,
    epoch,
  };
}

/** FetchSnapshotResponseLeaderIdAndEpoch at v0-1. */
function encFetchSnapshotResponseLeaderIdAndEpochV0(w: Writer, v: FetchSnapshotResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotResponseLeaderIdAndEpoch at v0-1. */
function decFetchSnapshotResponseLeaderIdAndEpochV0(r: Reader): FetchSnapshotResponseLeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    leaderId,
    leaderEpoch,
  };
}

/** FetchSnapshotResponseNodeEndpoint at v1. */
function encFetchSnapshotResponseNodeEndpointV1(w: Writer, v: FetchSnapshotResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** FetchSnapshotResponseNodeEndpoint at v1. */
function decFetchSnapshotResponseNodeEndpointV1(r: Reader): FetchSnapshotResponseNodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.uint16();
  r.skipTaggedFields(); // none known in this version
  return {
    nodeId,
    host,
    port,
  };
}

function isDefaultFetchSnapshotResponseLeaderIdAndEpoch(v: FetchSnapshotResponseLeaderIdAndEpoch): boolean {
  return v.leaderId === 0 &&
    v.leaderEpoch === 0;
}

/** FetchSnapshotResponse at versions 0-1. */
export const fetchSnapshotResponseCodec = new MessageCodec<FetchSnapshotResponse>(
  "FetchSnapshotResponse",
  0,
  [encFetchSnapshotResponseV0, encFetchSnapshotResponseV1],
  [decFetchSnapshotResponseV0, decFetchSnapshotResponseV1],
  newFetchSnapshotResponse,
);
