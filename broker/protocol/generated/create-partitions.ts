// Kafka CreatePartitions API (key 37): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{CreatePartitionsRequest.json, CreatePartitionsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** CreatePartitionsRequest: request of api key 37, versions 0-3, flexible 2-3. */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. (versions 0-3) */
  readonly topics: readonly CreatePartitionsRequestCreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. (versions 0-3) */
  readonly timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. (versions 0-3) */
  readonly validateOnly: boolean;
}

/** CreatePartitionsTopic in CreatePartitionsRequest. */
export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. (versions 0-3) */
  readonly name: string;
  /** The new partition count. (versions 0-3) */
  readonly count: number;
  /** The new partition assignments. (versions 0-3, nullable 0-3) */
  readonly assignments: readonly CreatePartitionsRequestCreatePartitionsAssignment[] | null;
}

/** CreatePartitionsAssignment in CreatePartitionsRequest. */
export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. (versions 0-3) */
  readonly brokerIds: readonly number[];
}

/** CreatePartitionsResponse: response of api key 37, versions 0-3, flexible 2-3. */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  readonly throttleTimeMs: number;
  /** The partition creation results for each topic. (versions 0-3) */
  readonly results: readonly CreatePartitionsResponseCreatePartitionsTopicResult[];
}

/** CreatePartitionsTopicResult in CreatePartitionsResponse. */
export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. (versions 0-3) */
  readonly name: string;
  /** The result error, or zero if there was no error. (versions 0-3) */
  readonly errorCode: number;
  /** The result message, or null if there was no error. (versions 0-3, nullable 0-3, default null) */
  readonly errorMessage: string | null;
}

/** A CreatePartitionsRequest with every field at its spec default. */
export function newCreatePartitionsRequest(): CreatePartitionsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    validateOnly: false,
  };
}

/** A CreatePartitionsRequestCreatePartitionsTopic with every field at its spec default. */
export function newCreatePartitionsRequestCreatePartitionsTopic(): CreatePartitionsRequestCreatePartitionsTopic {
  return {
    name: "",
    count: 0,
    assignments: [],
  };
}

/** A CreatePartitionsRequestCreatePartitionsAssignment with every field at its spec default. */
export function newCreatePartitionsRequestCreatePartitionsAssignment(): CreatePartitionsRequestCreatePartitionsAssignment {
  return {
    brokerIds: [],
  };
}

/** A CreatePartitionsResponse with every field at its spec default. */
export function newCreatePartitionsResponse(): CreatePartitionsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A CreatePartitionsResponseCreatePartitionsTopicResult with every field at its spec default. */
export function newCreatePartitionsResponseCreatePartitionsTopicResult(): CreatePartitionsResponseCreatePartitionsTopicResult {
  return {
    name: "",
    errorCode: 0,
    errorMessage: null,
  };
}

/** CreatePartitionsRequest at v0-1. */
function encCreatePartitionsRequestV0(w: Writer, v: CreatePartitionsRequest): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encCreatePartitionsRequestCreatePartitionsTopicV0(w, $a1[$i2]);
    }
  }
  w.int32(v.timeoutMs);
  w.bool(v.validateOnly);
}

/** CreatePartitionsRequest at v0-1. */
function decCreatePartitionsRequestV0(r: Reader): CreatePartitionsRequest {
  const $n3 = r.arrayLength();
  const $a4: CreatePartitionsRequestCreatePartitionsTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decCreatePartitionsRequestCreatePartitionsTopicV0(r));
  const topics = $a4;
  const timeoutMs = r.int32();
  const validateOnly = r.bool();
  return {
    topics,
    timeoutMs,
    validateOnly,
  };
}

/** CreatePartitionsRequest at v2-3. */
function encCreatePartitionsRequestV2(w: Writer, v: CreatePartitionsRequest): void {
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encCreatePartitionsRequestCreatePartitionsTopicV2(w, $a6[$i7]);
    }
  }
  w.int32(v.timeoutMs);
  w.bool(v.validateOnly);
  w.uvarint(0); // no tagged fields
}

/** CreatePartitionsRequest at v2-3. */
function decCreatePartitionsRequestV2(r: Reader): CreatePartitionsRequest {
  const $n8 = r.compactArrayLength();
  const $a9: CreatePartitionsRequestCreatePartitionsTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decCreatePartitionsRequestCreatePartitionsTopicV2(r));
  const topics = $a9;
  const timeoutMs = r.int32();
  const validateOnly = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
    timeoutMs,
    validateOnly,
  };
}

/** CreatePartitionsRequestCreatePartitionsTopic at v0-1. */
function encCreatePartitionsRequestCreatePartitionsTopicV0(w: Writer, v: CreatePartitionsRequestCreatePartitionsTopic): void {
  w.string(v.name);
  w.int32(v.count);
  {
    const $a11 = v.assignments;
    if ($a11 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a11.length);
      for (let $i12 = 0; $i12 < $a11.length; $i12++) {
        encCreatePartitionsRequestCreatePartitionsAssignmentV0(w, $a11[$i12]);
      }
    }
  }
}

/** CreatePartitionsRequestCreatePartitionsTopic at v0-1. */
function decCreatePartitionsRequestCreatePartitionsTopicV0(r: Reader): CreatePartitionsRequestCreatePartitionsTopic {
  const name = r.string();
  const count = r.int32();
  const $n13 = r.nullableArrayLength();
  let $a14: CreatePartitionsRequestCreatePartitionsAssignment[] | null = null;
  if ($n13 >= 0) {
    const $b16: CreatePartitionsRequestCreatePartitionsAssignment[] = [];
    for (let $i15 = 0; $i15 < $n13; $i15++) $b16.push(decCreatePartitionsRequestCreatePartitionsAssignmentV0(r));
    $a14 = $b16;
  }
  const assignments = $a14;
  return {
    name,
    count,
    assignments,
  };
}

/** CreatePartitionsRequestCreatePartitionsTopic at v2-3. */
function encCreatePartitionsRequestCreatePartitionsTopicV2(w: Writer, v: CreatePartitionsRequestCreatePartitionsTopic): void {
  w.compactString(v.name);
  w.int32(v.count);
  {
    const $a17 = v.assignments;
    if ($a17 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a17.length);
      for (let $i18 = 0; $i18 < $a17.length; $i18++) {
        encCreatePartitionsRequestCreatePartitionsAssignmentV2(w, $a17[$i18]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreatePartitionsRequestCreatePartitionsTopic at v2-3. */
function decCreatePartitionsRequestCreatePartitionsTopicV2(r: Reader): CreatePartitionsRequestCreatePartitionsTopic {
  const name = r.compactString();
  const count = r.int32();
  const $n19 = r.compactNullableArrayLength();
  let $a20: CreatePartitionsRequestCreatePartitionsAssignment[] | null = null;
  if ($n19 >= 0) {
    const $b22: CreatePartitionsRequestCreatePartitionsAssignment[] = [];
    for (let $i21 = 0; $i21 < $n19; $i21++) $b22.push(decCreatePartitionsRequestCreatePartitionsAssignmentV2(r));
    $a20 = $b22;
  }
  const assignments = $a20;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    count,
    assignments,
  };
}

/** CreatePartitionsRequestCreatePartitionsAssignment at v0-1. */
function encCreatePartitionsRequestCreatePartitionsAssignmentV0(w: Writer, v: CreatePartitionsRequestCreatePartitionsAssignment): void {
  {
    const $a23 = v.brokerIds;
    w.arrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      w.int32($a23[$i24]);
    }
  }
}

/** CreatePartitionsRequestCreatePartitionsAssignment at v0-1. */
function decCreatePartitionsRequestCreatePartitionsAssignmentV0(r: Reader): CreatePartitionsRequestCreatePartitionsAssignment {
  const $n25 = r.arrayLength();
  const $a26: number[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(r.int32());
  const brokerIds = $a26;
  return {
    brokerIds,
  };
}

/** CreatePartitionsRequestCreatePartitionsAssignment at v2-3. */
function encCreatePartitionsRequestCreatePartitionsAssignmentV2(w: Writer, v: CreatePartitionsRequestCreatePartitionsAssignment): void {
  {
    const $a28 = v.brokerIds;
    w.compactArrayLength($a28.length);
    for (let $i29 = 0; $i29 < $a28.length; $i29++) {
      w.int32($a28[$i29]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreatePartitionsRequestCreatePartitionsAssignment at v2-3. */
function decCreatePartitionsRequestCreatePartitionsAssignmentV2(r: Reader): CreatePartitionsRequestCreatePartitionsAssignment {
  const $n30 = r.compactArrayLength();
  const $a31: number[] = [];
  for (let $i32 = 0; $i32 < $n30; $i32++) $a31.push(r.int32());
  const brokerIds = $a31;
  r.skipTaggedFields(); // none known in this version
  return {
    brokerIds,
  };
}

/** CreatePartitionsRequest at versions 0-3. */
export const createPartitionsRequestCodec = new MessageCodec<CreatePartitionsRequest>(
  "CreatePartitionsRequest",
  0,
  [encCreatePartitionsRequestV0, encCreatePartitionsRequestV0, encCreatePartitionsRequestV2, encCreatePartitionsRequestV2],
  [decCreatePartitionsRequestV0, decCreatePartitionsRequestV0, decCreatePartitionsRequestV2, decCreatePartitionsRequestV2],
  newCreatePartitionsRequest,
);

/** CreatePartitionsResponse at v0-1. */
function encCreatePartitionsResponseV0(w: Writer, v: CreatePartitionsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.results;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encCreatePartitionsResponseCreatePartitionsTopicResultV0(w, $a1[$i2]);
    }
  }
}

/** CreatePartitionsResponse at v0-1. */
function decCreatePartitionsResponseV0(r: Reader): CreatePartitionsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decCreatePartitionsResponseCreatePartitionsTopicResultV0(r));
  const results = $a4;
  return {
    throttleTimeMs,
    results,
  };
}

/** CreatePartitionsResponse at v2-3. */
function encCreatePartitionsResponseV2(w: Writer, v: CreatePartitionsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.results;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encCreatePartitionsResponseCreatePartitionsTopicResultV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreatePartitionsResponse at v2-3. */
function decCreatePartitionsResponseV2(r: Reader): CreatePartitionsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decCreatePartitionsResponseCreatePartitionsTopicResultV2(r));
  const results = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    results,
  };
}

/** CreatePartitionsResponseCreatePartitionsTopicResult at v0-1. */
function encCreatePartitionsResponseCreatePartitionsTopicResultV0(w: Writer, v: CreatePartitionsResponseCreatePartitionsTopicResult): void {
  w.string(v.name);
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
}

/** CreatePartitionsResponseCreatePartitionsTopicResult at v0-1. */
function decCreatePartitionsResponseCreatePartitionsTopicResultV0(r: Reader): CreatePartitionsResponseCreatePartitionsTopicResult {
  const name = r.string();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  return {
    name,
    errorCode,
    errorMessage,
  };
}

/** CreatePartitionsResponseCreatePartitionsTopicResult at v2-3. */
function encCreatePartitionsResponseCreatePartitionsTopicResultV2(w: Writer, v: CreatePartitionsResponseCreatePartitionsTopicResult): void {
  w.compactString(v.name);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** CreatePartitionsResponseCreatePartitionsTopicResult at v2-3. */
function decCreatePartitionsResponseCreatePartitionsTopicResultV2(r: Reader): CreatePartitionsResponseCreatePartitionsTopicResult {
  const name = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    errorCode,
    errorMessage,
  };
}

/** CreatePartitionsResponse at versions 0-3. */
export const createPartitionsResponseCodec = new MessageCodec<CreatePartitionsResponse>(
  "CreatePartitionsResponse",
  0,
  [encCreatePartitionsResponseV0, encCreatePartitionsResponseV0, encCreatePartitionsResponseV2, encCreatePartitionsResponseV2],
  [decCreatePartitionsResponseV0, decCreatePartitionsResponseV0, decCreatePartitionsResponseV2, decCreatePartitionsResponseV2],
  newCreatePartitionsResponse,
);
