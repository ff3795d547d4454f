// Kafka DescribeClientQuotas API (key 48): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeClientQuotasRequest: request of api key 48, versions 0-1, flexible 1. */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. (versions 0-1) */
  readonly components: readonly DescribeClientQuotasRequestComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. (versions 0-1) */
  readonly strict: boolean;
}

/** ComponentData in DescribeClientQuotasRequest. */
export interface DescribeClientQuotasRequestComponentData {
  /** The entity type that the filter component applies to. (versions 0-1) */
  readonly entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. (versions 0-1) */
  readonly matchType: number;
  /** The string to match against, or null if unused for the match type. (versions 0-1, nullable 0-1) */
  readonly match: string | null;
}

/** DescribeClientQuotasResponse: response of api key 48, versions 0-1, flexible 1. */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  readonly throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. (versions 0-1) */
  readonly errorCode: number;
  /** The error message, or `null` if the quota description succeeded. (versions 0-1, nullable 0-1) */
  readonly errorMessage: string | null;
  /** A result entry. (versions 0-1, nullable 0-1) */
  readonly entries: readonly DescribeClientQuotasResponseEntryData[] | null;
}

/** EntryData in DescribeClientQuotasResponse. */
export interface DescribeClientQuotasResponseEntryData {
  /** The quota entity description. (versions 0-1) */
  readonly entity: readonly DescribeClientQuotasResponseEntityData[];
  /** The quota values for the entity. (versions 0-1) */
  readonly values: readonly DescribeClientQuotasResponseValueData[];
}

/** EntityData in DescribeClientQuotasResponse. */
export interface DescribeClientQuotasResponseEntityData {
  /** The entity type. (versions 0-1) */
  readonly entityType: string;
  /** The entity name, or null if the default. (versions 0-1, nullable 0-1) */
  readonly entityName: string | null;
}

/** ValueData in DescribeClientQuotasResponse. */
export interface DescribeClientQuotasResponseValueData {
  /** The quota configuration key. (versions 0-1) */
  readonly key: string;
  /** The quota configuration value. (versions 0-1) */
  readonly value: number;
}

/** A DescribeClientQuotasRequest with every field at its spec default. */
export function newDescribeClientQuotasRequest(): DescribeClientQuotasRequest {
  return {
    components: [],
    strict: false,
  };
}

/** A DescribeClientQuotasRequestComponentData with every field at its spec default. */
export function newDescribeClientQuotasRequestComponentData(): DescribeClientQuotasRequestComponentData {
  return {
    entityType: "",
    matchType: 0,
    match: "",
  };
}

/** A DescribeClientQuotasResponse with every field at its spec default. */
export function newDescribeClientQuotasResponse(): DescribeClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    entries: [],
  };
}

/** A DescribeClientQuotasResponseEntryData with every field at its spec default. */
export function newDescribeClientQuotasResponseEntryData(): DescribeClientQuotasResponseEntryData {
  return {
    entity: [],
    values: [],
  };
}

/** A DescribeClientQuotasResponseEntityData with every field at its spec default. */
export function newDescribeClientQuotasResponseEntityData(): DescribeClientQuotasResponseEntityData {
  return {
    entityType: "",
    entityName: "",
  };
}

/** A DescribeClientQuotasResponseValueData with every field at its spec default. */
export function newDescribeClientQuotasResponseValueData(): DescribeClientQuotasResponseValueData {
  return {
    key: "",
    value: 0,
  };
}

/** DescribeClientQuotasRequest at v0. */
function encDescribeClientQuotasRequestV0(w: Writer, v: DescribeClientQuotasRequest): void {
  {
    const $a1 = v.components;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeClientQuotasRequestComponentDataV0(w, $a1[$i2]);
    }
  }
  w.bool(v.strict);
}

/** DescribeClientQuotasRequest at v0. */
function decDescribeClientQuotasRequestV0(r: Reader): DescribeClientQuotasRequest {
  const $n3 = r.arrayLength();
  const $a4: DescribeClientQuotasRequestComponentData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeClientQuotasRequestComponentDataV0(r));
  const components = $a4;
  const strict = r.bool();
  return {
    components,
    strict,
  };
}

/** DescribeClientQuotasRequest at v1. */
function encDescribeClientQuotasRequestV1(w: Writer, v: DescribeClientQuotasRequest): void {
  {
    const $a6 = v.components;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeClientQuotasRequestComponentDataV1(w, $a6[$i7]);
    }
  }
  w.bool(v.strict);
  w.uvarint(0); // no tagged fields
}

/** DescribeClientQuotasRequest at v1. */
function decDescribeClientQuotasRequestV1(r: Reader): DescribeClientQuotasRequest {
  const $n8 = r.compactArrayLength();
  const $a9: DescribeClientQuotasRequestComponentData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeClientQuotasRequestComponentDataV1(r));
  const components = $a9;
  const strict = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    components,
    strict,
  };
}

/** DescribeClientQuotasRequestComponentData at v0. */
function encDescribeClientQuotasRequestComponentDataV0(w: Writer, v: DescribeClientQuotasRequestComponentData): void {
  w.string(v.entityType);
  w.int8(v.matchType);
  w.nullableString(v.match);
}

/** DescribeClientQuotasRequestComponentData at v0. */
function decDescribeClientQuotasRequestComponentDataV0(r: Reader): DescribeClientQuotasRequestComponentData {
  const entityType = r.string();
  const matchType = r.int8();
  const match = r.nullableString();
  return {
    entityType,
    matchType,
    match,
  };
}

/** DescribeClientQuotasRequestComponentData at v1. */
function encDescribeClientQuotasRequestComponentDataV1(w: Writer, v: DescribeClientQuotasRequestComponentData): void {
  w.compactString(v.entityType);
  w.int8(v.matchType);
  w.compactNullableString(v.match);
  w.uvarint(0); // no tagged fields
}

/** DescribeClientQuotasRequestComponentData at v1. */
function decDescribeClientQuotasRequestComponentDataV1(r: Reader): DescribeClientQuotasRequestComponentData {
  const entityType = r.compactString();
  const matchType = r.int8();
  const match = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    entityType,
    matchType,
    match,
  };
}

/** DescribeClientQuotasRequest at versions 0-1. */
export const describeClientQuotasRequestCodec = new MessageCodec<DescribeClientQuotasRequest>(
  "DescribeClientQuotasRequest",
  0,
  [encDescribeClientQuotasRequestV0, encDescribeClientQuotasRequestV1],
  [decDescribeClientQuotasRequestV0, decDescribeClientQuotasRequestV1],
  newDescribeClientQuotasRequest,
);

/** DescribeClientQuotasResponse at v0. */
function encDescribeClientQuotasResponseV0(w: Writer, v: DescribeClientQuotasResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  {
    const $a1 = v.entries;
    if ($a1 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a1.length);
      for (let $i2 = 0; $i2 < $a1.length; $i2++) {
        encDescribeClientQuotasResponseEntryDataV0(w, $a1[$i2]);
      }
    }
  }
}

/** DescribeClientQuotasResponse at v0. */
function decDescribeClientQuotasResponseV0(r: Reader): DescribeClientQuotasResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const $n3 = r.nullableArrayLength();
  let $a4: DescribeClientQuotasResponseEntryData[] | null = null;
  if ($n3 >= 0) {
    const $b6: DescribeClientQuotasResponseEntryData[] = [];
    for (let $i5 = 0; $i5 < $n3; $i5++) $b6.push(decDescribeClientQuotasResponseEntryDataV0(r));
    $a4 = $b6;
  }
  const entries = $a4;
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    entries,
  };
}

/** DescribeClientQuotasResponse at v1. */
function encDescribeClientQuotasResponseV1(w: Writer, v: DescribeClientQuotasResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a7 = v.entries;
    if ($a7 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a7.length);
      for (let $i8 = 0; $i8 < $a7.length; $i8++) {
        encDescribeClientQuotasResponseEntryDataV1(w, $a7[$i8]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeClientQuotasResponse at v1. */
function decDescribeClientQuotasResponseV1(r: Reader): DescribeClientQuotasResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n9 = r.compactNullableArrayLength();
  let $a10: DescribeClientQuotasResponseEntryData[] | null = null;
  if ($n9 >= 0) {
    const $b12: DescribeClientQuotasResponseEntryData[] = [];
    for (let $i11 = 0; $i11 < $n9; $i11++) $b12.push(decDescribeClientQuotasResponseEntryDataV1(r));
    $a10 = $b12;
  }
  const entries = $a10;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    entries,
  };
}

/** DescribeClientQuotasResponseEntryData at v0. */
function encDescribeClientQuotasResponseEntryDataV0(w: Writer, v: DescribeClientQuotasResponseEntryData): void {
  {
    const $a13 = v.entity;
    w.arrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      encDescribeClientQuotasResponseEntityDataV0(w, $a13[$i14]);
    }
  }
  {
    const $a15 = v.values;
    w.arrayLength($a15.length);
    for (let $i16 = 0; $i16 < $a15.length; $i16++) {
      encDescribeClientQuotasResponseValueDataV0(w, $a15[$i16]);
    }
  }
}

/** DescribeClientQuotasResponseEntryData at v0. */
function decDescribeClientQuotasResponseEntryDataV0(r: Reader): DescribeClientQuotasResponseEntryData {
  const $n17 = r.arrayLength();
  const $a18: DescribeClientQuotasResponseEntityData[] = [];
  for (let $i19 = 0; $i19 < $n17; $i19++) $a18.push(decDescribeClientQuotasResponseEntityDataV0(r));
  const entity = $a18;
  const $n20 = r.arrayLength();
  const $a21: DescribeClientQuotasResponseValueData[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(decDescribeClientQuotasResponseValueDataV0(r));
  const values = $a21;
  return {
    entity,
    values,
  };
}

/** DescribeClientQuotasResponseEntryData at v1. */
function encDescribeClientQuotasResponseEntryDataV1(w: Writer, v: DescribeClientQuotasResponseEntryData): void {
  {
    const $a23 = v.entity;
    w.compactArrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encDescribeClientQuotasResponseEntityDataV1(w, $a23[$i24]);
    }
  }
  {
    const $a25 = v.values;
    w.compactArrayLength($a25.length);
    for (let $i26 = 0; $i26 < $a25.length; $i26++) {
      encDescribeClientQuotasResponseValueDataV1(w, $a25[$i26]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeClientQuotasResponseEntryData at v1. */
function decDescribeClientQuotasResponseEntryDataV1(r: Reader): DescribeClientQuotasResponseEntryData {
  const $n27 = r.compactArrayLength();
  const $a28: DescribeClientQuotasResponseEntityData[] = [];
  for (let $i29 = 0; $i29 < $n27; $i29++) $a28.push(decDescribeClientQuotasResponseEntityDataV1(r));
  const entity = $a28;
  const $n30 = r.compactArrayLength();
  const $a31: DescribeClientQuotasResponseValueData[] = [];
  for (let $i32 = 0; $i32 < $n30; $i32++) $a31.push(decDescribeClientQuotasResponseValueDataV1(r));
  const values = $a31;
  r.skipTaggedFields(); // none known in this version
  return {
    entity,
    values,
  };
}

/** DescribeClientQuotasResponseEntityData at v0. */
function encDescribeClientQuotasResponseEntityDataV0(w: Writer, v: DescribeClientQuotasResponseEntityData): void {
  w.string(v.entityType);
  w.nullableString(v.entityName);
}

/** DescribeClientQuotasResponseEntityData at v0. */
function decDescribeClientQuotasResponseEntityDataV0(r: Reader): DescribeClientQuotasResponseEntityData {
  const entityType = r.string();
  const entityName = r.nullableString();
  return {
    entityType,
    entityName,
  };
}

/** DescribeClientQuotasResponseEntityData at v1. */
function encDescribeClientQuotasResponseEntityDataV1(w: Writer, v: DescribeClientQuotasResponseEntityData): void {
  w.compactString(v.entityType);
  w.compactNullableString(v.entityName);
  w.uvarint(0); // no tagged fields
}

/** DescribeClientQuotasResponseEntityData at v1. */
function decDescribeClientQuotasResponseEntityDataV1(r: Reader): DescribeClientQuotasResponseEntityData {
  const entityType = r.compactString();
  const entityName = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    entityType,
    entityName,
  };
}

/** DescribeClientQuotasResponseValueData at v0. */
function encDescribeClientQuotasResponseValueDataV0(w: Writer, v: DescribeClientQuotasResponseValueData): void {
  w.string(v.key);
  w.float64(v.value);
}

/** DescribeClientQuotasResponseValueData at v0. */
function decDescribeClientQuotasResponseValueDataV0(r: Reader): DescribeClientQuotasResponseValueData {
  const key = r.string();
  const value = r.float64();
  return {
    key,
    value,
  };
}

/** DescribeClientQuotasResponseValueData at v1. */
function encDescribeClientQuotasResponseValueDataV1(w: Writer, v: DescribeClientQuotasResponseValueData): void {
  w.compactString(v.key);
  w.float64(v.value);
  w.uvarint(0); // no tagged fields
}

/** DescribeClientQuotasResponseValueData at v1. */
function decDescribeClientQuotasResponseValueDataV1(r: Reader): DescribeClientQuotasResponseValueData {
  const key = r.compactString();
  const value = r.float64();
  r.skipTaggedFields(); // none known in this version
  return {
    key,
    value,
  };
}

/** DescribeClientQuotasResponse at versions 0-1. */
export const describeClientQuotasResponseCodec = new MessageCodec<DescribeClientQuotasResponse>(
  "DescribeClientQuotasResponse",
  0,
  [encDescribeClientQuotasResponseV0, encDescribeClientQuotasResponseV1],
  [decDescribeClientQuotasResponseV0, decDescribeClientQuotasResponseV1],
  newDescribeClientQuotasResponse,
);
