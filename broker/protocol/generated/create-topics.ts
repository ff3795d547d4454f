// Kafka CreateTopics API (key 19): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{CreateTopicsRequest.json, CreateTopicsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** CreateTopicsRequest: request of api key 19, versions 0-7, flexible 5-7. */
export interface CreateTopicsRequest {
  /** The topics to create. (versions 0-7) */
  readonly topics: readonly CreateTopicsRequestCreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. (versions 0-7, default 60000) */
  readonly timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. (versions 1-7, default false) */
  readonly validateOnly: boolean;
}

/** CreatableTopic in CreateTopicsRequest. */
export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. (versions 0-7) */
  readonly name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. (versions 0-7) */
  readonly numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. (versions 0-7) */
  readonly replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. (versions 0-7) */
  readonly assignments: readonly CreateTopicsRequestCreatableReplicaAssignment[];
  /** The custom topic configurations to set. (versions 0-7) */
  readonly configs: readonly CreateTopicsRequestCreatableTopicConfig[];
}

/** CreatableReplicaAssignment in CreateTopicsRequest. */
export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. (versions 0-7) */
  readonly partitionIndex: number;
  /** The brokers to place the partition on. (versions 0-7) */
  readonly brokerIds: readonly number[];
}

/** CreatableTopicConfig in CreateTopicsRequest. */
export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. (versions 0-7) */
  readonly name: string;
  /** The configuration value. (versions 0-7, nullable 0-7) */
  readonly value: string | null;
}

/** CreateTopicsResponse: response of api key 19, versions 0-7, flexible 5-7. */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2-7) */
  readonly throttleTimeMs: number;
  /** Results for each topic we tried to create. (versions 0-7) */
  readonly topics: readonly CreateTopicsResponseCreatableTopicResult[];
}

/** CreatableTopicResult in CreateTopicsResponse. */
export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. (versions 0-7) */
  readonly name: string;
  /** The unique topic ID (versions 7) */
  readonly topicId: string;
  /** The error code, or 0 if there was no error. (versions 0-7) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 1-7, nullable 0-7) */
  readonly errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. (versions 5-7, tag 0 in 5+) */
  readonly topicConfigErrorCode: number;
  /** Number of partitions of the topic. (versions 5-7, default -1) */
  readonly numPartitions: number;
  /** Replication factor of the topic. (versions 5-7, default -1) */
  readonly replicationFactor: number;
  /** Configuration of the topic. (versions 5-7, nullable 5-7) */
  readonly configs: readonly CreateTopicsResponseCreatableTopicConfigs[] | null;
}

/** CreatableTopicConfigs in CreateTopicsResponse. */
export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. (versions 5-7) */
  readonly name: string;
  /** The configuration value. (versions 5-7, nullable 5-7) */
  readonly value: string | null;
  /** True if the configuration is read-only. (versions 5-7) */
  readonly readOnly: boolean;
  /** The configuration source. (versions 5-7, default -1) */
  readonly configSource: number;
  /** True if this configuration is sensitive. (versions 5-7) */
  readonly isSensitive: boolean;
}

/** A CreateTopicsRequest with every field at its spec default. */
export function newCreateTopicsRequest(): CreateTopicsRequest {
  return {
    topics: [],
    timeoutMs: 60000,
    validateOnly: false,
  };
}

/** A CreateTopicsRequestCreatableTopic with every field at its spec default. */
export function newCreateTopicsRequestCreatableTopic(): CreateTopicsRequestCreatableTopic {
  return {
    name: "",
    numPartitions: 0,
    replicationFactor: 0,
    assignments: [],
    configs: [],
  };
}

/** A CreateTopicsRequestCreatableReplicaAssignment with every field at its spec default. */
export function newCreateTopicsRequestCreatableReplicaAssignment(): CreateTopicsRequestCreatableReplicaAssignment {
  return {
    partitionIndex: 0,
    brokerIds: [],
  };
}

/** A CreateTopicsRequestCreatableTopicConfig with every field at its spec default. */
export function newCreateTopicsRequestCreatableTopicConfig(): CreateTopicsRequestCreatableTopicConfig {
  return {
    name: "",
    value: "",
  };
}

/** A CreateTopicsResponse with every field at its spec default. */
export function newCreateTopicsResponse(): CreateTopicsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A CreateTopicsResponseCreatableTopicResult with every field at its spec default. */
export function newCreateTopicsResponseCreatableTopicResult(): CreateTopicsResponseCreatableTopicResult {
  return {
    name: "",
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: "",
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}

/** A CreateTopicsResponseCreatableTopicConfigs with every field at its spec default. */
export function newCreateTopicsResponseCreatableTopicConfigs(): CreateTopicsResponseCreatableTopicConfigs {
  return {
    name: "",
    value: "",
    readOnly: false,
    configSource: -1,
    isSensitive: false,
  };
}

/** CreateTopicsRequest at v0. */
function encCreateTopicsRequestV0(w: Writer, v: CreateTopicsRequest): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encCreateTopicsRequestCreatableTopicV0(w, $a1[$i2]);
    }
  }
  w.int32(v.timeoutMs);
}

/** CreateTopicsRequest at v0. */
function decCreateTopicsRequestV0(r: Reader): CreateTopicsRequest {
  const $n3 = r.arrayLength();
  const $a4: CreateTopicsRequestCreatableTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decCreateTopicsRequestCreatableTopicV0(r));
  const topics = $a4;
  const timeoutMs = r.int32();
  return {
    topics,
    timeoutMs,
    validateOnly: false,
  };
}

/** CreateTopicsRequest at v1-4. */
function encCreateTopicsRequestV1(w: Writer, v: CreateTopicsRequest): void {
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encCreateTopicsRequestCreatableTopicV0(w, $a6[$i7]);
    }
  }
  w.int32(v.timeoutMs);
  w.bool(v.validateOnly);
}

/** CreateTopicsRequest at v1-4. */
function decCreateTopicsRequestV1(r: Reader): CreateTopicsRequest {
  const $n8 = r.arrayLength();
  const $a9: CreateTopicsRequestCreatableTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decCreateTopicsRequestCreatableTopicV0(r));
  const topics = $a9;
  const timeoutMs = r.int32();
  const validateOnly = r.bool();
  return {
    topics,
    timeoutMs,
    validateOnly,
  };
}

/** CreateTopicsRequest at v5-7. */
function encCreateTopicsRequestV5(w: Writer, v: CreateTopicsRequest): void {
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encCreateTopicsRequestCreatableTopicV5(w, $a11[$i12]);
    }
  }
  w.int32(v.timeoutMs);
  w.bool(v.validateOnly);
  w.uvarint(0); // no tagged fields
}

/** CreateTopicsRequest at v5-7. */
function decCreateTopicsRequestV5(r: Reader): CreateTopicsRequest {
  const $n13 = r.compactArrayLength();
  const $a14: CreateTopicsRequestCreatableTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decCreateTopicsRequestCreatableTopicV5(r));
  const topics = $a14;
  const timeoutMs = r.int32();
  const validateOnly = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
    timeoutMs,
    validateOnly,
  };
}

/** CreateTopicsRequestCreatableTopic at v0-4. */
function encCreateTopicsRequestCreatableTopicV0(w: Writer, v: CreateTopicsRequestCreatableTopic): void {
  w.string(v.name);
  w.int32(v.numPartitions);
  w.int16(v.replicationFactor);
  {
    const $a16 = v.assignments;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encCreateTopicsRequestCreatableReplicaAssignmentV0(w, $a16[$i17]);
    }
  }
  {
    const $a18 = v.configs;
    w.arrayLength($a18.length);
    for (let $i19 = 0; $i19 < $a18.length; $i19++) {
      encCreateTopicsRequestCreatableTopicConfigV0(w, $a18[$i19]);
    }
  }
}

/** CreateTopicsRequestCreatableTopic at v0-4. */
function decCreateTopicsRequestCreatableTopicV0(r: Reader): CreateTopicsRequestCreatableTopic {
  const name = r.string();
  const numPartitions = r.int32();
  const replicationFactor = r.int16();
  const $n20 = r.arrayLength();
  const $a21: CreateTopicsRequestCreatableReplicaAssignment[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(decCreateTopicsRequestCreatableReplicaAssignmentV0(r));
  const assignments = $a21;
  const $n23 = r.arrayLength();
  const $a24: CreateTopicsRequestCreatableTopicConfig[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decCreateTopicsRequestCreatableTopicConfigV0(r));
  const configs = $a24;
  return {
    name,
    numPartitions,
    replicationFactor,
    assignments,
    configs,
  };
}

/** CreateTopicsRequestCreatableTopic at v5-7. */
function encCreateTopicsRequestCreatableTopicV5(w: Writer, v: CreateTopicsRequestCreatableTopic): void {
  w.compactString(v.name);
  w.int32(v.numPartitions);
  w.int16(v.replicationFactor);
  {
    const $a26 = v.assignments;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encCreateTopicsRequestCreatableReplicaAssignmentV5(w, $a26[$i27]);
    }
  }
  {
    const $a28 = v.configs;
    w.compactArrayLength($a28.length);
    for (let $i29 = 0; $i29 < $a28.length; $i29++) {
      encCreateTopicsRequestCreatableTopicConfigV5(w, $a28[$i29]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreateTopicsRequestCreatableTopic at v5-7. */
function decCreateTopicsRequestCreatableTopicV5(r: Reader): CreateTopicsRequestCreatableTopic {
  const name = r.compactString();
  const numPartitions = r.int32();
  const replicationFactor = r.int16();
  const $n30 = r.compactArrayLength();
  const $a31: CreateTopicsRequestCreatableReplicaAssignment[] = [];
  for (let $i32 = 0; $i32 < $n30; $i32++) $a31.push(decCreateTopicsRequestCreatableReplicaAssignmentV5(r));
  const assignments = $a31;
  const $n33 = r.compactArrayLength();
  const $a34: CreateTopicsRequestCreatableTopicConfig[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decCreateTopicsRequestCreatableTopicConfigV5(r));
  const configs = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    numPartitions,
    replicationFactor,
    assignments,
    configs,
  };
}

/** CreateTopicsRequestCreatableReplicaAssignment at v0-4. */
function encCreateTopicsRequestCreatableReplicaAssignmentV0(w: Writer, v: CreateTopicsRequestCreatableReplicaAssignment): void {
  w.int32(v.partitionIndex);
  {
    const $a36 = v.brokerIds;
    w.arrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      w.int32($a36[$i37]);
    }
  }
}

/** CreateTopicsRequestCreatableReplicaAssignment at v0-4. */
function decCreateTopicsRequestCreatableReplicaAssignmentV0(r: Reader): CreateTopicsRequestCreatableReplicaAssignment {
  const partitionIndex = r.int32();
  const $n38 = r.arrayLength();
  const $a39: number[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(r.int32());
  const brokerIds = $a39;
  return {
    partitionIndex,
    brokerIds,
  };
}

/** CreateTopicsRequestCreatableReplicaAssignment at v5-7. */
function encCreateTopicsRequestCreatableReplicaAssignmentV5(w: Writer, v: CreateTopicsRequestCreatableReplicaAssignment): void {
  w.int32(v.partitionIndex);
  {
    const $a41 = v.brokerIds;
    w.compactArrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      w.int32($a41[$i42]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreateTopicsRequestCreatableReplicaAssignment at v5-7. */
function decCreateTopicsRequestCreatableReplicaAssignmentV5(r: Reader): CreateTopicsRequestCreatableReplicaAssignment {
  const partitionIndex = r.int32();
  const $n43 = r.compactArrayLength();
  const $a44: number[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(r.int32());
  const brokerIds = $a44;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    brokerIds,
  };
}

/** CreateTopicsRequestCreatableTopicConfig at v0-4. */
function encCreateTopicsRequestCreatableTopicConfigV0(w: Writer, v: CreateTopicsRequestCreatableTopicConfig): void {
  w.string(v.name);
  w.nullableString(v.value);
}

/** CreateTopicsRequestCreatableTopicConfig at v0-4. */
function decCreateTopicsRequestCreatableTopicConfigV0(r: Reader): CreateTopicsRequestCreatableTopicConfig {
  const name = r.string();
  const value = r.nullableString();
  return {
    name,
    value,
  };
}

/** CreateTopicsRequestCreatableTopicConfig at v5-7. */
function encCreateTopicsRequestCreatableTopicConfigV5(w: Writer, v: CreateTopicsRequestCreatableTopicConfig): void {
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.uvarint(0); // no tagged fields
}

/** CreateTopicsRequestCreatableTopicConfig at v5-7. */
function decCreateTopicsRequestCreatableTopicConfigV5(r: Reader): CreateTopicsRequestCreatableTopicConfig {
  const name = r.compactString();
  const value = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    value,
  };
}

/** CreateTopicsRequest at versions 0-7. */
export const createTopicsRequestCodec = new MessageCodec<CreateTopicsRequest>(
  "CreateTopicsRequest",
  0,
  [encCreateTopicsRequestV0, encCreateTopicsRequestV1, encCreateTopicsRequestV1, encCreateTopicsRequestV1, encCreateTopicsRequestV1, encCreateTopicsRequestV5, encCreateTopicsRequestV5, encCreateTopicsRequestV5],
  [decCreateTopicsRequestV0, decCreateTopicsRequestV1, decCreateTopicsRequestV1, decCreateTopicsRequestV1, decCreateTopicsRequestV1, decCreateTopicsRequestV5, decCreateTopicsRequestV5, decCreateTopicsRequestV5],
  newCreateTopicsRequest,
);

/** CreateTopicsResponse at v0. */
function encCreateTopicsResponseV0(w: Writer, v: CreateTopicsResponse): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encCreateTopicsResponseCreatableTopicResultV0(w, $a1[$i2]);
    }
  }
}

/** CreateTopicsResponse at v0. */
function decCreateTopicsResponseV0(r: Reader): CreateTopicsResponse {
  const $n3 = r.arrayLength();
  const $a4: CreateTopicsResponseCreatableTopicResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decCreateTopicsResponseCreatableTopicResultV0(r));
  const topics = $a4;
  return {
    throttleTimeMs: 0,
    topics,
  };
}

/** CreateTopicsResponse at v1. */
function encCreateTopicsResponseV1(w: Writer, v: CreateTopicsResponse): void {
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encCreateTopicsResponseCreatableTopicResultV1(w, $a6[$i7]);
    }
  }
}

/** CreateTopicsResponse at v1. */
function decCreateTopicsResponseV1(r: Reader): CreateTopicsResponse {
  const $n8 = r.arrayLength();
  const $a9: CreateTopicsResponseCreatableTopicResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decCreateTopicsResponseCreatableTopicResultV1(r));
  const topics = $a9;
  return {
    throttleTimeMs: 0,
    topics,
  };
}

/** CreateTopicsResponse at v2-4. */
function encCreateTopicsResponseV2(w: Writer, v: CreateTopicsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encCreateTopicsResponseCreatableTopicResultV1(w, $a11[$i12]);
    }
  }
}

/** CreateTopicsResponse at v2-4. */
function decCreateTopicsResponseV2(r: Reader): CreateTopicsResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.arrayLength();
  const $a14: CreateTopicsResponseCreatableTopicResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decCreateTopicsResponseCreatableTopicResultV1(r));
  const topics = $a14;
  return {
    throttleTimeMs,
    topics,
  };
}

/** CreateTopicsResponse at v5-6. */
function encCreateTopicsResponseV5(w: Writer, v: CreateTopicsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a16 = v.topics;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encCreateTopicsResponseCreatableTopicResultV5(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreateTopicsResponse at v5-6. */
function decCreateTopicsResponseV5(r: Reader): CreateTopicsResponse {
  const throttleTimeMs = r.int32();
  const $n18 = r.compactArrayLength();
  const $a19: CreateTopicsResponseCreatableTopicResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decCreateTopicsResponseCreatableTopicResultV5(r));
  const topics = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
  };
}

/** CreateTopicsResponse at v7. */
function encCreateTopicsResponseV7(w: Writer, v: CreateTopicsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a21 = v.topics;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encCreateTopicsResponseCreatableTopicResultV7(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreateTopicsResponse at v7. */
function decCreateTopicsResponseV7(r: Reader): CreateTopicsResponse {
  const throttleTimeMs = r.int32();
  const $n23 = r.compactArrayLength();
  const $a24: CreateTopicsResponseCreatableTopicResult[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decCreateTopicsResponseCreatableTopicResultV7(r));
  const topics = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
  };
}

/** CreateTopicsResponseCreatableTopicResult at v0. */
function encCreateTopicsResponseCreatableTopicResultV0(w: Writer, v: CreateTopicsResponseCreatableTopicResult): void {
  w.string(v.name);
  w.int16(v.errorCode);
}

/** CreateTopicsResponseCreatableTopicResult at v0. */
function decCreateTopicsResponseCreatableTopicResultV0(r: Reader): CreateTopicsResponseCreatableTopicResult {
  const name = r.string();
  const errorCode = r.int16();
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage: "",
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}

/** CreateTopicsResponseCreatableTopicResult at v1-4. */
function encCreateTopicsResponseCreatableTopicResultV1(w: Writer, v: CreateTopicsResponseCreatableTopicResult): void {
  w.string(v.name);
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
}

/** CreateTopicsResponseCreatableTopicResult at v1-4. */
function decCreateTopicsResponseCreatableTopicResultV1(r: Reader): CreateTopicsResponseCreatableTopicResult {
  const name = r.string();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage,
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}

/** CreateTopicsResponseCreatableTopicResult at v5-6. */
function encCreateTopicsResponseCreatableTopicResultV5(w: Writer, v: CreateTopicsResponseCreatableTopicResult): void {
  w.compactString(v.name);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.numPartitions);
  w.int16(v.replicationFactor);
  {
    const $a26 = v.configs;
    if ($a26 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a26.length);
      for (let $i27 = 0; $i27 < $a26.length; $i27++) {
        encCreateTopicsResponseCreatableTopicConfigsV5(w, $a26[$i27]);
      }
    }
  }
  const $t28 = !(v.topicConfigErrorCode === 0);
  w.uvarint(($t28 ? 1 : 0));
  if ($t28) {
    w.uvarint(0);
    const $s29 = new Writer(64);
    $s29.int16(v.topicConfigErrorCode);
    w.uvarint($s29.length);
    w.writer($s29);
  }
}

/** CreateTopicsResponseCreatableTopicResult at v5-6. */
function decCreateTopicsResponseCreatableTopicResultV5(r: Reader): CreateTopicsResponseCreatableTopicResult {
  const name = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const numPartitions = r.int32();
  const replicationFactor = r.int16();
  const $n30 = r.compactNullableArrayLength();
  let $a31: CreateTopicsResponseCreatableTopicConfigs[] | null = null;
  if ($n30 >= 0) {
    const $b33: CreateTopicsResponseCreatableTopicConfigs[] = [];
    for (let $i32 = 0; $i32 < $n30; $i32++) $b33.push(decCreateTopicsResponseCreatableTopicConfigsV5(r));
    $a31 = $b33;
  }
  const configs = $a31;
  let topicConfigErrorCode: number = 0;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        topicConfigErrorCode = r.int16();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage,
    topicConfigErrorCode,
    numPartitions,
    replicationFactor,
    configs,
  };
}

/** CreateTopicsResponseCreatableTopicResult at v7. */
function encCreateTopicsResponseCreatableTopicResultV7(w: Writer, v: CreateTopicsResponseCreatableTopicResult): void {
  w.compactString(v.name);
  w.uuid(v.topicId);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.numPartitions);
  w.int16(v.replicationFactor);
  {
    const $a34 = v.configs;
    if ($a34 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a34.length);
      for (let $i35 = 0; $i35 < $a34.length; $i35++) {
        encCreateTopicsResponseCreatableTopicConfigsV5(w, $a34[$i35]);
      }
    }
  }
  const $t36 = !(v.topicConfigErrorCode === 0);
  w.uvarint(($t36 ? 1 : 0));
  if ($t36) {
    w.uvarint(0);
    const $s37 = new Writer(64);
    $s37.int16(v.topicConfigErrorCode);
    w.uvarint($s37.length);
    w.writer($s37);
  }
}

/** CreateTopicsResponseCreatableTopicResult at v7. */
function decCreateTopicsResponseCreatableTopicResultV7(r: Reader): CreateTopicsResponseCreatableTopicResult {
  const name = r.compactString();
  const topicId = r.uuid();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const numPartitions = r.int32();
  const replicationFactor = r.int16();
  const $n38 = r.compactNullableArrayLength();
  let $a39: CreateTopicsResponseCreatableTopicConfigs[] | null = null;
  if ($n38 >= 0) {
    const $b41: CreateTopicsResponseCreatableTopicConfigs[] = [];
    for (let $i40 = 0; $i40 < $n38; $i40++) $b41.push(decCreateTopicsResponseCreatableTopicConfigsV5(r));
    $a39 = $b41;
  }
  const configs = $a39;
  let topicConfigErrorCode: number = 0;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        topicConfigErrorCode = r.int16();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    name,
    topicId,
    errorCode,
    errorMessage,
    topicConfigErrorCode,
    numPartitions,
    replicationFactor,
    configs,
  };
}

/** CreateTopicsResponseCreatableTopicConfigs at v5-7. */
function encCreateTopicsResponseCreatableTopicConfigsV5(w: Writer, v: CreateTopicsResponseCreatableTopicConfigs): void {
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.bool(v.readOnly);
  w.int8(v.configSource);
  w.bool(v.isSensitive);
  w.uvarint(0); // no tagged fields
}

/** CreateTopicsResponseCreatableTopicConfigs at v5-7. */
function decCreateTopicsResponseCreatableTopicConfigsV5(r: Reader): CreateTopicsResponseCreatableTopicConfigs {
  const name = r.compactString();
  const value = r.compactNullableString();
  const readOnly = r.bool();
  const configSource = r.int8();
  const isSensitive = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    value,
    readOnly,
    configSource,
    isSensitive,
  };
}

/** CreateTopicsResponse at versions 0-7. */
export const createTopicsResponseCodec = new MessageCodec<CreateTopicsResponse>(
  "CreateTopicsResponse",
  0,
  [encCreateTopicsResponseV0, encCreateTopicsResponseV1, encCreateTopicsResponseV2, encCreateTopicsResponseV2, encCreateTopicsResponseV2, encCreateTopicsResponseV5, encCreateTopicsResponseV5, encCreateTopicsResponseV7],
  [decCreateTopicsResponseV0, decCreateTopicsResponseV1, decCreateTopicsResponseV2, decCreateTopicsResponseV2, decCreateTopicsResponseV2, decCreateTopicsResponseV5, decCreateTopicsResponseV5, decCreateTopicsResponseV7],
  newCreateTopicsResponse,
);
