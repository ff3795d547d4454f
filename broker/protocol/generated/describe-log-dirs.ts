// Kafka DescribeLogDirs API (key 35): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeLogDirsRequest.json, DescribeLogDirsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeLogDirsRequest: request of api key 35, versions 0-4, flexible 2-4. */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. (versions 0-4, nullable 0-4) */
  readonly topics: readonly DescribeLogDirsRequestDescribableLogDirTopic[] | null;
}

/** DescribableLogDirTopic in DescribeLogDirsRequest. */
export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** The topic name (versions 0-4) */
  readonly topic: string;
  /** The partition indexes. (versions 0-4) */
  readonly partitions: readonly number[];
}

/** DescribeLogDirsResponse: response of api key 35, versions 0-4, flexible 2-4. */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 3-4) */
  readonly errorCode: number;
  /** The log directories. (versions 0-4) */
  readonly results: readonly DescribeLogDirsResponseDescribeLogDirsResult[];
}

/** DescribeLogDirsResult in DescribeLogDirsResponse. */
export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** The error code, or 0 if there was no error. (versions 0-4) */
  readonly errorCode: number;
  /** The absolute log directory path. (versions 0-4) */
  readonly logDir: string;
  /** Each topic. (versions 0-4) */
  readonly topics: readonly DescribeLogDirsResponseDescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. (versions 4, default -1) */
  readonly totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. (versions 4, default -1) */
  readonly usableBytes: bigint;
}

/** DescribeLogDirsTopic in DescribeLogDirsResponse. */
export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** The topic name. (versions 0-4) */
  readonly name: string;
  /** (versions 0-4) */
  readonly partitions: readonly DescribeLogDirsResponseDescribeLogDirsPartition[];
}

/** DescribeLogDirsPartition in DescribeLogDirsResponse. */
export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** The partition index. (versions 0-4) */
  readonly partitionIndex: number;
  /** The size of the log segments in this partition in bytes. (versions 0-4) */
  readonly partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition) (versions 0-4) */
  readonly offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. (versions 0-4) */
  readonly isFutureKey: boolean;
}

/** A DescribeLogDirsRequest with every field at its spec default. */
export function newDescribeLogDirsRequest(): DescribeLogDirsRequest {
  return {
    topics: [],
  };
}

/** A DescribeLogDirsRequestDescribableLogDirTopic with every field at its spec default. */
export function newDescribeLogDirsRequestDescribableLogDirTopic(): DescribeLogDirsRequestDescribableLogDirTopic {
  return {
    topic: "",
    partitions: [],
  };
}

/** A DescribeLogDirsResponse with every field at its spec default. */
export function newDescribeLogDirsResponse(): DescribeLogDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    results: [],
  };
}

/** A DescribeLogDirsResponseDescribeLogDirsResult with every field at its spec default. */
export function newDescribeLogDirsResponseDescribeLogDirsResult(): DescribeLogDirsResponseDescribeLogDirsResult {
  return {
    errorCode: 0,
    logDir: "",
    topics: [],
    totalBytes: -1n,
    usableBytes: -1n,
  };
}

/** A DescribeLogDirsResponseDescribeLogDirsTopic with every field at its spec default. */
export function newDescribeLogDirsResponseDescribeLogDirsTopic(): DescribeLogDirsResponseDescribeLogDirsTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A DescribeLogDirsResponseDescribeLogDirsPartition with every field at its spec default. */
export function newDescribeLogDirsResponseDescribeLogDirsPartition(): DescribeLogDirsResponseDescribeLogDirsPartition {
  return {
    partitionIndex: 0,
    partitionSize: 0n,
    offsetLag: 0n,
    isFutureKey: false,
  };
}

/** DescribeLogDirsRequest at v0-1. */
function encDescribeLogDirsRequestV0(w: Writer, v: DescribeLogDirsRequest): void {
  {
    const $a1 = v.topics;
    if ($a1 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a1.length);
      for (let $i2 = 0; $i2 < $a1.length; $i2++) {
        encDescribeLogDirsRequestDescribableLogDirTopicV0(w, $a1[$i2]);
      }
    }
  }
}

/** DescribeLogDirsRequest at v0-1. */
function decDescribeLogDirsRequestV0(r: Reader): DescribeLogDirsRequest {
  const $n3 = r.nullableArrayLength();
  let $a4: DescribeLogDirsRequestDescribableLogDirTopic[] | null = null;
  if ($n3 >= 0) {
    const $b6: DescribeLogDirsRequestDescribableLogDirTopic[] = [];
    for (let $i5 = 0; $i5 < $n3; $i5++) $b6.push(decDescribeLogDirsRequestDescribableLogDirTopicV0(r));
    $a4 = $b6;
  }
  const topics = $a4;
  return {
    topics,
  };
}

/** DescribeLogDirsRequest at v2-4. */
function encDescribeLogDirsRequestV2(w: Writer, v: DescribeLogDirsRequest): void {
  {
    const $a7 = v.topics;
    if ($a7 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a7.length);
      for (let $i8 = 0; $i8 < $a7.length; $i8++) {
        encDescribeLogDirsRequestDescribableLogDirTopicV2(w, $a7[$i8]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsRequest at v2-4. */
function decDescribeLogDirsRequestV2(r: Reader): DescribeLogDirsRequest {
  const $n9 = r.compactNullableArrayLength();
  let $a10: DescribeLogDirsRequestDescribableLogDirTopic[] | null = null;
  if ($n9 >= 0) {
    const $b12: DescribeLogDirsRequestDescribableLogDirTopic[] = [];
    for (let $i11 = 0; $i11 < $n9; $i11++) $b12.push(decDescribeLogDirsRequestDescribableLogDirTopicV2(r));
    $a10 = $b12;
  }
  const topics = $a10;
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
  };
}

/** DescribeLogDirsRequestDescribableLogDirTopic at v0-1. */
function encDescribeLogDirsRequestDescribableLogDirTopicV0(w: Writer, v: DescribeLogDirsRequestDescribableLogDirTopic): void {
  w.string(v.topic);
  {
    const $a13 = v.partitions;
    w.arrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      w.int32($a13[$i14]);
    }
  }
}

/** DescribeLogDirsRequestDescribableLogDirTopic at v0-1. */
function decDescribeLogDirsRequestDescribableLogDirTopicV0(r: Reader): DescribeLogDirsRequestDescribableLogDirTopic {
  const topic = r.string();
  const $n15 = r.arrayLength();
  const $a16: number[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(r.int32());
  const partitions = $a16;
  return {
    topic,
    partitions,
  };
}

/** DescribeLogDirsRequestDescribableLogDirTopic at v2-4. */
function encDescribeLogDirsRequestDescribableLogDirTopicV2(w: Writer, v: DescribeLogDirsRequestDescribableLogDirTopic): void {
  w.compactString(v.topic);
  {
    const $a18 = v.partitions;
    w.compactArrayLength($a18.length);
    for (let $i19 = 0; $i19 < $a18.length; $i19++) {
      w.int32($a18[$i19]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsRequestDescribableLogDirTopic at v2-4. */
function decDescribeLogDirsRequestDescribableLogDirTopicV2(r: Reader): DescribeLogDirsRequestDescribableLogDirTopic {
  const topic = r.compactString();
  const $n20 = r.compactArrayLength();
  const $a21: number[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(r.int32());
  const partitions = $a21;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    partitions,
  };
}

/** DescribeLogDirsRequest at versions 0-4. */
export const describeLogDirsRequestCodec = new MessageCodec<DescribeLogDirsRequest>(
  "DescribeLogDirsRequest",
  0,
  [encDescribeLogDirsRequestV0, encDescribeLogDirsRequestV0, encDescribeLogDirsRequestV2, encDescribeLogDirsRequestV2, encDescribeLogDirsRequestV2],
  [decDescribeLogDirsRequestV0, decDescribeLogDirsRequestV0, decDescribeLogDirsRequestV2, decDescribeLogDirsRequestV2, decDescribeLogDirsRequestV2],
  newDescribeLogDirsRequest,
);

/** DescribeLogDirsResponse at v0-1. */
function encDescribeLogDirsResponseV0(w: Writer, v: DescribeLogDirsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.results;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeLogDirsResponseDescribeLogDirsResultV0(w, $a1[$i2]);
    }
  }
}

/** DescribeLogDirsResponse at v0-1. */
function decDescribeLogDirsResponseV0(r: Reader): DescribeLogDirsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeLogDirsResponseDescribeLogDirsResultV0(r));
  const results = $a4;
  return {
    throttleTimeMs,
    errorCode: 0,
    results,
  };
}

/** DescribeLogDirsResponse at v2. */
function encDescribeLogDirsResponseV2(w: Writer, v: DescribeLogDirsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.results;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeLogDirsResponseDescribeLogDirsResultV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsResponse at v2. */
function decDescribeLogDirsResponseV2(r: Reader): DescribeLogDirsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeLogDirsResponseDescribeLogDirsResultV2(r));
  const results = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode: 0,
    results,
  };
}

/** DescribeLogDirsResponse at v3. */
function encDescribeLogDirsResponseV3(w: Writer, v: DescribeLogDirsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a11 = v.results;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDescribeLogDirsResponseDescribeLogDirsResultV2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsResponse at v3. */
function decDescribeLogDirsResponseV3(r: Reader): DescribeLogDirsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n13 = r.compactArrayLength();
  const $a14: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDescribeLogDirsResponseDescribeLogDirsResultV2(r));
  const results = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    results,
  };
}

/** DescribeLogDirsResponse at v4. */
function encDescribeLogDirsResponseV4(w: Writer, v: DescribeLogDirsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a16 = v.results;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDescribeLogDirsResponseDescribeLogDirsResultV4(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsResponse at v4. */
function decDescribeLogDirsResponseV4(r: Reader): DescribeLogDirsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n18 = r.compactArrayLength();
  const $a19: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDescribeLogDirsResponseDescribeLogDirsResultV4(r));
  const results = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    results,
  };
}

/** DescribeLogDirsResponseDescribeLogDirsResult at v0-1. */
function encDescribeLogDirsResponseDescribeLogDirsResultV0(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsResult): void {
  w.int16(v.errorCode);
  w.string(v.logDir);
  {
    const $a21 = v.topics;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encDescribeLogDirsResponseDescribeLogDirsTopicV0(w, $a21[$i22]);
    }
  }
}

/** DescribeLogDirsResponseDescribeLogDirsResult at v0-1. */
function decDescribeLogDirsResponseDescribeLogDirsResultV0(r: Reader): DescribeLogDirsResponseDescribeLogDirsResult {
  const errorCode = r.int16();
  const logDir = r.string();
  const $n23 = r.arrayLength();
  const $a24: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decDescribeLogDirsResponseDescribeLogDirsTopicV0(r));
  const topics = $a24;
  return {
    errorCode,
    logDir,
    topics,
    totalBytes: -1n,
    usableBytes: -1n,
  };
}

/** DescribeLogDirsResponseDescribeLogDirsResult at v2-3. */
function encDescribeLogDirsResponseDescribeLogDirsResultV2(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsResult): void {
  w.int16(v.errorCode);
  w.compactString(v.logDir);
  {
    const $a26 = v.topics;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encDescribeLogDirsResponseDescribeLogDirsTopicV2(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsResponseDescribeLogDirsResult at v2-3. */
function decDescribeLogDirsResponseDescribeLogDirsResultV2(r: Reader): DescribeLogDirsResponseDescribeLogDirsResult {
  const errorCode = r.int16();
  const logDir = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decDescribeLogDirsResponseDescribeLogDirsTopicV2(r));
  const topics = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    logDir,
    topics,
    totalBytes: -1n,
    usableBytes: -1n,
  };
}

/** DescribeLogDirsResponseDescribeLogDirsResult at v4. */
function encDescribeLogDirsResponseDescribeLogDirsResultV4(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsResult): void {
  w.int16(v.errorCode);
  w.compactString(v.logDir);
  {
    const $a31 = v.topics;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encDescribeLogDirsResponseDescribeLogDirsTopicV2(w, $a31[$i32]);
    }
  }
  w.int64(v.totalBytes);
  w.int64(v.usableBytes);
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsResponseDescribeLogDirsResult at v4. */
function decDescribeLogDirsResponseDescribeLogDirsResultV4(r: Reader): DescribeLogDirsResponseDescribeLogDirsResult {
  const errorCode = r.int16();
  const logDir = r.compactString();
  const $n33 = r.compactArrayLength();
  const $a34: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decDescribeLogDirsResponseDescribeLogDirsTopicV2(r));
  const topics = $a34;
  const totalBytes = r.int64();
  const usableBytes = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    logDir,
    topics,
    totalBytes,
    usableBytes,
  };
}

/** DescribeLogDirsResponseDescribeLogDirsTopic at v0-1. */
function encDescribeLogDirsResponseDescribeLogDirsTopicV0(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsTopic): void {
  w.string(v.name);
  {
    const $a36 = v.partitions;
    w.arrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encDescribeLogDirsResponseDescribeLogDirsPartitionV0(w, $a36[$i37]);
    }
  }
}

/** DescribeLogDirsResponseDescribeLogDirsTopic at v0-1. */
function decDescribeLogDirsResponseDescribeLogDirsTopicV0(r: Reader): DescribeLogDirsResponseDescribeLogDirsTopic {
  const name = r.string();
  const $n38 = r.arrayLength();
  const $a39: DescribeLogDirsResponseDescribeLogDirsPartition[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decDescribeLogDirsResponseDescribeLogDirsPartitionV0(r));
  const partitions = $a39;
  return {
    name,
    partitions,
  };
}

/** DescribeLogDirsResponseDescribeLogDirsTopic at v2-4. */
function encDescribeLogDirsResponseDescribeLogDirsTopicV2(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsTopic): void {
  w.compactString(v.name);
  {
    const $a41 = v.partitions;
    w.compactArrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encDescribeLogDirsResponseDescribeLogDirsPartitionV2(w, $a41[$i42]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsResponseDescribeLogDirsTopic at v2-4. */
function decDescribeLogDirsResponseDescribeLogDirsTopicV2(r: Reader): DescribeLogDirsResponseDescribeLogDirsTopic {
  const name = r.compactString();
  const $n43 = r.compactArrayLength();
  const $a44: DescribeLogDirsResponseDescribeLogDirsPartition[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(decDescribeLogDirsResponseDescribeLogDirsPartitionV2(r));
  const partitions = $a44;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** DescribeLogDirsResponseDescribeLogDirsPartition at v0-1. */
function encDescribeLogDirsResponseDescribeLogDirsPartitionV0(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.partitionSize);
  w.int64(v.offsetLag);
  w.bool(v.isFutureKey);
}

/** DescribeLogDirsResponseDescribeLogDirsPartition at v0-1. */
function decDescribeLogDirsResponseDescribeLogDirsPartitionV0(r: Reader): DescribeLogDirsResponseDescribeLogDirsPartition {
  const partitionIndex = r.int32();
  const partitionSize = r.int64();
  const offsetLag = r.int64();
  const isFutureKey = r.bool();
  return {
    partitionIndex,
    partitionSize,
    offsetLag,
    isFutureKey,
  };
}

/** DescribeLogDirsResponseDescribeLogDirsPartition at v2-4. */
function encDescribeLogDirsResponseDescribeLogDirsPartitionV2(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.partitionSize);
  w.int64(v.offsetLag);
  w.bool(v.isFutureKey);
  w.uvarint(0); // no tagged fields
}

/** DescribeLogDirsResponseDescribeLogDirsPartition at v2-4. */
function decDescribeLogDirsResponseDescribeLogDirsPartitionV2(r: Reader): DescribeLogDirsResponseDescribeLogDirsPartition {
  const partitionIndex = r.int32();
  const partitionSize = r.int64();
  const offsetLag = r.int64();
  const isFutureKey = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    partitionSize,
    offsetLag,
    isFutureKey,
  };
}

/** DescribeLogDirsResponse at versions 0-4. */
export const describeLogDirsResponseCodec = new MessageCodec<DescribeLogDirsResponse>(
  "DescribeLogDirsResponse",
  0,
  [encDescribeLogDirsResponseV0, encDescribeLogDirsResponseV0, encDescribeLogDirsResponseV2, encDescribeLogDirsResponseV3, encDescribeLogDirsResponseV4],
  [decDescribeLogDirsResponseV0, decDescribeLogDirsResponseV0, decDescribeLogDirsResponseV2, decDescribeLogDirsResponseV3, decDescribeLogDirsResponseV4],
  newDescribeLogDirsResponse,
);
