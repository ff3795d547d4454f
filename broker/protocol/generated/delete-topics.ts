// Kafka DeleteTopics API (key 20): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DeleteTopicsRequest.json, DeleteTopicsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec, nullNotAllowed } from '../codec.ts';

/** DeleteTopicsRequest: request of api key 20, versions 0-6, flexible 4-6. */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic (versions 6) */
  readonly topics: readonly DeleteTopicsRequestDeleteTopicState[];
  /** The names of the topics to delete (versions 0-5) */
  readonly topicNames: readonly string[];
  /** The length of time in milliseconds to wait for the deletions to complete. (versions 0-6) */
  readonly timeoutMs: number;
}

/** DeleteTopicState in DeleteTopicsRequest. */
export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name (versions 6, nullable 6, default null) */
  readonly name: string | null;
  /** The unique topic ID (versions 6) */
  readonly topicId: string;
}

/** DeleteTopicsResponse: response of api key 20, versions 0-6, flexible 4-6. */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-6) */
  readonly throttleTimeMs: number;
  /** The results for each topic we tried to delete. (versions 0-6) */
  readonly responses: readonly DeleteTopicsResponseDeletableTopicResult[];
}

/** DeletableTopicResult in DeleteTopicsResponse. */
export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name (versions 0-6, nullable 6) */
  readonly name: string | null;
  /** the unique topic ID (versions 6) */
  readonly topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. (versions 0-6) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 5-6, nullable 5-6, default null) */
  readonly errorMessage: string | null;
}

/** A DeleteTopicsRequest with every field at its spec default. */
export function newDeleteTopicsRequest(): DeleteTopicsRequest {
  return {
    topics: [],
    topicNames: [],
    timeoutMs: 0,
  };
}

/** A DeleteTopicsRequestDeleteTopicState with every field at its spec default. */
export function newDeleteTopicsRequestDeleteTopicState(): DeleteTopicsRequestDeleteTopicState {
  return {
    name: null,
    topicId: ZERO_UUID,
  };
}

/** A DeleteTopicsResponse with every field at its spec default. */
export function newDeleteTopicsResponse(): DeleteTopicsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

/** A DeleteTopicsResponseDeletableTopicResult with every field at its spec default. */
export function newDeleteTopicsResponseDeletableTopicResult(): DeleteTopicsResponseDeletableTopicResult {
  return {
    name: "",
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: null,
  };
}

/** DeleteTopicsRequest at v0-3. */
function encDeleteTopicsRequestV0(w: Writer, v: DeleteTopicsRequest): void {
  {
    const $a1 = v.topicNames;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.string($a1[$i2]);
    }
  }
  w.int32(v.timeoutMs);
}

/** DeleteTopicsRequest at v0-3. */
function decDeleteTopicsRequestV0(r: Reader): DeleteTopicsRequest {
  const $n3 = r.arrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.string());
  const topicNames = $a4;
  const timeoutMs = r.int32();
  return {
    topics: [],
    topicNames,
    timeoutMs,
  };
}

/** DeleteTopicsRequest at v4-5. */
function encDeleteTopicsRequestV4(w: Writer, v: DeleteTopicsRequest): void {
  {
    const $a6 = v.topicNames;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      w.compactString($a6[$i7]);
    }
  }
  w.int32(v.timeoutMs);
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsRequest at v4-5. */
function decDeleteTopicsRequestV4(r: Reader): DeleteTopicsRequest {
  const $n8 = r.compactArrayLength();
  const $a9: string[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(r.compactString());
  const topicNames = $a9;
  const timeoutMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    topics: [],
    topicNames,
    timeoutMs,
  };
}

/** DeleteTopicsRequest at v6. */
function encDeleteTopicsRequestV6(w: Writer, v: DeleteTopicsRequest): void {
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDeleteTopicsRequestDeleteTopicStateV6(w, $a11[$i12]);
    }
  }
  w.int32(v.timeoutMs);
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsRequest at v6. */
function decDeleteTopicsRequestV6(r: Reader): DeleteTopicsRequest {
  const $n13 = r.compactArrayLength();
  const $a14: DeleteTopicsRequestDeleteTopicState[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDeleteTopicsRequestDeleteTopicStateV6(r));
  const topics = $a14;
  const timeoutMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
    topicNames: [],
    timeoutMs,
  };
}

/** DeleteTopicsRequestDeleteTopicState at v6. */
function encDeleteTopicsRequestDeleteTopicStateV6(w: Writer, v: DeleteTopicsRequestDeleteTopicState): void {
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsRequestDeleteTopicState at v6. */
function decDeleteTopicsRequestDeleteTopicStateV6(r: Reader): DeleteTopicsRequestDeleteTopicState {
  const name = r.compactNullableString();
  const topicId = r.uuid();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    topicId,
  };
}

/** DeleteTopicsRequest at versions 0-6. */
export const deleteTopicsRequestCodec = new MessageCodec<DeleteTopicsRequest>(
  "DeleteTopicsRequest",
  0,
  [encDeleteTopicsRequestV0, encDeleteTopicsRequestV0, encDeleteTopicsRequestV0, encDeleteTopicsRequestV0, encDeleteTopicsRequestV4, encDeleteTopicsRequestV4, encDeleteTopicsRequestV6],
  [decDeleteTopicsRequestV0, decDeleteTopicsRequestV0, decDeleteTopicsRequestV0, decDeleteTopicsRequestV0, decDeleteTopicsRequestV4, decDeleteTopicsRequestV4, decDeleteTopicsRequestV6],
  newDeleteTopicsRequest,
);

/** DeleteTopicsResponse at v0. */
function encDeleteTopicsResponseV0(w: Writer, v: DeleteTopicsResponse): void {
  {
    const $a1 = v.responses;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDeleteTopicsResponseDeletableTopicResultV0(w, $a1[$i2]);
    }
  }
}

/** DeleteTopicsResponse at v0. */
function decDeleteTopicsResponseV0(r: Reader): DeleteTopicsResponse {
  const $n3 = r.arrayLength();
  const $a4: DeleteTopicsResponseDeletableTopicResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDeleteTopicsResponseDeletableTopicResultV0(r));
  const responses = $a4;
  return {
    throttleTimeMs: 0,
    responses,
  };
}

/** DeleteTopicsResponse at v1-3. */
function encDeleteTopicsResponseV1(w: Writer, v: DeleteTopicsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.responses;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDeleteTopicsResponseDeletableTopicResultV0(w, $a6[$i7]);
    }
  }
}

/** DeleteTopicsResponse at v1-3. */
function decDeleteTopicsResponseV1(r: Reader): DeleteTopicsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.arrayLength();
  const $a9: DeleteTopicsResponseDeletableTopicResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDeleteTopicsResponseDeletableTopicResultV0(r));
  const responses = $a9;
  return {
    throttleTimeMs,
    responses,
  };
}

/** DeleteTopicsResponse at v4. */
function encDeleteTopicsResponseV4(w: Writer, v: DeleteTopicsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.responses;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDeleteTopicsResponseDeletableTopicResultV4(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsResponse at v4. */
function decDeleteTopicsResponseV4(r: Reader): DeleteTopicsResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.compactArrayLength();
  const $a14: DeleteTopicsResponseDeletableTopicResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDeleteTopicsResponseDeletableTopicResultV4(r));
  const responses = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    responses,
  };
}

/** DeleteTopicsResponse at v5. */
function encDeleteTopicsResponseV5(w: Writer, v: DeleteTopicsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a16 = v.responses;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDeleteTopicsResponseDeletableTopicResultV5(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsResponse at v5. */
function decDeleteTopicsResponseV5(r: Reader): DeleteTopicsResponse {
  const throttleTimeMs = r.int32();
  const $n18 = r.compactArrayLength();
  const $a19: DeleteTopicsResponseDeletableTopicResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDeleteTopicsResponseDeletableTopicResultV5(r));
  const responses = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    responses,
  };
}

/** DeleteTopicsResponse at v6. */
function encDeleteTopicsResponseV6(w: Writer, v: DeleteTopicsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a21 = v.responses;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encDeleteTopicsResponseDeletableTopicResultV6(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsResponse at v6. */
function decDeleteTopicsResponseV6(r: Reader): DeleteTopicsResponse {
  const throttleTimeMs = r.int32();
  const $n23 = r.compactArrayLength();
  const $a24: DeleteTopicsResponseDeletableTopicResult[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decDeleteTopicsResponseDeletableTopicResultV6(r));
  const responses = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    responses,
  };
}

/** DeleteTopicsResponseDeletableTopicResult at v0-3. */
function encDeleteTopicsResponseDeletableTopicResultV0(w: Writer, v: DeleteTopicsResponseDeletableTopicResult): void {
  if (v.name === null) throw nullNotAllowed("DeleteTopicsResponseDeletableTopicResult.name (v0-3)");
  w.string(v.name);
  w.int16(v.errorCode);
}

/** DeleteTopicsResponseDeletableTopicResult at v0-3. */
function decDeleteTopicsResponseDeletableTopicResultV0(r: Reader): DeleteTopicsResponseDeletableTopicResult {
  const name = r.string();
  const errorCode = r.int16();
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage: null,
  };
}

/** DeleteTopicsResponseDeletableTopicResult at v4. */
function encDeleteTopicsResponseDeletableTopicResultV4(w: Writer, v: DeleteTopicsResponseDeletableTopicResult): void {
  if (v.name === null) throw nullNotAllowed("DeleteTopicsResponseDeletableTopicResult.name (v4)");
  w.compactString(v.name);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsResponseDeletableTopicResult at v4. */
function decDeleteTopicsResponseDeletableTopicResultV4(r: Reader): DeleteTopicsResponseDeletableTopicResult {
  const name = r.compactString();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage: null,
  };
}

/** DeleteTopicsResponseDeletableTopicResult at v5. */
function encDeleteTopicsResponseDeletableTopicResultV5(w: Writer, v: DeleteTopicsResponseDeletableTopicResult): void {
  if (v.name === null) throw nullNotAllowed("DeleteTopicsResponseDeletableTopicResult.name (v5)");
  w.compactString(v.name);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsResponseDeletableTopicResult at v5. */
function decDeleteTopicsResponseDeletableTopicResultV5(r: Reader): DeleteTopicsResponseDeletableTopicResult {
  const name = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage,
  };
}

/** DeleteTopicsResponseDeletableTopicResult at v6. */
function encDeleteTopicsResponseDeletableTopicResultV6(w: Writer, v: DeleteTopicsResponseDeletableTopicResult): void {
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** DeleteTopicsResponseDeletableTopicResult at v6. */
function decDeleteTopicsResponseDeletableTopicResultV6(r: Reader): DeleteTopicsResponseDeletableTopicResult {
  const name = r.compactNullableString();
  const topicId = r.uuid();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    topicId,
    errorCode,
    errorMessage,
  };
}

/** DeleteTopicsResponse at versions 0-6. */
export const deleteTopicsResponseCodec = new MessageCodec<DeleteTopicsResponse>(
  "DeleteTopicsResponse",
  0,
  [encDeleteTopicsResponseV0, encDeleteTopicsResponseV1, encDeleteTopicsResponseV1, encDeleteTopicsResponseV1, encDeleteTopicsResponseV4, encDeleteTopicsResponseV5, encDeleteTopicsResponseV6],
  [decDeleteTopicsResponseV0, decDeleteTopicsResponseV1, decDeleteTopicsResponseV1, decDeleteTopicsResponseV1, decDeleteTopicsResponseV4, decDeleteTopicsResponseV5, decDeleteTopicsResponseV6],
  newDeleteTopicsResponse,
);
