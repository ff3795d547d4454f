// Kafka AlterPartitionReassignments API (key 45): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AlterPartitionReassignmentsRequest: request of api key 45, versions 0, flexible 0. */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0, default 60000) */
  readonly timeoutMs: number;
  /** The topics to reassign. (versions 0) */
  readonly topics: readonly AlterPartitionReassignmentsRequestReassignableTopic[];
}

/** ReassignableTopic in AlterPartitionReassignmentsRequest. */
export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** The topic name. (versions 0) */
  readonly name: string;
  /** The partitions to reassign. (versions 0) */
  readonly partitions: readonly AlterPartitionReassignmentsRequestReassignablePartition[];
}

/** ReassignablePartition in AlterPartitionReassignmentsRequest. */
export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. (versions 0, nullable 0, default null) */
  readonly replicas: readonly number[] | null;
}

/** AlterPartitionReassignmentsResponse: response of api key 45, versions 0, flexible 0. */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
  /** The responses to topics to reassign. (versions 0) */
  readonly responses: readonly AlterPartitionReassignmentsResponseReassignableTopicResponse[];
}

/** ReassignableTopicResponse in AlterPartitionReassignmentsResponse. */
export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** The topic name (versions 0) */
  readonly name: string;
  /** The responses to partitions to reassign (versions 0) */
  readonly partitions: readonly AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
}

/** ReassignablePartitionResponse in AlterPartitionReassignmentsResponse. */
export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The error message for this partition, or null if there was no error. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
}

/** A AlterPartitionReassignmentsRequest with every field at its spec default. */
export function newAlterPartitionReassignmentsRequest(): AlterPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: [],
  };
}

/** A AlterPartitionReassignmentsRequestReassignableTopic with every field at its spec default. */
export function newAlterPartitionReassignmentsRequestReassignableTopic(): AlterPartitionReassignmentsRequestReassignableTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A AlterPartitionReassignmentsRequestReassignablePartition with every field at its spec default. */
export function newAlterPartitionReassignmentsRequestReassignablePartition(): AlterPartitionReassignmentsRequestReassignablePartition {
  return {
    partitionIndex: 0,
    replicas: null,
  };
}

/** A AlterPartitionReassignmentsResponse with every field at its spec default. */
export function newAlterPartitionReassignmentsResponse(): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    responses: [],
  };
}

/** A AlterPartitionReassignmentsResponseReassignableTopicResponse with every field at its spec default. */
export function newAlterPartitionReassignmentsResponseReassignableTopicResponse(): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

/** A AlterPartitionReassignmentsResponseReassignablePartitionResponse with every field at its spec default. */
export function newAlterPartitionReassignmentsResponseReassignablePartitionResponse(): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

/** AlterPartitionReassignmentsRequest at v0. */
function encAlterPartitionReassignmentsRequestV0(w: Writer, v: AlterPartitionReassignmentsRequest): void {
  w.int32(v.timeoutMs);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterPartitionReassignmentsRequestReassignableTopicV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionReassignmentsRequest at v0. */
function decAlterPartitionReassignmentsRequestV0(r: Reader): AlterPartitionReassignmentsRequest {
  const timeoutMs = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: AlterPartitionReassignmentsRequestReassignableTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterPartitionReassignmentsRequestReassignableTopicV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    timeoutMs,
    topics,
  };
}

/** AlterPartitionReassignmentsRequestReassignableTopic at v0. */
function encAlterPartitionReassignmentsRequestReassignableTopicV0(w: Writer, v: AlterPartitionReassignmentsRequestReassignableTopic): void {
  w.compactString(v.name);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterPartitionReassignmentsRequestReassignablePartitionV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionReassignmentsRequestReassignableTopic at v0. */
function decAlterPartitionReassignmentsRequestReassignableTopicV0(r: Reader): AlterPartitionReassignmentsRequestReassignableTopic {
  const name = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: AlterPartitionReassignmentsRequestReassignablePartition[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterPartitionReassignmentsRequestReassignablePartitionV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** AlterPartitionReassignmentsRequestReassignablePartition at v0. */
function encAlterPartitionReassignmentsRequestReassignablePartitionV0(w: Writer, v: AlterPartitionReassignmentsRequestReassignablePartition): void {
  w.int32(v.partitionIndex);
  {
    const $a11 = v.replicas;
    if ($a11 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a11.length);
      for (let $i12 = 0; $i12 < $a11.length; $i12++) {
        w.int32($a11[$i12]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionReassignmentsRequestReassignablePartition at v0. */
function decAlterPartitionReassignmentsRequestReassignablePartitionV0(r: Reader): AlterPartitionReassignmentsRequestReassignablePartition {
  const partitionIndex = r.int32();
  const $n13 = r.compactNullableArrayLength();
  let $a14: number[] | null = null;
  if ($n13 >= 0) {
    const $b16: number[] = [];
    for (let $i15 = 0; $i15 < $n13; $i15++) $b16.push(r.int32());
    $a14 = $b16;
  }
  const replicas = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    replicas,
  };
}

/** AlterPartitionReassignmentsRequest at versions 0. */
export const alterPartitionReassignmentsRequestCodec = new MessageCodec<AlterPartitionReassignmentsRequest>(
  "AlterPartitionReassignmentsRequest",
  0,
  [encAlterPartitionReassignmentsRequestV0],
  [decAlterPartitionReassignmentsRequestV0],
  newAlterPartitionReassignmentsRequest,
);

/** AlterPartitionReassignmentsResponse at v0. */
function encAlterPartitionReassignmentsResponseV0(w: Writer, v: AlterPartitionReassignmentsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a1 = v.responses;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterPartitionReassignmentsResponseReassignableTopicResponseV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionReassignmentsResponse at v0. */
function decAlterPartitionReassignmentsResponseV0(r: Reader): AlterPartitionReassignmentsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n3 = r.compactArrayLength();
  const $a4: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterPartitionReassignmentsResponseReassignableTopicResponseV0(r));
  const responses = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    responses,
  };
}

/** AlterPartitionReassignmentsResponseReassignableTopicResponse at v0. */
function encAlterPartitionReassignmentsResponseReassignableTopicResponseV0(w: Writer, v: AlterPartitionReassignmentsResponseReassignableTopicResponse): void {
  w.compactString(v.name);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterPartitionReassignmentsResponseReassignablePartitionResponseV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionReassignmentsResponseReassignableTopicResponse at v0. */
function decAlterPartitionReassignmentsResponseReassignableTopicResponseV0(r: Reader): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const name = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterPartitionReassignmentsResponseReassignablePartitionResponseV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** AlterPartitionReassignmentsResponseReassignablePartitionResponse at v0. */
function encAlterPartitionReassignmentsResponseReassignablePartitionResponseV0(w: Writer, v: AlterPartitionReassignmentsResponseReassignablePartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionReassignmentsResponseReassignablePartitionResponse at v0. */
function decAlterPartitionReassignmentsResponseReassignablePartitionResponseV0(r: Reader): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    errorMessage,
  };
}

/** AlterPartitionReassignmentsResponse at versions 0. */
export const alterPartitionReassignmentsResponseCodec = new MessageCodec<AlterPartitionReassignmentsResponse>(
  "AlterPartitionReassignmentsResponse",
  0,
  [encAlterPartitionReassignmentsResponseV0],
  [decAlterPartitionReassignmentsResponseV0],
  newAlterPartitionReassignmentsResponse,
);
