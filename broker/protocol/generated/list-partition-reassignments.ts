// Kafka ListPartitionReassignments API (key 46): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ListPartitionReassignmentsRequest: request of api key 46, versions 0, flexible 0. */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0, default 60000) */
  readonly timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. (versions 0, nullable 0, default null) */
  readonly topics: readonly ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
}

/** ListPartitionReassignmentsTopics in ListPartitionReassignmentsRequest. */
export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** The topic name (versions 0) */
  readonly name: string;
  /** The partitions to list partition reassignments for. (versions 0) */
  readonly partitionIndexes: readonly number[];
}

/** ListPartitionReassignmentsResponse: response of api key 46, versions 0, flexible 0. */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error (versions 0) */
  readonly errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
  /** The ongoing reassignments for each topic. (versions 0) */
  readonly topics: readonly ListPartitionReassignmentsResponseOngoingTopicReassignment[];
}

/** OngoingTopicReassignment in ListPartitionReassignmentsResponse. */
export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** The topic name. (versions 0) */
  readonly name: string;
  /** The ongoing reassignments for each partition. (versions 0) */
  readonly partitions: readonly ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
}

/** OngoingPartitionReassignment in ListPartitionReassignmentsResponse. */
export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** The index of the partition. (versions 0) */
  readonly partitionIndex: number;
  /** The current replica set. (versions 0) */
  readonly replicas: readonly number[];
  /** The set of replicas we are currently adding. (versions 0) */
  readonly addingReplicas: readonly number[];
  /** The set of replicas we are currently removing. (versions 0) */
  readonly removingReplicas: readonly number[];
}

/** A ListPartitionReassignmentsRequest with every field at its spec default. */
export function newListPartitionReassignmentsRequest(): ListPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: null,
  };
}

/** A ListPartitionReassignmentsRequestListPartitionReassignmentsTopics with every field at its spec default. */
export function newListPartitionReassignmentsRequestListPartitionReassignmentsTopics(): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  return {
    name: "",
    partitionIndexes: [],
  };
}

/** A ListPartitionReassignmentsResponse with every field at its spec default. */
export function newListPartitionReassignmentsResponse(): ListPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    topics: [],
  };
}

/** A ListPartitionReassignmentsResponseOngoingTopicReassignment with every field at its spec default. */
export function newListPartitionReassignmentsResponseOngoingTopicReassignment(): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  return {
    name: "",
    partitions: [],
  };
}

/** A ListPartitionReassignmentsResponseOngoingPartitionReassignment with every field at its spec default. */
export function newListPartitionReassignmentsResponseOngoingPartitionReassignment(): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  return {
    partitionIndex: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
  };
}

/** ListPartitionReassignmentsRequest at v0. */
function encListPartitionReassignmentsRequestV0(w: Writer, v: ListPartitionReassignmentsRequest): void {
  w.int32(v.timeoutMs);
  {
    const $a1 = v.topics;
    if ($a1 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a1.length);
      for (let $i2 = 0; $i2 < $a1.length; $i2++) {
        encListPartitionReassignmentsRequestListPartitionReassignmentsTopicsV0(w, $a1[$i2]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListPartitionReassignmentsRequest at v0. */
function decListPartitionReassignmentsRequestV0(r: Reader): ListPartitionReassignmentsRequest {
  const timeoutMs = r.int32();
  const $n3 = r.compactNullableArrayLength();
  let $a4: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null = null;
  if ($n3 >= 0) {
    const $b6: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] = [];
    for (let $i5 = 0; $i5 < $n3; $i5++) $b6.push(decListPartitionReassignmentsRequestListPartitionReassignmentsTopicsV0(r));
    $a4 = $b6;
  }
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    timeoutMs,
    topics,
  };
}

/** ListPartitionReassignmentsRequestListPartitionReassignmentsTopics at v0. */
function encListPartitionReassignmentsRequestListPartitionReassignmentsTopicsV0(w: Writer, v: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics): void {
  w.compactString(v.name);
  {
    const $a7 = v.partitionIndexes;
    w.compactArrayLength($a7.length);
    for (let $i8 = 0; $i8 < $a7.length; $i8++) {
      w.int32($a7[$i8]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListPartitionReassignmentsRequestListPartitionReassignmentsTopics at v0. */
function decListPartitionReassignmentsRequestListPartitionReassignmentsTopicsV0(r: Reader): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const name = r.compactString();
  const $n9 = r.compactArrayLength();
  const $a10: number[] = [];
  for (let $i11 = 0; $i11 < $n9; $i11++) $a10.push(r.int32());
  const partitionIndexes = $a10;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionIndexes,
  };
}

/** ListPartitionReassignmentsRequest at versions 0. */
export const listPartitionReassignmentsRequestCodec = new MessageCodec<ListPartitionReassignmentsRequest>(
  "ListPartitionReassignmentsRequest",
  0,
  [encListPartitionReassignmentsRequestV0],
  [decListPartitionReassignmentsRequestV0],
  newListPartitionReassignmentsRequest,
);

/** ListPartitionReassignmentsResponse at v0. */
function encListPartitionReassignmentsResponseV0(w: Writer, v: ListPartitionReassignmentsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encListPartitionReassignmentsResponseOngoingTopicReassignmentV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListPartitionReassignmentsResponse at v0. */
function decListPartitionReassignmentsResponseV0(r: Reader): ListPartitionReassignmentsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n3 = r.compactArrayLength();
  const $a4: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decListPartitionReassignmentsResponseOngoingTopicReassignmentV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    topics,
  };
}

/** ListPartitionReassignmentsResponseOngoingTopicReassignment at v0. */
function encListPartitionReassignmentsResponseOngoingTopicReassignmentV0(w: Writer, v: ListPartitionReassignmentsResponseOngoingTopicReassignment): void {
  w.compactString(v.name);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encListPartitionReassignmentsResponseOngoingPartitionReassignmentV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListPartitionReassignmentsResponseOngoingTopicReassignment at v0. */
function decListPartitionReassignmentsResponseOngoingTopicReassignmentV0(r: Reader): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const name = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decListPartitionReassignmentsResponseOngoingPartitionReassignmentV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** ListPartitionReassignmentsResponseOngoingPartitionReassignment at v0. */
function encListPartitionReassignmentsResponseOngoingPartitionReassignmentV0(w: Writer, v: ListPartitionReassignmentsResponseOngoingPartitionReassignment): void {
  w.int32(v.partitionIndex);
  {
    const $a11 = v.replicas;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      w.int32($a11[$i12]);
    }
  }
  {
    const $a13 = v.addingReplicas;
    w.compactArrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      w.int32($a13[$i14]);
    }
  }
  {
    const $a15 = v.removingReplicas;
    w.compactArrayLength($a15.length);
    for (let $i16 = 0; $i16 < $a15.length; $i16++) {
      w.int32($a15[$i16]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListPartitionReassignmentsResponseOngoingPartitionReassignment at v0. */
function decListPartitionReassignmentsResponseOngoingPartitionReassignmentV0(r: Reader): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const partitionIndex = r.int32();
  const $n17 = r.compactArrayLength();
  const $a18: number[] = [];
  for (let $i19 = 0; $i19 < $n17; $i19++) $a18.push(r.int32());
  const replicas = $a18;
  const $n20 = r.compactArrayLength();
  const $a21: number[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(r.int32());
  const addingReplicas = $a21;
  const $n23 = r.compactArrayLength();
  const $a24: number[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(r.int32());
  const removingReplicas = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    replicas,
    addingReplicas,
    removingReplicas,
  };
}

/** ListPartitionReassignmentsResponse at versions 0. */
export const listPartitionReassignmentsResponseCodec = new MessageCodec<ListPartitionReassignmentsResponse>(
  "ListPartitionReassignmentsResponse",
  0,
  [encListPartitionReassignmentsResponseV0],
  [decListPartitionReassignmentsResponseV0],
  newListPartitionReassignmentsResponse,
);
