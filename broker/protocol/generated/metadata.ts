// Kafka Metadata API (key 3): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{MetadataRequest.json, MetadataResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec, nullNotAllowed } from '../codec.ts';

/** MetadataRequest: request of api key 3, versions 0-12, flexible 9-12. */
export interface MetadataRequest {
  /** The topics to fetch metadata for. (versions 0-12, nullable 1-12) */
  readonly topics: readonly MetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (versions 4-12, default true) */
  readonly allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. (versions 8-10) */
  readonly includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. (versions 8-12) */
  readonly includeTopicAuthorizedOperations: boolean;
}

/** MetadataRequestTopic in MetadataRequest. */
export interface MetadataRequestTopic {
  /** The topic id. (versions 10-12) */
  readonly topicId: string;
  /** The topic name. (versions 0-12, nullable 10-12) */
  readonly name: string | null;
}

/** MetadataResponse: response of api key 3, versions 0-12, flexible 9-12. */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3-12) */
  readonly throttleTimeMs: number;
  /** A list of brokers present in the cluster. (versions 0-12) */
  readonly brokers: readonly MetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. (versions 2-12, nullable 2-12, default null) */
  readonly clusterId: string | null;
  /** The ID of the controller broker. (versions 1-12, default -1) */
  readonly controllerId: number;
  /** Each topic in the response. (versions 0-12) */
  readonly topics: readonly MetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 8-10, default -2147483648) */
  readonly clusterAuthorizedOperations: number;
}

/** MetadataResponseBroker in MetadataResponse. */
export interface MetadataResponseBroker {
  /** The broker ID. (versions 0-12) */
  readonly nodeId: number;
  /** The broker hostname. (versions 0-12) */
  readonly host: string;
  /** The broker port. (versions 0-12) */
  readonly port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 1-12, nullable 1-12, default null) */
  readonly rack: string | null;
}

/** MetadataResponseTopic in MetadataResponse. */
export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0-12) */
  readonly errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. (versions 0-12, nullable 12) */
  readonly name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. (versions 10-12) */
  readonly topicId: string;
  /** True if the topic is internal. (versions 1-12, default false) */
  readonly isInternal: boolean;
  /** Each partition in the topic. (versions 0-12) */
  readonly partitions: readonly MetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 8-12, default -2147483648) */
  readonly topicAuthorizedOperations: number;
}

/** MetadataResponsePartition in MetadataResponse. */
export interface MetadataResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0-12) */
  readonly errorCode: number;
  /** The partition index. (versions 0-12) */
  readonly partitionIndex: number;
  /** The ID of the leader broker. (versions 0-12) */
  readonly leaderId: number;
  /** The leader epoch of this partition. (versions 7-12, default -1) */
  readonly leaderEpoch: number;
  /** The set of all nodes that host this partition. (versions 0-12) */
  readonly replicaNodes: readonly number[];
  /** The set of nodes that are in sync with the leader for this partition. (versions 0-12) */
  readonly isrNodes: readonly number[];
  /** The set of offline replicas of this partition. (versions 5-12) */
  readonly offlineReplicas: readonly number[];
}

/** A MetadataRequest with every field at its spec default. */
export function newMetadataRequest(): MetadataRequest {
  return {
    topics: [],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  };
}

/** A MetadataRequestTopic with every field at its spec default. */
export function newMetadataRequestTopic(): MetadataRequestTopic {
  return {
    topicId: ZERO_UUID,
    name: "",
  };
}

/** A MetadataResponse with every field at its spec default. */
export function newMetadataResponse(): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: null,
    controllerId: -1,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
  };
}

/** A MetadataResponseBroker with every field at its spec default. */
export function newMetadataResponseBroker(): MetadataResponseBroker {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

/** A MetadataResponseTopic with every field at its spec default. */
export function newMetadataResponseTopic(): MetadataResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
  };
}

/** A MetadataResponsePartition with every field at its spec default. */
export function newMetadataResponsePartition(): MetadataResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    offlineReplicas: [],
  };
}

/** MetadataRequest at v0. */
function encMetadataRequestV0(w: Writer, v: MetadataRequest): void {
  {
    const $a1 = v.topics;
    if ($a1 === null) throw nullNotAllowed("MetadataRequest.topics (v0)");
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encMetadataRequestTopicV0(w, $a1[$i2]);
    }
  }
}

/** MetadataRequest at v0. */
function decMetadataRequestV0(r: Reader): MetadataRequest {
  const $n3 = r.arrayLength();
  const $a4: MetadataRequestTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decMetadataRequestTopicV0(r));
  const topics = $a4;
  return {
    topics,
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  };
}

/** MetadataRequest at v1-3. */
function encMetadataRequestV1(w: Writer, v: MetadataRequest): void {
  {
    const $a6 = v.topics;
    if ($a6 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a6.length);
      for (let $i7 = 0; $i7 < $a6.length; $i7++) {
        encMetadataRequestTopicV0(w, $a6[$i7]);
      }
    }
  }
}

/** MetadataRequest at v1-3. */
function decMetadataRequestV1(r: Reader): MetadataRequest {
  const $n8 = r.nullableArrayLength();
  let $a9: MetadataRequestTopic[] | null = null;
  if ($n8 >= 0) {
    const $b11: MetadataRequestTopic[] = [];
    for (let $i10 = 0; $i10 < $n8; $i10++) $b11.push(decMetadataRequestTopicV0(r));
    $a9 = $b11;
  }
  const topics = $a9;
  return {
    topics,
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  };
}

/** MetadataRequest at v4-7. */
function encMetadataRequestV4(w: Writer, v: MetadataRequest): void {
  {
    const $a12 = v.topics;
    if ($a12 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a12.length);
      for (let $i13 = 0; $i13 < $a12.length; $i13++) {
        encMetadataRequestTopicV0(w, $a12[$i13]);
      }
    }
  }
  w.bool(v.allowAutoTopicCreation);
}

/** MetadataRequest at v4-7. */
function decMetadataRequestV4(r: Reader): MetadataRequest {
  const $n14 = r.nullableArrayLength();
  let $a15: MetadataRequestTopic[] | null = null;
  if ($n14 >= 0) {
    const $b17: MetadataRequestTopic[] = [];
    for (let $i16 = 0; $i16 < $n14; $i16++) $b17.push(decMetadataRequestTopicV0(r));
    $a15 = $b17;
  }
  const topics = $a15;
  const allowAutoTopicCreation = r.bool();
  return {
    topics,
    allowAutoTopicCreation,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  };
}

/** MetadataRequest at v8. */
function encMetadataRequestV8(w: Writer, v: MetadataRequest): void {
  {
    const $a18 = v.topics;
    if ($a18 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a18.length);
      for (let $i19 = 0; $i19 < $a18.length; $i19++) {
        encMetadataRequestTopicV0(w, $a18[$i19]);
      }
    }
  }
  w.bool(v.allowAutoTopicCreation);
  w.bool(v.includeClusterAuthorizedOperations);
  w.bool(v.includeTopicAuthorizedOperations);
}

/** MetadataRequest at v8. */
function decMetadataRequestV8(r: Reader): MetadataRequest {
  const $n20 = r.nullableArrayLength();
  let $a21: MetadataRequestTopic[] | null = null;
  if ($n20 >= 0) {
    const $b23: MetadataRequestTopic[] = [];
    for (let $i22 = 0; $i22 < $n20; $i22++) $b23.push(decMetadataRequestTopicV0(r));
    $a21 = $b23;
  }
  const topics = $a21;
  const allowAutoTopicCreation = r.bool();
  const includeClusterAuthorizedOperations = r.bool();
  const includeTopicAuthorizedOperations = r.bool();
  return {
    topics,
    allowAutoTopicCreation,
    includeClusterAuthorizedOperations,
    includeTopicAuthorizedOperations,
  };
}

/** MetadataRequest at v9. */
function encMetadataRequestV9(w: Writer, v: MetadataRequest): void {
  {
    const $a24 = v.topics;
    if ($a24 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a24.length);
      for (let $i25 = 0; $i25 < $a24.length; $i25++) {
        encMetadataRequestTopicV9(w, $a24[$i25]);
      }
    }
  }
  w.bool(v.allowAutoTopicCreation);
  w.bool(v.includeClusterAuthorizedOperations);
  w.bool(v.includeTopicAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** MetadataRequest at v9. */
function decMetadataRequestV9(r: Reader): MetadataRequest {
  const $n26 = r.compactNullableArrayLength();
  let $a27: MetadataRequestTopic[] | null = null;
  if ($n26 >= 0) {
    const $b29: MetadataRequestTopic[] = [];
    for (let $i28 = 0; $i28 < $n26; $i28++) $b29.push(decMetadataRequestTopicV9(r));
    $a27 = $b29;
  }
  const topics = $a27;
  const allowAutoTopicCreation = r.bool();
  const includeClusterAuthorizedOperations = r.bool();
  const includeTopicAuthorizedOperations = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
    allowAutoTopicCreation,
    includeClusterAuthorizedOperations,
    includeTopicAuthorizedOperations,
  };
}

/** MetadataRequest at v10. */
function encMetadataRequestV10(w: Writer, v: MetadataRequest): void {
  {
    const $a30 = v.topics;
    if ($a30 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a30.length);
      for (let $i31 = 0; $i31 < $a30.length; $i31++) {
        encMetadataRequestTopicV10(w, $a30[$i31]);
      }
    }
  }
  w.bool(v.allowAutoTopicCreation);
  w.bool(v.includeClusterAuthorizedOperations);
  w.bool(v.includeTopicAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** MetadataRequest at v10. */
function decMetadataRequestV10(r: Reader): MetadataRequest {
  const $n32 = r.compactNullableArrayLength();
  let $a33: MetadataRequestTopic[] | null = null;
  if ($n32 >= 0) {
    const $b35: MetadataRequestTopic[] = [];
    for (let $i34 = 0; $i34 < $n32; $i34++) $b35.push(decMetadataRequestTopicV10(r));
    $a33 = $b35;
  }
  const topics = $a33;
  const allowAutoTopicCreation = r.bool();
  const includeClusterAuthorizedOperations = r.bool();
  const includeTopicAuthorizedOperations = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
    allowAutoTopicCreation,
    includeClusterAuthorizedOperations,
    includeTopicAuthorizedOperations,
  };
}

/** MetadataRequest at v11-12. */
function encMetadataRequestV11(w: Writer, v: MetadataRequest): void {
  {
    const $a36 = v.topics;
    if ($a36 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a36.length);
      for (let $i37 = 0; $i37 < $a36.length; $i37++) {
        encMetadataRequestTopicV10(w, $a36[$i37]);
      }
    }
  }
  w.bool(v.allowAutoTopicCreation);
  w.bool(v.includeTopicAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** MetadataRequest at v11-12. */
function decMetadataRequestV11(r: Reader): MetadataRequest {
  const $n38 = r.compactNullableArrayLength();
  let $a39: MetadataRequestTopic[] | null = null;
  if ($n38 >= 0) {
    const $b41: MetadataRequestTopic[] = [];
    for (let $i40 = 0; $i40 < $n38; $i40++) $b41.push(decMetadataRequestTopicV10(r));
    $a39 = $b41;
  }
  const topics = $a39;
  const allowAutoTopicCreation = r.bool();
  const includeTopicAuthorizedOperations = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
    allowAutoTopicCreation,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations,
  };
}

/** MetadataRequestTopic at v0-8. */
function encMetadataRequestTopicV0(w: Writer, v: MetadataRequestTopic): void {
  if (v.name === null) throw nullNotAllowed("MetadataRequestTopic.name (v0-8)");
  w.string(v.name);
}

/** MetadataRequestTopic at v0-8. */
function decMetadataRequestTopicV0(r: Reader): MetadataRequestTopic {
  const name = r.string();
  return {
    topicId: ZERO_UUID,
    name,
  };
}

/** MetadataRequestTopic at v9. */
function encMetadataRequestTopicV9(w: Writer, v: MetadataRequestTopic): void {
  if (v.name === null) throw nullNotAllowed("MetadataRequestTopic.name (v9)");
  w.compactString(v.name);
  w.uvarint(0); // no tagged fields
}

/** MetadataRequestTopic at v9. */
function decMetadataRequestTopicV9(r: Reader): MetadataRequestTopic {
  const name = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    topicId: ZERO_UUID,
    name,
  };
}

/** MetadataRequestTopic at v10-12. */
function encMetadataRequestTopicV10(w: Writer, v: MetadataRequestTopic): void {
  w.uuid(v.topicId);
  w.compactNullableString(v.name);
  w.uvarint(0); // no tagged fields
}

/** MetadataRequestTopic at v10-12. */
function decMetadataRequestTopicV10(r: Reader): MetadataRequestTopic {
  const topicId = r.uuid();
  const name = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    name,
  };
}

/** MetadataRequest at versions 0-12. */
export const metadataRequestCodec = new MessageCodec<MetadataRequest>(
  "MetadataRequest",
  0,
  [encMetadataRequestV0, encMetadataRequestV1, encMetadataRequestV1, encMetadataRequestV1, encMetadataRequestV4, encMetadataRequestV4, encMetadataRequestV4, encMetadataRequestV4, encMetadataRequestV8, encMetadataRequestV9, encMetadataRequestV10, encMetadataRequestV11, encMetadataRequestV11],
  [decMetadataRequestV0, decMetadataRequestV1, decMetadataRequestV1, decMetadataRequestV1, decMetadataRequestV4, decMetadataRequestV4, decMetadataRequestV4, decMetadataRequestV4, decMetadataRequestV8, decMetadataRequestV9, decMetadataRequestV10, decMetadataRequestV11, decMetadataRequestV11],
  newMetadataRequest,
);

/** MetadataResponse at v0. */
function encMetadataResponseV0(w: Writer, v: MetadataResponse): void {
  {
    const $a1 = v.brokers;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encMetadataResponseBrokerV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.topics;
    w.arrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encMetadataResponseTopicV0(w, $a3[$i4]);
    }
  }
}

/** MetadataResponse at v0. */
function decMetadataResponseV0(r: Reader): MetadataResponse {
  const $n5 = r.arrayLength();
  const $a6: MetadataResponseBroker[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decMetadataResponseBrokerV0(r));
  const brokers = $a6;
  const $n8 = r.arrayLength();
  const $a9: MetadataResponseTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decMetadataResponseTopicV0(r));
  const topics = $a9;
  return {
    throttleTimeMs: 0,
    brokers,
    clusterId: null,
    controllerId: -1,
    topics,
    clusterAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponse at v1. */
function encMetadataResponseV1(w: Writer, v: MetadataResponse): void {
  {
    const $a11 = v.brokers;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encMetadataResponseBrokerV1(w, $a11[$i12]);
    }
  }
  w.int32(v.controllerId);
  {
    const $a13 = v.topics;
    w.arrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      encMetadataResponseTopicV1(w, $a13[$i14]);
    }
  }
}

/** MetadataResponse at v1. */
function decMetadataResponseV1(r: Reader): MetadataResponse {
  const $n15 = r.arrayLength();
  const $a16: MetadataResponseBroker[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decMetadataResponseBrokerV1(r));
  const brokers = $a16;
  const controllerId = r.int32();
  const $n18 = r.arrayLength();
  const $a19: MetadataResponseTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decMetadataResponseTopicV1(r));
  const topics = $a19;
  return {
    throttleTimeMs: 0,
    brokers,
    clusterId: null,
    controllerId,
    topics,
    clusterAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponse at v2. */
function encMetadataResponseV2(w: Writer, v: MetadataResponse): void {
  {
    const $a21 = v.brokers;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encMetadataResponseBrokerV1(w, $a21[$i22]);
    }
  }
  w.nullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a23 = v.topics;
    w.arrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encMetadataResponseTopicV1(w, $a23[$i24]);
    }
  }
}

/** MetadataResponse at v2. */
function decMetadataResponseV2(r: Reader): MetadataResponse {
  const $n25 = r.arrayLength();
  const $a26: MetadataResponseBroker[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(decMetadataResponseBrokerV1(r));
  const brokers = $a26;
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const $n28 = r.arrayLength();
  const $a29: MetadataResponseTopic[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decMetadataResponseTopicV1(r));
  const topics = $a29;
  return {
    throttleTimeMs: 0,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponse at v3-4. */
function encMetadataResponseV3(w: Writer, v: MetadataResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a31 = v.brokers;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encMetadataResponseBrokerV1(w, $a31[$i32]);
    }
  }
  w.nullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a33 = v.topics;
    w.arrayLength($a33.length);
    for (let $i34 = 0; $i34 < $a33.length; $i34++) {
      encMetadataResponseTopicV1(w, $a33[$i34]);
    }
  }
}

/** MetadataResponse at v3-4. */
function decMetadataResponseV3(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const $n35 = r.arrayLength();
  const $a36: MetadataResponseBroker[] = [];
  for (let $i37 = 0; $i37 < $n35; $i37++) $a36.push(decMetadataResponseBrokerV1(r));
  const brokers = $a36;
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const $n38 = r.arrayLength();
  const $a39: MetadataResponseTopic[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decMetadataResponseTopicV1(r));
  const topics = $a39;
  return {
    throttleTimeMs,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponse at v5-6. */
function encMetadataResponseV5(w: Writer, v: MetadataResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a41 = v.brokers;
    w.arrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encMetadataResponseBrokerV1(w, $a41[$i42]);
    }
  }
  w.nullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a43 = v.topics;
    w.arrayLength($a43.length);
    for (let $i44 = 0; $i44 < $a43.length; $i44++) {
      encMetadataResponseTopicV5(w, $a43[$i44]);
    }
  }
}

/** MetadataResponse at v5-6. */
function decMetadataResponseV5(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const $n45 = r.arrayLength();
  const $a46: MetadataResponseBroker[] = [];
  for (let $i47 = 0; $i47 < $n45; $i47++) $a46.push(decMetadataResponseBrokerV1(r));
  const brokers = $a46;
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const $n48 = r.arrayLength();
  const $a49: MetadataResponseTopic[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(decMetadataResponseTopicV5(r));
  const topics = $a49;
  return {
    throttleTimeMs,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponse at v7. */
function encMetadataResponseV7(w: Writer, v: MetadataResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a51 = v.brokers;
    w.arrayLength($a51.length);
    for (let $i52 = 0; $i52 < $a51.length; $i52++) {
      encMetadataResponseBrokerV1(w, $a51[$i52]);
    }
  }
  w.nullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a53 = v.topics;
    w.arrayLength($a53.length);
    for (let $i54 = 0; $i54 < $a53.length; $i54++) {
      encMetadataResponseTopicV7(w, $a53[$i54]);
    }
  }
}

/** MetadataResponse at v7. */
function decMetadataResponseV7(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const $n55 = r.arrayLength();
  const $a56: MetadataResponseBroker[] = [];
  for (let $i57 = 0; $i57 < $n55; $i57++) $a56.push(decMetadataResponseBrokerV1(r));
  const brokers = $a56;
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const $n58 = r.arrayLength();
  const $a59: MetadataResponseTopic[] = [];
  for (let $i60 = 0; $i60 < $n58; $i60++) $a59.push(decMetadataResponseTopicV7(r));
  const topics = $a59;
  return {
    throttleTimeMs,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponse at v8. */
function encMetadataResponseV8(w: Writer, v: MetadataResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a61 = v.brokers;
    w.arrayLength($a61.length);
    for (let $i62 = 0; $i62 < $a61.length; $i62++) {
      encMetadataResponseBrokerV1(w, $a61[$i62]);
    }
  }
  w.nullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a63 = v.topics;
    w.arrayLength($a63.length);
    for (let $i64 = 0; $i64 < $a63.length; $i64++) {
      encMetadataResponseTopicV8(w, $a63[$i64]);
    }
  }
  w.int32(v.clusterAuthorizedOperations);
}

/** MetadataResponse at v8. */
function decMetadataResponseV8(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const $n65 = r.arrayLength();
  const $a66: MetadataResponseBroker[] = [];
  for (let $i67 = 0; $i67 < $n65; $i67++) $a66.push(decMetadataResponseBrokerV1(r));
  const brokers = $a66;
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const $n68 = r.arrayLength();
  const $a69: MetadataResponseTopic[] = [];
  for (let $i70 = 0; $i70 < $n68; $i70++) $a69.push(decMetadataResponseTopicV8(r));
  const topics = $a69;
  const clusterAuthorizedOperations = r.int32();
  return {
    throttleTimeMs,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations,
  };
}

/** MetadataResponse at v9. */
function encMetadataResponseV9(w: Writer, v: MetadataResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a71 = v.brokers;
    w.compactArrayLength($a71.length);
    for (let $i72 = 0; $i72 < $a71.length; $i72++) {
      encMetadataResponseBrokerV9(w, $a71[$i72]);
    }
  }
  w.compactNullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a73 = v.topics;
    w.compactArrayLength($a73.length);
    for (let $i74 = 0; $i74 < $a73.length; $i74++) {
      encMetadataResponseTopicV9(w, $a73[$i74]);
    }
  }
  w.int32(v.clusterAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** MetadataResponse at v9. */
function decMetadataResponseV9(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const $n75 = r.compactArrayLength();
  const $a76: MetadataResponseBroker[] = [];
  for (let $i77 = 0; $i77 < $n75; $i77++) $a76.push(decMetadataResponseBrokerV9(r));
  const brokers = $a76;
  const clusterId = r.compactNullableString();
  const controllerId = r.int32();
  const $n78 = r.compactArrayLength();
  const $a79: MetadataResponseTopic[] = [];
  for (let $i80 = 0; $i80 < $n78; $i80++) $a79.push(decMetadataResponseTopicV9(r));
  const topics = $a79;
  const clusterAuthorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations,
  };
}

/** MetadataResponse at v10. */
function encMetadataResponseV10(w: Writer, v: MetadataResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a81 = v.brokers;
    w.compactArrayLength($a81.length);
    for (let $i82 = 0; $i82 < $a81.length; $i82++) {
      encMetadataResponseBrokerV9(w, $a81[$i82]);
    }
  }
  w.compactNullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a83 = v.topics;
    w.compactArrayLength($a83.length);
    for (let $i84 = 0; $i84 < $a83.length; $i84++) {
      encMetadataResponseTopicV10(w, $a83[$i84]);
    }
  }
  w.int32(v.clusterAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** MetadataResponse at v10. */
function decMetadataResponseV10(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const $n85 = r.compactArrayLength();
  const $a86: MetadataResponseBroker[] = [];
  for (let $i87 = 0; $i87 < $n85; $i87++) $a86.push(decMetadataResponseBrokerV9(r));
  const brokers = $a86;
  const clusterId = r.compactNullableString();
  const controllerId = r.int32();
  const $n88 = r.compactArrayLength();
  const $a89: MetadataResponseTopic[] = [];
  for (let $i90 = 0; $i90 < $n88; $i90++) $a89.push(decMetadataResponseTopicV10(r));
  const topics = $a89;
  const clusterAuthorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations,
  };
}

/** MetadataResponse at v11. */
function encMetadataResponseV11(w: Writer, v: MetadataResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a91 = v.brokers;
    w.compactArrayLength($a91.length);
    for (let $i92 = 0; $i92 < $a91.length; $i92++) {
      encMetadataResponseBrokerV9(w, $a91[$i92]);
    }
  }
  w.compactNullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a93 = v.topics;
    w.compactArrayLength($a93.length);
    for (let $i94 = 0; $i94 < $a93.length; $i94++) {
      encMetadataResponseTopicV10(w, $a93[$i94]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** MetadataResponse at v11. */
function decMetadataResponseV11(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const $n95 = r.compactArrayLength();
  const $a96: MetadataResponseBroker[] = [];
  for (let $i97 = 0; $i97 < $n95; $i97++) $a96.push(decMetadataResponseBrokerV9(r));
  const brokers = $a96;
  const clusterId = r.compactNullableString();
  const controllerId = r.int32();
  const $n98 = r.compactArrayLength();
  const $a99: MetadataResponseTopic[] = [];
  for (let $i100 = 0; $i100 < $n98; $i100++) $a99.push(decMetadataResponseTopicV10(r));
  const topics = $a99;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponse at v12. */
function encMetadataResponseV12(w: Writer, v: MetadataResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a101 = v.brokers;
    w.compactArrayLength($a101.length);
    for (let $i102 = 0; $i102 < $a101.length; $i102++) {
      encMetadataResponseBrokerV9(w, $a101[$i102]);
    }
  }
  w.compactNullableString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a103 = v.topics;
    w.compactArrayLength($a103.length);
    for (let $i104 = 0; $i104 < $a103.length; $i104++) {
      encMetadataResponseTopicV12(w, $a103[$i104]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** MetadataResponse at v12. */
function decMetadataResponseV12(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const $n105 = r.compactArrayLength();
  const $a106: MetadataResponseBroker[] = [];
  for (let $i107 = 0; $i107 < $n105; $i107++) $a106.push(decMetadataResponseBrokerV9(r));
  const brokers = $a106;
  const clusterId = r.compactNullableString();
  const controllerId = r.int32();
  const $n108 = r.compactArrayLength();
  const $a109: MetadataResponseTopic[] = [];
  for (let $i110 = 0; $i110 < $n108; $i110++) $a109.push(decMetadataResponseTopicV12(r));
  const topics = $a109;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    brokers,
    clusterId,
    controllerId,
    topics,
    clusterAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponseBroker at v0. */
function encMetadataResponseBrokerV0(w: Writer, v: MetadataResponseBroker): void {
  w.int32(v.nodeId);
  w.string(v.host);
  w.int32(v.port);
}

/** MetadataResponseBroker at v0. */
function decMetadataResponseBrokerV0(r: Reader): MetadataResponseBroker {
  const nodeId = r.int32();
  const host = r.string();
  const port = r.int32();
  return {
    nodeId,
    host,
    port,
    rack: null,
  };
}

/** MetadataResponseBroker at v1-8. */
function encMetadataResponseBrokerV1(w: Writer, v: MetadataResponseBroker): void {
  w.int32(v.nodeId);
  w.string(v.host);
  w.int32(v.port);
  w.nullableString(v.rack);
}

/** MetadataResponseBroker at v1-8. */
function decMetadataResponseBrokerV1(r: Reader): MetadataResponseBroker {
  const nodeId = r.int32();
  const host = r.string();
  const port = r.int32();
  const rack = r.nullableString();
  return {
    nodeId,
    host,
    port,
    rack,
  };
}

/** MetadataResponseBroker at v9-12. */
function encMetadataResponseBrokerV9(w: Writer, v: MetadataResponseBroker): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0); // no tagged fields
}

/** MetadataResponseBroker at v9-12. */
function decMetadataResponseBrokerV9(r: Reader): MetadataResponseBroker {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    nodeId,
    host,
    port,
    rack,
  };
}

/** MetadataResponseTopic at v0. */
function encMetadataResponseTopicV0(w: Writer, v: MetadataResponseTopic): void {
  w.int16(v.errorCode);
  if (v.name === null) throw nullNotAllowed("MetadataResponseTopic.name (v0)");
  w.string(v.name);
  {
    const $a111 = v.partitions;
    w.arrayLength($a111.length);
    for (let $i112 = 0; $i112 < $a111.length; $i112++) {
      encMetadataResponsePartitionV0(w, $a111[$i112]);
    }
  }
}

/** MetadataResponseTopic at v0. */
function decMetadataResponseTopicV0(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const $n113 = r.arrayLength();
  const $a114: MetadataResponsePartition[] = [];
  for (let $i115 = 0; $i115 < $n113; $i115++) $a114.push(decMetadataResponsePartitionV0(r));
  const partitions = $a114;
  return {
    errorCode,
    name,
    topicId: ZERO_UUID,
    isInternal: false,
    partitions,
    topicAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponseTopic at v1-4. */
function encMetadataResponseTopicV1(w: Writer, v: MetadataResponseTopic): void {
  w.int16(v.errorCode);
  if (v.name === null) throw nullNotAllowed("MetadataResponseTopic.name (v1-4)");
  w.string(v.name);
  w.bool(v.isInternal);
  {
    const $a116 = v.partitions;
    w.arrayLength($a116.length);
    for (let $i117 = 0; $i117 < $a116.length; $i117++) {
      encMetadataResponsePartitionV0(w, $a116[$i117]);
    }
  }
}

/** MetadataResponseTopic at v1-4. */
function decMetadataResponseTopicV1(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const isInternal = r.bool();
  const $n118 = r.arrayLength();
  const $a119: MetadataResponsePartition[] = [];
  for (let $i120 = 0; $i120 < $n118; $i120++) $a119.push(decMetadataResponsePartitionV0(r));
  const partitions = $a119;
  return {
    errorCode,
    name,
    topicId: ZERO_UUID,
    isInternal,
    partitions,
    topicAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponseTopic at v5-6. */
function encMetadataResponseTopicV5(w: Writer, v: MetadataResponseTopic): void {
  w.int16(v.errorCode);
  if (v.name === null) throw nullNotAllowed("MetadataResponseTopic.name (v5-6)");
  w.string(v.name);
  w.bool(v.isInternal);
  {
    const $a121 = v.partitions;
    w.arrayLength($a121.length);
    for (let $i122 = 0; $i122 < $a121.length; $i122++) {
      encMetadataResponsePartitionV5(w, $a121[$i122]);
    }
  }
}

/** MetadataResponseTopic at v5-6. */
function decMetadataResponseTopicV5(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const isInternal = r.bool();
  const $n123 = r.arrayLength();
  const $a124: MetadataResponsePartition[] = [];
  for (let $i125 = 0; $i125 < $n123; $i125++) $a124.push(decMetadataResponsePartitionV5(r));
  const partitions = $a124;
  return {
    errorCode,
    name,
    topicId: ZERO_UUID,
    isInternal,
    partitions,
    topicAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponseTopic at v7. */
function encMetadataResponseTopicV7(w: Writer, v: MetadataResponseTopic): void {
  w.int16(v.errorCode);
  if (v.name === null) throw nullNotAllowed("MetadataResponseTopic.name (v7)");
  w.string(v.name);
  w.bool(v.isInternal);
  {
    const $a126 = v.partitions;
    w.arrayLength($a126.length);
    for (let $i127 = 0; $i127 < $a126.length; $i127++) {
      encMetadataResponsePartitionV7(w, $a126[$i127]);
    }
  }
}

/** MetadataResponseTopic at v7. */
function decMetadataResponseTopicV7(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const isInternal = r.bool();
  const $n128 = r.arrayLength();
  const $a129: MetadataResponsePartition[] = [];
  for (let $i130 = 0; $i130 < $n128; $i130++) $a129.push(decMetadataResponsePartitionV7(r));
  const partitions = $a129;
  return {
    errorCode,
    name,
    topicId: ZERO_UUID,
    isInternal,
    partitions,
    topicAuthorizedOperations: -2147483648,
  };
}

/** MetadataResponseTopic at v8. */
function encMetadataResponseTopicV8(w: Writer, v: MetadataResponseTopic): void {
  w.int16(v.errorCode);
  if (v.name === null) throw nullNotAllowed("MetadataResponseTopic.name (v8)");
  w.string(v.name);
  w.bool(v.isInternal);
  {
    const $a131 = v.partitions;
    w.arrayLength($a131.length);
    for (let $i132 = 0; $i132 < $a131.length; $i132++) {
      encMetadataResponsePartitionV7(w, $a131[$i132]);
    }
  }
  w.int32(v.topicAuthorizedOperations);
}

/** MetadataResponseTopic at v8. */
function decMetadataResponseTopicV8(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const isInternal = r.bool();
  const $n133 = r.arrayLength();
  const $a134: MetadataResponsePartition[] = [];
  for (let $i135 = 0; $i135 < $n133; $i135++) $a134.push(decMetadataResponsePartitionV7(r));
  const partitions = $a134;
  const topicAuthorizedOperations = r.int32();
  return {
    errorCode,
    name,
    topicId: ZERO_UUID,
    isInternal,
    partitions,
    topicAuthorizedOperations,
  };
}

/** MetadataResponseTopic at v9. */
function encMetadataResponseTopicV9(w: Writer, v: MetadataResponseTopic): void {
  w.int16(v.errorCode);
  if (v.name === null) throw nullNotAllowed("MetadataResponseTopic.name (v9)");
  w.compactString(v.name);
  w.bool(v.isInternal);
  {
    const $a136 = v.partitions;
    w.compactArrayLength($a136.length);
    for (let $i137 = 0; $i137 < $a136.length; $i137++) {
      encMetadataResponsePartitionV9(w, $a136[$i137]);
    }
  }
  w.int32(v.topicAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** MetadataResponseTopic at v9. */
function decMetadataResponseTopicV9(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.compactString();
  const isInternal = r.bool();
  const $n138 = r.compactArrayLength();
  const $a139: MetadataResponsePartition[] = [];
  for (let $i140 = 0; $i140 < $n138; $i140++) $a139.push(decMetadataResponsePartitionV9(r));
  const partitions = $a139;
  const topicAuthorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    name,
    topicId: ZERO_UUID,
    isInternal,
    partitions,
    topicAuthorizedOperations,
  };
}

/** MetadataResponseTopic at v10-11. */
function encMetadataResponseTopicV10(w: Writer, v: MetadataResponseTopic): void {
  w.int16(v.errorCode);
  if (v.name === null) throw nullNotAllowed("MetadataResponseTopic.name (v10-11)");
  w.compactString(v.name);
  w.uuid(v.topicId);
  w.bool(v.isInternal);
  {
    const $a141 = v.partitions;
    w.compactArrayLength($a141.length);
    for (let $i142 = 0; $i142 < $a141.length; $i142++) {
      encMetadataResponsePartitionV9(w, $a141[$i142]);
    }
  }
  w.int32(v.topicAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** MetadataResponseTopic at v10-11. */
function decMetadataResponseTopicV10(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.compactString();
  const topicId = r.uuid();
  const isInternal = r.bool();
  const $n143 = r.compactArrayLength();
  const $a144: MetadataResponsePartition[] = [];
  for (let $i145 = 0; $i145 < $n143; $i145++) $a144.push(decMetadataResponsePartitionV9(r));
  const partitions = $a144;
  const topicAuthorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    name,
    topicId,
    isInternal,
    partitions,
    topicAuthorizedOperations,
  };
}

/** MetadataResponseTopic at v12. */
function encMetadataResponseTopicV12(w: Writer, v: MetadataResponseTopic): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.bool(v.isInternal);
  {
    const $a146 = v.partitions;
    w.compactArrayLength($a146.length);
    for (let $i147 = 0; $i147 < $a146.length; $i147++) {
      encMetadataResponsePartitionV9(w, $a146[$i147]);
    }
  }
  w.int32(v.topicAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** MetadataResponseTopic at v12. */
function decMetadataResponseTopicV12(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.compactNullableString();
  const topicId = r.uuid();
  const isInternal = r.bool();
  const $n148 = r.compactArrayLength();
  const $a149: MetadataResponsePartition[] = [];
  for (let $i150 = 0; $i150 < $n148; $i150++) $a149.push(decMetadataResponsePartitionV9(r));
  const partitions = $a149;
  const topicAuthorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    name,
    topicId,
    isInternal,
    partitions,
    topicAuthorizedOperations,
  };
}

/** MetadataResponsePartition at v0-4. */
function encMetadataResponsePartitionV0(w: Writer, v: MetadataResponsePartition): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  {
    const $a151 = v.replicaNodes;
    w.arrayLength($a151.length);
    for (let $i152 = 0; $i152 < $a151.length; $i152++) {
      w.int32($a151[$i152]);
    }
  }
  {
    const $a153 = v.isrNodes;
    w.arrayLength($a153.length);
    for (let $i154 = 0; $i154 < $a153.length; $i154++) {
      w.int32($a153[$i154]);
    }
  }
}

/** MetadataResponsePartition at v0-4. */
function decMetadataResponsePartitionV0(r: Reader): MetadataResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const $n155 = r.arrayLength();
  const $a156: number[] = [];
  for (let $i157 = 0; $i157 < $n155; $i157++) $a156.push(r.int32());
  const replicaNodes = $a156;
  const $n158 = r.arrayLength();
  const $a159: number[] = [];
  for (let $i160 = 0; $i160 < $n158; $i160++) $a159.push(r.int32());
  const isrNodes = $a159;
  return {
    errorCode,
    partitionIndex,
    leaderId,
    leaderEpoch: -1,
    replicaNodes,
    isrNodes,
    offlineReplicas: [],
  };
}

/** MetadataResponsePartition at v5-6. */
function encMetadataResponsePartitionV5(w: Writer, v: MetadataResponsePartition): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  {
    const $a161 = v.replicaNodes;
    w.arrayLength($a161.length);
    for (let $i162 = 0; $i162 < $a161.length; $i162++) {
      w.int32($a161[$i162]);
    }
  }
  {
    const $a163 = v.isrNodes;
    w.arrayLength($a163.length);
    for (let $i164 = 0; $i164 < $a163.length; $i164++) {
      w.int32($a163[$i164]);
    }
  }
  {
    const $a165 = v.offlineReplicas;
    w.arrayLength($a165.length);
    for (let $i166 = 0; $i166 < $a165.length; $i166++) {
      w.int32($a165[$i166]);
    }
  }
}

/** MetadataResponsePartition at v5-6. */
function decMetadataResponsePartitionV5(r: Reader): MetadataResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const $n167 = r.arrayLength();
  const $a168: number[] = [];
  for (let $i169 = 0; $i169 < $n167; $i169++) $a168.push(r.int32());
  const replicaNodes = $a168;
  const $n170 = r.arrayLength();
  const $a171: number[] = [];
  for (let $i172 = 0; $i172 < $n170; $i172++) $a171.push(r.int32());
  const isrNodes = $a171;
  const $n173 = r.arrayLength();
  const $a174: number[] = [];
  for (let $i175 = 0; $i175 < $n173; $i175++) $a174.push(r.int32());
  const offlineReplicas = $a174;
  return {
    errorCode,
    partitionIndex,
    leaderId,
    leaderEpoch: -1,
    replicaNodes,
    isrNodes,
    offlineReplicas,
  };
}

/** MetadataResponsePartition at v7-8. */
function encMetadataResponsePartitionV7(w: Writer, v: MetadataResponsePartition): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    const $a176 = v.replicaNodes;
    w.arrayLength($a176.length);
    for (let $i177 = 0; $i177 < $a176.length; $i177++) {
      w.int32($a176[$i177]);
    }
  }
  {
    const $a178 = v.isrNodes;
    w.arrayLength($a178.length);
    for (let $i179 = 0; $i179 < $a178.length; $i179++) {
      w.int32($a178[$i179]);
    }
  }
  {
    const $a180 = v.offlineReplicas;
    w.arrayLength($a180.length);
    for (let $i181 = 0; $i181 < $a180.length; $i181++) {
      w.int32($a180[$i181]);
    }
  }
}

/** MetadataResponsePartition at v7-8. */
function decMetadataResponsePartitionV7(r: Reader): MetadataResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const $n182 = r.arrayLength();
  const $a183: number[] = [];
  for (let $i184 = 0; $i184 < $n182; $i184++) $a183.push(r.int32());
  const replicaNodes = $a183;
  const $n185 = r.arrayLength();
  const $a186: number[] = [];
  for (let $i187 = 0; $i187 < $n185; $i187++) $a186.push(r.int32());
  const isrNodes = $a186;
  const $n188 = r.arrayLength();
  const $a189: number[] = [];
  for (let $i190 = 0; $i190 < $n188; $i190++) $a189.push(r.int32());
  const offlineReplicas = $a189;
  return {
    errorCode,
    partitionIndex,
    leaderId,
    leaderEpoch,
    replicaNodes,
    isrNodes,
    offlineReplicas,
  };
}

/** MetadataResponsePartition at v9-12. */
function encMetadataResponsePartitionV9(w: Writer, v: MetadataResponsePartition): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    const $a191 = v.replicaNodes;
    w.compactArrayLength($a191.length);
    for (let $i192 = 0; $i192 < $a191.length; $i192++) {
      w.int32($a191[$i192]);
    }
  }
  {
    const $a193 = v.isrNodes;
    w.compactArrayLength($a193.length);
    for (let $i194 = 0; $i194 < $a193.length; $i194++) {
      w.int32($a193[$i194]);
    }
  }
  {
    const $a195 = v.offlineReplicas;
    w.compactArrayLength($a195.length);
    for (let $i196 = 0; $i196 < $a195.length; $i196++) {
      w.int32($a195[$i196]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** MetadataResponsePartition at v9-12. */
function decMetadataResponsePartitionV9(r: Reader): MetadataResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const $n197 = r.compactArrayLength();
  const $a198: number[] = [];
  for (let $i199 = 0; $i199 < $n197; $i199++) $a198.push(r.int32());
  const replicaNodes = $a198;
  const $n200 = r.compactArrayLength();
  const $a201: number[] = [];
  for (let $i202 = 0; $i202 < $n200; $i202++) $a201.push(r.int32());
  const isrNodes = $a201;
  const $n203 = r.compactArrayLength();
  const $a204: number[] = [];
  for (let $i205 = 0; $i205 < $n203; $i205++) $a204.push(r.int32());
  const offlineReplicas = $a204;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    partitionIndex,
    leaderId,
    leaderEpoch,
    replicaNodes,
    isrNodes,
    offlineReplicas,
  };
}

/** MetadataResponse at versions 0-12. */
export const metadataResponseCodec = new MessageCodec<MetadataResponse>(
  "MetadataResponse",
  0,
  [encMetadataResponseV0, encMetadataResponseV1, encMetadataResponseV2, encMetadataResponseV3, encMetadataResponseV3, encMetadataResponseV5, encMetadataResponseV5, encMetadataResponseV7, encMetadataResponseV8, encMetadataResponseV9, encMetadataResponseV10, encMetadataResponseV11, encMetadataResponseV12],
  [decMetadataResponseV0, decMetadataResponseV1, decMetadataResponseV2, decMetadataResponseV3, decMetadataResponseV3, decMetadataResponseV5, decMetadataResponseV5, decMetadataResponseV7, decMetadataResponseV8, decMetadataResponseV9, decMetadataResponseV10, decMetadataResponseV11, decMetadataResponseV12],
  newMetadataResponse,
);
