// Kafka AlterReplicaLogDirs API (key 34): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AlterReplicaLogDirsRequest: request of api key 34, versions 0-2, flexible 2. */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. (versions 0-2) */
  readonly dirs: readonly AlterReplicaLogDirsRequestAlterReplicaLogDir[];
}

/** AlterReplicaLogDir in AlterReplicaLogDirsRequest. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** The absolute directory path. (versions 0-2) */
  readonly path: string;
  /** The topics to add to the directory. (versions 0-2) */
  readonly topics: readonly AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
}

/** AlterReplicaLogDirTopic in AlterReplicaLogDirsRequest. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** The topic name. (versions 0-2) */
  readonly name: string;
  /** The partition indexes. (versions 0-2) */
  readonly partitions: readonly number[];
}

/** AlterReplicaLogDirsResponse: response of api key 34, versions 0-2, flexible 2. */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  readonly throttleTimeMs: number;
  /** The results for each topic. (versions 0-2) */
  readonly results: readonly AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
}

/** AlterReplicaLogDirTopicResult in AlterReplicaLogDirsResponse. */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** The name of the topic. (versions 0-2) */
  readonly topicName: string;
  /** The results for each partition. (versions 0-2) */
  readonly partitions: readonly AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
}

/** AlterReplicaLogDirPartitionResult in AlterReplicaLogDirsResponse. */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** The partition index. (versions 0-2) */
  readonly partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-2) */
  readonly errorCode: number;
}

/** A AlterReplicaLogDirsRequest with every field at its spec default. */
export function newAlterReplicaLogDirsRequest(): AlterReplicaLogDirsRequest {
  return {
    dirs: [],
  };
}

/** A AlterReplicaLogDirsRequestAlterReplicaLogDir with every field at its spec default. */
export function newAlterReplicaLogDirsRequestAlterReplicaLogDir(): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  return {
    path: "",
    topics: [],
  };
}

/** A AlterReplicaLogDirsRequestAlterReplicaLogDirTopic with every field at its spec default. */
export function newAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A AlterReplicaLogDirsResponse with every field at its spec default. */
export function newAlterReplicaLogDirsResponse(): AlterReplicaLogDirsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult with every field at its spec default. */
export function newAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult with every field at its spec default. */
export function newAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

/** AlterReplicaLogDirsRequest at v0-1. */
function encAlterReplicaLogDirsRequestV0(w: Writer, v: AlterReplicaLogDirsRequest): void {
  {
    const $a1 = v.dirs;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterReplicaLogDirsRequestAlterReplicaLogDirV0(w, $a1[$i2]);
    }
  }
}

/** AlterReplicaLogDirsRequest at v0-1. */
function decAlterReplicaLogDirsRequestV0(r: Reader): AlterReplicaLogDirsRequest {
  const $n3 = r.arrayLength();
  const $a4: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterReplicaLogDirsRequestAlterReplicaLogDirV0(r));
  const dirs = $a4;
  return {
    dirs,
  };
}

/** AlterReplicaLogDirsRequest at v2. */
function encAlterReplicaLogDirsRequestV2(w: Writer, v: AlterReplicaLogDirsRequest): void {
  {
    const $a6 = v.dirs;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterReplicaLogDirsRequestAlterReplicaLogDirV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterReplicaLogDirsRequest at v2. */
function decAlterReplicaLogDirsRequestV2(r: Reader): AlterReplicaLogDirsRequest {
  const $n8 = r.compactArrayLength();
  const $a9: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterReplicaLogDirsRequestAlterReplicaLogDirV2(r));
  const dirs = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    dirs,
  };
}

/** AlterReplicaLogDirsRequestAlterReplicaLogDir at v0-1. */
function encAlterReplicaLogDirsRequestAlterReplicaLogDirV0(w: Writer, v: AlterReplicaLogDirsRequestAlterReplicaLogDir): void {
  w.string(v.path);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAlterReplicaLogDirsRequestAlterReplicaLogDirTopicV0(w, $a11[$i12]);
    }
  }
}

/** AlterReplicaLogDirsRequestAlterReplicaLogDir at v0-1. */
function decAlterReplicaLogDirsRequestAlterReplicaLogDirV0(r: Reader): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const path = r.string();
  const $n13 = r.arrayLength();
  const $a14: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAlterReplicaLogDirsRequestAlterReplicaLogDirTopicV0(r));
  const topics = $a14;
  return {
    path,
    topics,
  };
}

/** AlterReplicaLogDirsRequestAlterReplicaLogDir at v2. */
function encAlterReplicaLogDirsRequestAlterReplicaLogDirV2(w: Writer, v: AlterReplicaLogDirsRequestAlterReplicaLogDir): void {
  w.compactString(v.path);
  {
    const $a16 = v.topics;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encAlterReplicaLogDirsRequestAlterReplicaLogDirTopicV2(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterReplicaLogDirsRequestAlterReplicaLogDir at v2. */
function decAlterReplicaLogDirsRequestAlterReplicaLogDirV2(r: Reader): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const path = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAlterReplicaLogDirsRequestAlterReplicaLogDirTopicV2(r));
  const topics = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    path,
    topics,
  };
}

/** AlterReplicaLogDirsRequestAlterReplicaLogDirTopic at v0-1. */
function encAlterReplicaLogDirsRequestAlterReplicaLogDirTopicV0(w: Writer, v: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic): void {
  w.string(v.name);
  {
    const $a21 = v.partitions;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      w.int32($a21[$i22]);
    }
  }
}

/** AlterReplicaLogDirsRequestAlterReplicaLogDirTopic at v0-1. */
function decAlterReplicaLogDirsRequestAlterReplicaLogDirTopicV0(r: Reader): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const name = r.string();
  const $n23 = r.arrayLength();
  const $a24: number[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(r.int32());
  const partitions = $a24;
  return {
    name,
    partitions,
  };
}

/** AlterReplicaLogDirsRequestAlterReplicaLogDirTopic at v2. */
function encAlterReplicaLogDirsRequestAlterReplicaLogDirTopicV2(w: Writer, v: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic): void {
  w.compactString(v.name);
  {
    const $a26 = v.partitions;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      w.int32($a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterReplicaLogDirsRequestAlterReplicaLogDirTopic at v2. */
function decAlterReplicaLogDirsRequestAlterReplicaLogDirTopicV2(r: Reader): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const name = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: number[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(r.int32());
  const partitions = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** AlterReplicaLogDirsRequest at versions 0-2. */
export const alterReplicaLogDirsRequestCodec = new MessageCodec<AlterReplicaLogDirsRequest>(
  "AlterReplicaLogDirsRequest",
  0,
  [encAlterReplicaLogDirsRequestV0, encAlterReplicaLogDirsRequestV0, encAlterReplicaLogDirsRequestV2],
  [decAlterReplicaLogDirsRequestV0, decAlterReplicaLogDirsRequestV0, decAlterReplicaLogDirsRequestV2],
  newAlterReplicaLogDirsRequest,
);

/** AlterReplicaLogDirsResponse at v0-1. */
function encAlterReplicaLogDirsResponseV0(w: Writer, v: AlterReplicaLogDirsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.results;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResultV0(w, $a1[$i2]);
    }
  }
}

/** AlterReplicaLogDirsResponse at v0-1. */
function decAlterReplicaLogDirsResponseV0(r: Reader): AlterReplicaLogDirsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResultV0(r));
  const results = $a4;
  return {
    throttleTimeMs,
    results,
  };
}

/** AlterReplicaLogDirsResponse at v2. */
function encAlterReplicaLogDirsResponseV2(w: Writer, v: AlterReplicaLogDirsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.results;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResultV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterReplicaLogDirsResponse at v2. */
function decAlterReplicaLogDirsResponseV2(r: Reader): AlterReplicaLogDirsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResultV2(r));
  const results = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    results,
  };
}

/** AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult at v0-1. */
function encAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResultV0(w: Writer, v: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult): void {
  w.string(v.topicName);
  {
    const $a11 = v.partitions;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResultV0(w, $a11[$i12]);
    }
  }
}

/** AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult at v0-1. */
function decAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResultV0(r: Reader): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const topicName = r.string();
  const $n13 = r.arrayLength();
  const $a14: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResultV0(r));
  const partitions = $a14;
  return {
    topicName,
    partitions,
  };
}

/** AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult at v2. */
function encAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResultV2(w: Writer, v: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult): void {
  w.compactString(v.topicName);
  {
    const $a16 = v.partitions;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResultV2(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult at v2. */
function decAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResultV2(r: Reader): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const topicName = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResultV2(r));
  const partitions = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult at v0-1. */
function encAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResultV0(w: Writer, v: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}

/** AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult at v0-1. */
function decAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResultV0(r: Reader): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return {
    partitionIndex,
    errorCode,
  };
}

/** AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult at v2. */
function encAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResultV2(w: Writer, v: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult at v2. */
function decAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResultV2(r: Reader): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
  };
}

/** AlterReplicaLogDirsResponse at versions 0-2. */
export const alterReplicaLogDirsResponseCodec = new MessageCodec<AlterReplicaLogDirsResponse>(
  "AlterReplicaLogDirsResponse",
  0,
  [encAlterReplicaLogDirsResponseV0, encAlterReplicaLogDirsResponseV0, encAlterReplicaLogDirsResponseV2],
  [decAlterReplicaLogDirsResponseV0, decAlterReplicaLogDirsResponseV0, decAlterReplicaLogDirsResponseV2],
  newAlterReplicaLogDirsResponse,
);
