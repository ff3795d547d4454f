// Kafka OffsetFetch API (key 9): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{OffsetFetchRequest.json, OffsetFetchResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec, nullNotAllowed } from '../codec.ts';

/** OffsetFetchRequest: request of api key 9, versions 0-9, flexible 6-9. */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. (versions 0-7) */
  readonly groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 0-7, nullable 2-7) */
  readonly topics: readonly OffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for (versions 8-9) */
  readonly groups: readonly OffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (versions 7-9, default false) */
  readonly requireStable: boolean;
}

/** OffsetFetchRequestTopic in OffsetFetchRequest. */
export interface OffsetFetchRequestTopic {
  /** The topic name. (versions 0-7) */
  readonly name: string;
  /** The partition indexes we would like to fetch offsets for. (versions 0-7) */
  readonly partitionIndexes: readonly number[];
}

/** OffsetFetchRequestGroup in OffsetFetchRequest. */
export interface OffsetFetchRequestGroup {
  /** The group ID. (versions 8-9) */
  readonly groupId: string;
  /** The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). (versions 9, nullable 9, default null) */
  readonly memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). (versions 9, default -1) */
  readonly memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 8-9, nullable 8-9) */
  readonly topics: readonly OffsetFetchRequestTopics[] | null;
}

/** OffsetFetchRequestTopics in OffsetFetchRequest. */
export interface OffsetFetchRequestTopics {
  /** The topic name. (versions 8-9) */
  readonly name: string;
  /** The partition indexes we would like to fetch offsets for. (versions 8-9) */
  readonly partitionIndexes: readonly number[];
}

/** OffsetFetchResponse: response of api key 9, versions 0-9, flexible 6-9. */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3-9) */
  readonly throttleTimeMs: number;
  /** The responses per topic. (versions 0-7) */
  readonly topics: readonly OffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. (versions 2-7, default 0) */
  readonly errorCode: number;
  /** The responses per group id. (versions 8-9) */
  readonly groups: readonly OffsetFetchResponseGroup[];
}

/** OffsetFetchResponseTopic in OffsetFetchResponse. */
export interface OffsetFetchResponseTopic {
  /** The topic name. (versions 0-7) */
  readonly name: string;
  /** The responses per partition (versions 0-7) */
  readonly partitions: readonly OffsetFetchResponsePartition[];
}

/** OffsetFetchResponsePartition in OffsetFetchResponse. */
export interface OffsetFetchResponsePartition {
  /** The partition index. (versions 0-7) */
  readonly partitionIndex: number;
  /** The committed message offset. (versions 0-7) */
  readonly committedOffset: bigint;
  /** The leader epoch. (versions 5-7, default -1) */
  readonly committedLeaderEpoch: number;
  /** The partition metadata. (versions 0-7, nullable 0-7) */
  readonly metadata: string | null;
  /** The error code, or 0 if there was no error. (versions 0-7) */
  readonly errorCode: number;
}

/** OffsetFetchResponseGroup in OffsetFetchResponse. */
export interface OffsetFetchResponseGroup {
  /** The group ID. (versions 8-9) */
  readonly groupId: string;
  /** The responses per topic. (versions 8-9) */
  readonly topics: readonly OffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. (versions 8-9, default 0) */
  readonly errorCode: number;
}

/** OffsetFetchResponseTopics in OffsetFetchResponse. */
export interface OffsetFetchResponseTopics {
  /** The topic name. (versions 8-9) */
  readonly name: string;
  /** The responses per partition (versions 8-9) */
  readonly partitions: readonly OffsetFetchResponsePartitions[];
}

/** OffsetFetchResponsePartitions in OffsetFetchResponse. */
export interface OffsetFetchResponsePartitions {
  /** The partition index. (versions 8-9) */
  readonly partitionIndex: number;
  /** The committed message offset. (versions 8-9) */
  readonly committedOffset: bigint;
  /** The leader epoch. (versions 8-9, default -1) */
  readonly committedLeaderEpoch: number;
  /** The partition metadata. (versions 8-9, nullable 8-9) */
  readonly metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. (versions 8-9) */
  readonly errorCode: number;
}

/** A OffsetFetchRequest with every field at its spec default. */
export function newOffsetFetchRequest(): OffsetFetchRequest {
  return {
    groupId: "",
    topics: [],
    groups: [],
    requireStable: false,
  };
}

/** A OffsetFetchRequestTopic with every field at its spec default. */
export function newOffsetFetchRequestTopic(): OffsetFetchRequestTopic {
  return {
    name: "",
    partitionIndexes: [],
  };
}

/** A OffsetFetchRequestGroup with every field at its spec default. */
export function newOffsetFetchRequestGroup(): OffsetFetchRequestGroup {
  return {
    groupId: "",
    memberId: null,
    memberEpoch: -1,
    topics: [],
  };
}

/** A OffsetFetchRequestTopics with every field at its spec default. */
export function newOffsetFetchRequestTopics(): OffsetFetchRequestTopics {
  return {
    name: "",
    partitionIndexes: [],
  };
}

/** A OffsetFetchResponse with every field at its spec default. */
export function newOffsetFetchResponse(): OffsetFetchResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    errorCode: 0,
    groups: [],
  };
}

/** A OffsetFetchResponseTopic with every field at its spec default. */
export function newOffsetFetchResponseTopic(): OffsetFetchResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A OffsetFetchResponsePartition with every field at its spec default. */
export function newOffsetFetchResponsePartition(): OffsetFetchResponsePartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
  };
}

/** A OffsetFetchResponseGroup with every field at its spec default. */
export function newOffsetFetchResponseGroup(): OffsetFetchResponseGroup {
  return {
    groupId: "",
    topics: [],
    errorCode: 0,
  };
}

/** A OffsetFetchResponseTopics with every field at its spec default. */
export function newOffsetFetchResponseTopics(): OffsetFetchResponseTopics {
  return {
    name: "",
    partitions: [],
  };
}

/** A OffsetFetchResponsePartitions with every field at its spec default. */
export function newOffsetFetchResponsePartitions(): OffsetFetchResponsePartitions {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
  };
}

/** OffsetFetchRequest at v0-1. */
function encOffsetFetchRequestV0(w: Writer, v: OffsetFetchRequest): void {
  w.string(v.groupId);
  {
    const $a1 = v.topics;
    if ($a1 === null) throw nullNotAllowed("OffsetFetchRequest.topics (v0-1)");
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encOffsetFetchRequestTopicV0(w, $a1[$i2]);
    }
  }
}

/** OffsetFetchRequest at v0-1. */
function decOffsetFetchRequestV0(r: Reader): OffsetFetchRequest {
  const groupId = r.string();
  const $n3 = r.arrayLength();
  const $a4: OffsetFetchRequestTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decOffsetFetchRequestTopicV0(r));
  const topics = $a4;
  return {
    groupId,
    topics,
    groups: [],
    requireStable: false,
  };
}

/** OffsetFetchRequest at v2-5. */
function encOffsetFetchRequestV2(w: Writer, v: OffsetFetchRequest): void {
  w.string(v.groupId);
  {
    const $a6 = v.topics;
    if ($a6 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a6.length);
      for (let $i7 = 0; $i7 < $a6.length; $i7++) {
        encOffsetFetchRequestTopicV0(w, $a6[$i7]);
      }
    }
  }
}

/** OffsetFetchRequest at v2-5. */
function decOffsetFetchRequestV2(r: Reader): OffsetFetchRequest {
  const groupId = r.string();
  const $n8 = r.nullableArrayLength();
  let $a9: OffsetFetchRequestTopic[] | null = null;
  if ($n8 >= 0) {
    const $b11: OffsetFetchRequestTopic[] = [];
    for (let $i10 = 0; $i10 < $n8; $i10++) $b11.push(decOffsetFetchRequestTopicV0(r));
    $a9 = $b11;
  }
  const topics = $a9;
  return {
    groupId,
    topics,
    groups: [],
    requireStable: false,
  };
}

/** OffsetFetchRequest at v6. */
function encOffsetFetchRequestV6(w: Writer, v: OffsetFetchRequest): void {
  w.compactString(v.groupId);
  {
    const $a12 = v.topics;
    if ($a12 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a12.length);
      for (let $i13 = 0; $i13 < $a12.length; $i13++) {
        encOffsetFetchRequestTopicV6(w, $a12[$i13]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchRequest at v6. */
function decOffsetFetchRequestV6(r: Reader): OffsetFetchRequest {
  const groupId = r.compactString();
  const $n14 = r.compactNullableArrayLength();
  let $a15: OffsetFetchRequestTopic[] | null = null;
  if ($n14 >= 0) {
    const $b17: OffsetFetchRequestTopic[] = [];
    for (let $i16 = 0; $i16 < $n14; $i16++) $b17.push(decOffsetFetchRequestTopicV6(r));
    $a15 = $b17;
  }
  const topics = $a15;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    topics,
    groups: [],
    requireStable: false,
  };
}

/** OffsetFetchRequest at v7. */
function encOffsetFetchRequestV7(w: Writer, v: OffsetFetchRequest): void {
  w.compactString(v.groupId);
  {
    const $a18 = v.topics;
    if ($a18 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a18.length);
      for (let $i19 = 0; $i19 < $a18.length; $i19++) {
        encOffsetFetchRequestTopicV6(w, $a18[$i19]);
      }
    }
  }
  w.bool(v.requireStable);
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchRequest at v7. */
function decOffsetFetchRequestV7(r: Reader): OffsetFetchRequest {
  const groupId = r.compactString();
  const $n20 = r.compactNullableArrayLength();
  let $a21: OffsetFetchRequestTopic[] | null = null;
  if ($n20 >= 0) {
    const $b23: OffsetFetchRequestTopic[] = [];
    for (let $i22 = 0; $i22 < $n20; $i22++) $b23.push(decOffsetFetchRequestTopicV6(r));
    $a21 = $b23;
  }
  const topics = $a21;
  const requireStable = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    topics,
    groups: [],
    requireStable,
  };
}

/** OffsetFetchRequest at v8. */
function encOffsetFetchRequestV8(w: Writer, v: OffsetFetchRequest): void {
  {
    const $a24 = v.groups;
    w.compactArrayLength($a24.length);
    for (let $i25 = 0; $i25 < $a24.length; $i25++) {
      encOffsetFetchRequestGroupV8(w, $a24[$i25]);
    }
  }
  w.bool(v.requireStable);
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchRequest at v8. */
function decOffsetFetchRequestV8(r: Reader): OffsetFetchRequest {
  const $n26 = r.compactArrayLength();
  const $a27: OffsetFetchRequestGroup[] = [];
  for (let $i28 = 0; $i28 < $n26; $i28++) $a27.push(decOffsetFetchRequestGroupV8(r));
  const groups = $a27;
  const requireStable = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId: "",
    topics: [],
    groups,
    requireStable,
  };
}

/** OffsetFetchRequest at v9. */
function encOffsetFetchRequestV9(w: Writer, v: OffsetFetchRequest): void {
  {
    const $a29 = v.groups;
    w.compactArrayLength($a29.length);
    for (let $i30 = 0; $i30 < $a29.length; $i30++) {
      encOffsetFetchRequestGroupV9(w, $a29[$i30]);
    }
  }
  w.bool(v.requireStable);
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchRequest at v9. */
function decOffsetFetchRequestV9(r: Reader): OffsetFetchRequest {
  const $n31 = r.compactArrayLength();
  const $a32: OffsetFetchRequestGroup[] = [];
  for (let $i33 = 0; $i33 < $n31; $i33++) $a32.push(decOffsetFetchRequestGroupV9(r));
  const groups = $a32;
  const requireStable = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId: "",
    topics: [],
    groups,
    requireStable,
  };
}

/** OffsetFetchRequestTopic at v0-5. */
function encOffsetFetchRequestTopicV0(w: Writer, v: OffsetFetchRequestTopic): void {
  w.string(v.name);
  {
    const $a34 = v.partitionIndexes;
    w.arrayLength($a34.length);
    for (let $i35 = 0; $i35 < $a34.length; $i35++) {
      w.int32($a34[$i35]);
    }
  }
}

/** OffsetFetchRequestTopic at v0-5. */
function decOffsetFetchRequestTopicV0(r: Reader): OffsetFetchRequestTopic {
  const name = r.string();
  const $n36 = r.arrayLength();
  const $a37: number[] = [];
  for (let $i38 = 0; $i38 < $n36; $i38++) $a37.push(r.int32());
  const partitionIndexes = $a37;
  return {
    name,
    partitionIndexes,
  };
}

/** OffsetFetchRequestTopic at v6-7. */
function encOffsetFetchRequestTopicV6(w: Writer, v: OffsetFetchRequestTopic): void {
  w.compactString(v.name);
  {
    const $a39 = v.partitionIndexes;
    w.compactArrayLength($a39.length);
    for (let $i40 = 0; $i40 < $a39.length; $i40++) {
      w.int32($a39[$i40]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchRequestTopic at v6-7. */
function decOffsetFetchRequestTopicV6(r: Reader): OffsetFetchRequestTopic {
  const name = r.compactString();
  const $n41 = r.compactArrayLength();
  const $a42: number[] = [];
  for (let $i43 = 0; $i43 < $n41; $i43++) $a42.push(r.int32());
  const partitionIndexes = $a42;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionIndexes,
  };
}

/** OffsetFetchRequestGroup at v8. */
function encOffsetFetchRequestGroupV8(w: Writer, v: OffsetFetchRequestGroup): void {
  w.compactString(v.groupId);
  {
    const $a44 = v.topics;
    if ($a44 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a44.length);
      for (let $i45 = 0; $i45 < $a44.length; $i45++) {
        encOffsetFetchRequestTopicsV8(w, $a44[$i45]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchRequestGroup at v8. */
function decOffsetFetchRequestGroupV8(r: Reader): OffsetFetchRequestGroup {
  const groupId = r.compactString();
  const $n46 = r.compactNullableArrayLength();
  let $a47: OffsetFetchRequestTopics[] | null = null;
  if ($n46 >= 0) {
    const $b49: OffsetFetchRequestTopics[] = [];
    for (let $i48 = 0; $i48 < $n46; $i48++) $b49.push(decOffsetFetchRequestTopicsV8(r));
    $a47 = $b49;
  }
  const topics = $a47;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    memberId: null,
    memberEpoch: -1,
    topics,
  };
}

/** OffsetFetchRequestGroup at v9. */
function encOffsetFetchRequestGroupV9(w: Writer, v: OffsetFetchRequestGroup): void {
  w.compactString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.memberEpoch);
  {
    const $a50 = v.topics;
    if ($a50 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a50.length);
      for (let $i51 = 0; $i51 < $a50.length; $i51++) {
        encOffsetFetchRequestTopicsV8(w, $a50[$i51]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchRequestGroup at v9. */
function decOffsetFetchRequestGroupV9(r: Reader): OffsetFetchRequestGroup {
  const groupId = r.compactString();
  const memberId = r.compactNullableString();
  const memberEpoch = r.int32();
  const $n52 = r.compactNullableArrayLength();
  let $a53: OffsetFetchRequestTopics[] | null = null;
  if ($n52 >= 0) {
    const $b55: OffsetFetchRequestTopics[] = [];
    for (let $i54 = 0; $i54 < $n52; $i54++) $b55.push(decOffsetFetchRequestTopicsV8(r));
    $a53 = $b55;
  }
  const topics = $a53;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    memberId,
    memberEpoch,
    topics,
  };
}

/** OffsetFetchRequestTopics at v8-9. */
function encOffsetFetchRequestTopicsV8(w: Writer, v: OffsetFetchRequestTopics): void {
  w.compactString(v.name);
  {
    const $a56 = v.partitionIndexes;
    w.compactArrayLength($a56.length);
    for (let $i57 = 0; $i57 < $a56.length; $i57++) {
      w.int32($a56[$i57]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchRequestTopics at v8-9. */
function decOffsetFetchRequestTopicsV8(r: Reader): OffsetFetchRequestTopics {
  const name = r.compactString();
  const $n58 = r.compactArrayLength();
  const $a59: number[] = [];
  for (let $i60 = 0; $i60 < $n58; $i60++) $a59.push(r.int32());
  const partitionIndexes = $a59;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionIndexes,
  };
}

/** OffsetFetchRequest at versions 0-9. */
export const offsetFetchRequestCodec = new MessageCodec<OffsetFetchRequest>(
  "OffsetFetchRequest",
  0,
  [encOffsetFetchRequestV0, encOffsetFetchRequestV0, encOffsetFetchRequestV2, encOffsetFetchRequestV2, encOffsetFetchRequestV2, encOffsetFetchRequestV2, encOffsetFetchRequestV6, encOffsetFetchRequestV7, encOffsetFetchRequestV8, encOffsetFetchRequestV9],
  [decOffsetFetchRequestV0, decOffsetFetchRequestV0, decOffsetFetchRequestV2, decOffsetFetchRequestV2, decOffsetFetchRequestV2, decOffsetFetchRequestV2, decOffsetFetchRequestV6, decOffsetFetchRequestV7, decOffsetFetchRequestV8, decOffsetFetchRequestV9],
  newOffsetFetchRequest,
);

/** OffsetFetchResponse at v0-1. */
function encOffsetFetchResponseV0(w: Writer, v: OffsetFetchResponse): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encOffsetFetchResponseTopicV0(w, $a1[$i2]);
    }
  }
}

/** OffsetFetchResponse at v0-1. */
function decOffsetFetchResponseV0(r: Reader): OffsetFetchResponse {
  const $n3 = r.arrayLength();
  const $a4: OffsetFetchResponseTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decOffsetFetchResponseTopicV0(r));
  const topics = $a4;
  return {
    throttleTimeMs: 0,
    topics,
    errorCode: 0,
    groups: [],
  };
}

/** OffsetFetchResponse at v2. */
function encOffsetFetchResponseV2(w: Writer, v: OffsetFetchResponse): void {
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encOffsetFetchResponseTopicV0(w, $a6[$i7]);
    }
  }
  w.int16(v.errorCode);
}

/** OffsetFetchResponse at v2. */
function decOffsetFetchResponseV2(r: Reader): OffsetFetchResponse {
  const $n8 = r.arrayLength();
  const $a9: OffsetFetchResponseTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decOffsetFetchResponseTopicV0(r));
  const topics = $a9;
  const errorCode = r.int16();
  return {
    throttleTimeMs: 0,
    topics,
    errorCode,
    groups: [],
  };
}

/** OffsetFetchResponse at v3-4. */
function encOffsetFetchResponseV3(w: Writer, v: OffsetFetchResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encOffsetFetchResponseTopicV0(w, $a11[$i12]);
    }
  }
  w.int16(v.errorCode);
}

/** OffsetFetchResponse at v3-4. */
function decOffsetFetchResponseV3(r: Reader): OffsetFetchResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.arrayLength();
  const $a14: OffsetFetchResponseTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decOffsetFetchResponseTopicV0(r));
  const topics = $a14;
  const errorCode = r.int16();
  return {
    throttleTimeMs,
    topics,
    errorCode,
    groups: [],
  };
}

/** OffsetFetchResponse at v5. */
function encOffsetFetchResponseV5(w: Writer, v: OffsetFetchResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a16 = v.topics;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encOffsetFetchResponseTopicV5(w, $a16[$i17]);
    }
  }
  w.int16(v.errorCode);
}

/** OffsetFetchResponse at v5. */
function decOffsetFetchResponseV5(r: Reader): OffsetFetchResponse {
  const throttleTimeMs = r.int32();
  const $n18 = r.arrayLength();
  const $a19: OffsetFetchResponseTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decOffsetFetchResponseTopicV5(r));
  const topics = $a19;
  const errorCode = r.int16();
  return {
    throttleTimeMs,
    topics,
    errorCode,
    groups: [],
  };
}

/** OffsetFetchResponse at v6-7. */
function encOffsetFetchResponseV6(w: Writer, v: OffsetFetchResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a21 = v.topics;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encOffsetFetchResponseTopicV6(w, $a21[$i22]);
    }
  }
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchResponse at v6-7. */
function decOffsetFetchResponseV6(r: Reader): OffsetFetchResponse {
  const throttleTimeMs = r.int32();
  const $n23 = r.compactArrayLength();
  const $a24: OffsetFetchResponseTopic[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decOffsetFetchResponseTopicV6(r));
  const topics = $a24;
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
    errorCode,
    groups: [],
  };
}

/** OffsetFetchResponse at v8-9. */
function encOffsetFetchResponseV8(w: Writer, v: OffsetFetchResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a26 = v.groups;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encOffsetFetchResponseGroupV8(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchResponse at v8-9. */
function decOffsetFetchResponseV8(r: Reader): OffsetFetchResponse {
  const throttleTimeMs = r.int32();
  const $n28 = r.compactArrayLength();
  const $a29: OffsetFetchResponseGroup[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decOffsetFetchResponseGroupV8(r));
  const groups = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics: [],
    errorCode: 0,
    groups,
  };
}

/** OffsetFetchResponseTopic at v0-4. */
function encOffsetFetchResponseTopicV0(w: Writer, v: OffsetFetchResponseTopic): void {
  w.string(v.name);
  {
    const $a31 = v.partitions;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encOffsetFetchResponsePartitionV0(w, $a31[$i32]);
    }
  }
}

/** OffsetFetchResponseTopic at v0-4. */
function decOffsetFetchResponseTopicV0(r: Reader): OffsetFetchResponseTopic {
  const name = r.string();
  const $n33 = r.arrayLength();
  const $a34: OffsetFetchResponsePartition[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decOffsetFetchResponsePartitionV0(r));
  const partitions = $a34;
  return {
    name,
    partitions,
  };
}

/** OffsetFetchResponseTopic at v5. */
function encOffsetFetchResponseTopicV5(w: Writer, v: OffsetFetchResponseTopic): void {
  w.string(v.name);
  {
    const $a36 = v.partitions;
    w.arrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encOffsetFetchResponsePartitionV5(w, $a36[$i37]);
    }
  }
}

/** OffsetFetchResponseTopic at v5. */
function decOffsetFetchResponseTopicV5(r: Reader): OffsetFetchResponseTopic {
  const name = r.string();
  const $n38 = r.arrayLength();
  const $a39: OffsetFetchResponsePartition[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decOffsetFetchResponsePartitionV5(r));
  const partitions = $a39;
  return {
    name,
    partitions,
  };
}

/** OffsetFetchResponseTopic at v6-7. */
function encOffsetFetchResponseTopicV6(w: Writer, v: OffsetFetchResponseTopic): void {
  w.compactString(v.name);
  {
    const $a41 = v.partitions;
    w.compactArrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encOffsetFetchResponsePartitionV6(w, $a41[$i42]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchResponseTopic at v6-7. */
function decOffsetFetchResponseTopicV6(r: Reader): OffsetFetchResponseTopic {
  const name = r.compactString();
  const $n43 = r.compactArrayLength();
  const $a44: OffsetFetchResponsePartition[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(decOffsetFetchResponsePartitionV6(r));
  const partitions = $a44;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** OffsetFetchResponsePartition at v0-4. */
function encOffsetFetchResponsePartitionV0(w: Writer, v: OffsetFetchResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.nullableString(v.metadata);
  w.int16(v.errorCode);
}

/** OffsetFetchResponsePartition at v0-4. */
function decOffsetFetchResponsePartitionV0(r: Reader): OffsetFetchResponsePartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const metadata = r.nullableString();
  const errorCode = r.int16();
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch: -1,
    metadata,
    errorCode,
  };
}

/** OffsetFetchResponsePartition at v5. */
function encOffsetFetchResponsePartitionV5(w: Writer, v: OffsetFetchResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.nullableString(v.metadata);
  w.int16(v.errorCode);
}

/** OffsetFetchResponsePartition at v5. */
function decOffsetFetchResponsePartitionV5(r: Reader): OffsetFetchResponsePartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const metadata = r.nullableString();
  const errorCode = r.int16();
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch,
    metadata,
    errorCode,
  };
}

/** OffsetFetchResponsePartition at v6-7. */
function encOffsetFetchResponsePartitionV6(w: Writer, v: OffsetFetchResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.compactNullableString(v.metadata);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchResponsePartition at v6-7. */
function decOffsetFetchResponsePartitionV6(r: Reader): OffsetFetchResponsePartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const metadata = r.compactNullableString();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch,
    metadata,
    errorCode,
  };
}

/** OffsetFetchResponseGroup at v8-9. */
function encOffsetFetchResponseGroupV8(w: Writer, v: OffsetFetchResponseGroup): void {
  w.compactString(v.groupId);
  {
    const $a46 = v.topics;
    w.compactArrayLength($a46.length);
    for (let $i47 = 0; $i47 < $a46.length; $i47++) {
      encOffsetFetchResponseTopicsV8(w, $a46[$i47]);
    }
  }
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchResponseGroup at v8-9. */
function decOffsetFetchResponseGroupV8(r: Reader): OffsetFetchResponseGroup {
  const groupId = r.compactString();
  const $n48 = r.compactArrayLength();
  const $a49: OffsetFetchResponseTopics[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(decOffsetFetchResponseTopicsV8(r));
  const topics = $a49;
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    topics,
    errorCode,
  };
}

/** OffsetFetchResponseTopics at v8-9. */
function encOffsetFetchResponseTopicsV8(w: Writer, v: OffsetFetchResponseTopics): void {
  w.compactString(v.name);
  {
    const $a51 = v.partitions;
    w.compactArrayLength($a51.length);
    for (let $i52 = 0; $i52 < $a51.length; $i52++) {
      encOffsetFetchResponsePartitionsV8(w, $a51[$i52]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchResponseTopics at v8-9. */
function decOffsetFetchResponseTopicsV8(r: Reader): OffsetFetchResponseTopics {
  const name = r.compactString();
  const $n53 = r.compactArrayLength();
  const $a54: OffsetFetchResponsePartitions[] = [];
  for (let $i55 = 0; $i55 < $n53; $i55++) $a54.push(decOffsetFetchResponsePartitionsV8(r));
  const partitions = $a54;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** OffsetFetchResponsePartitions at v8-9. */
function encOffsetFetchResponsePartitionsV8(w: Writer, v: OffsetFetchResponsePartitions): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.compactNullableString(v.metadata);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** OffsetFetchResponsePartitions at v8-9. */
function decOffsetFetchResponsePartitionsV8(r: Reader): OffsetFetchResponsePartitions {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const metadata = r.compactNullableString();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch,
    metadata,
    errorCode,
  };
}

/** OffsetFetchResponse at versions 0-9. */
export const offsetFetchResponseCodec = new MessageCodec<OffsetFetchResponse>(
  "OffsetFetchResponse",
  0,
  [encOffsetFetchResponseV0, encOffsetFetchResponseV0, encOffsetFetchResponseV2, encOffsetFetchResponseV3, encOffsetFetchResponseV3, encOffsetFetchResponseV5, encOffsetFetchResponseV6, encOffsetFetchResponseV6, encOffsetFetchResponseV8, encOffsetFetchResponseV8],
  [decOffsetFetchResponseV0, decOffsetFetchResponseV0, decOffsetFetchResponseV2, decOffsetFetchResponseV3, decOffsetFetchResponseV3, decOffsetFetchResponseV5, decOffsetFetchResponseV6, decOffsetFetchResponseV6, decOffsetFetchResponseV8, decOffsetFetchResponseV8],
  newOffsetFetchResponse,
);
