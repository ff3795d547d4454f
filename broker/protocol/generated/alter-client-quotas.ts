// Kafka AlterClientQuotas API (key 49): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AlterClientQuotasRequest.json, AlterClientQuotasResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AlterClientQuotasRequest: request of api key 49, versions 0-1, flexible 1. */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. (versions 0-1) */
  readonly entries: readonly AlterClientQuotasRequestEntryData[];
  /** Whether the alteration should be validated, but not performed. (versions 0-1) */
  readonly validateOnly: boolean;
}

/** EntryData in AlterClientQuotasRequest. */
export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. (versions 0-1) */
  readonly entity: readonly AlterClientQuotasRequestEntityData[];
  /** An individual quota configuration entry to alter. (versions 0-1) */
  readonly ops: readonly AlterClientQuotasRequestOpData[];
}

/** EntityData in AlterClientQuotasRequest. */
export interface AlterClientQuotasRequestEntityData {
  /** The entity type. (versions 0-1) */
  readonly entityType: string;
  /** The name of the entity, or null if the default. (versions 0-1, nullable 0-1) */
  readonly entityName: string | null;
}

/** OpData in AlterClientQuotasRequest. */
export interface AlterClientQuotasRequestOpData {
  /** The quota configuration key. (versions 0-1) */
  readonly key: string;
  /** The value to set, otherwise ignored if the value is to be removed. (versions 0-1) */
  readonly value: number;
  /** Whether the quota configuration value should be removed, otherwise set. (versions 0-1) */
  readonly remove: boolean;
}

/** AlterClientQuotasResponse: response of api key 49, versions 0-1, flexible 1. */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  readonly throttleTimeMs: number;
  /** The quota configuration entries to alter. (versions 0-1) */
  readonly entries: readonly AlterClientQuotasResponseEntryData[];
}

/** EntryData in AlterClientQuotasResponse. */
export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. (versions 0-1) */
  readonly errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. (versions 0-1, nullable 0-1) */
  readonly errorMessage: string | null;
  /** The quota entity to alter. (versions 0-1) */
  readonly entity: readonly AlterClientQuotasResponseEntityData[];
}

/** EntityData in AlterClientQuotasResponse. */
export interface AlterClientQuotasResponseEntityData {
  /** The entity type. (versions 0-1) */
  readonly entityType: string;
  /** The name of the entity, or null if the default. (versions 0-1, nullable 0-1) */
  readonly entityName: string | null;
}

/** A AlterClientQuotasRequest with every field at its spec default. */
export function newAlterClientQuotasRequest(): AlterClientQuotasRequest {
  return {
    entries: [],
    validateOnly: false,
  };
}

/** A AlterClientQuotasRequestEntryData with every field at its spec default. */
export function newAlterClientQuotasRequestEntryData(): AlterClientQuotasRequestEntryData {
  return {
    entity: [],
    ops: [],
  };
}

/** A AlterClientQuotasRequestEntityData with every field at its spec default. */
export function newAlterClientQuotasRequestEntityData(): AlterClientQuotasRequestEntityData {
  return {
    entityType: "",
    entityName: "",
  };
}

/** A AlterClientQuotasRequestOpData with every field at its spec default. */
export function newAlterClientQuotasRequestOpData(): AlterClientQuotasRequestOpData {
  return {
    key: "",
    value: 0,
    remove: false,
  };
}

/** A AlterClientQuotasResponse with every field at its spec default. */
export function newAlterClientQuotasResponse(): AlterClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    entries: [],
  };
}

/** A AlterClientQuotasResponseEntryData with every field at its spec default. */
export function newAlterClientQuotasResponseEntryData(): AlterClientQuotasResponseEntryData {
  return {
    errorCode: 0,
    errorMessage: "",
    entity: [],
  };
}

/** A AlterClientQuotasResponseEntityData with every field at its spec default. */
export function newAlterClientQuotasResponseEntityData(): AlterClientQuotasResponseEntityData {
  return {
    entityType: "",
    entityName: "",
  };
}

/** AlterClientQuotasRequest at v0. */
function encAlterClientQuotasRequestV0(w: Writer, v: AlterClientQuotasRequest): void {
  {
    const $a1 = v.entries;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterClientQuotasRequestEntryDataV0(w, $a1[$i2]);
    }
  }
  w.bool(v.validateOnly);
}

/** AlterClientQuotasRequest at v0. */
function decAlterClientQuotasRequestV0(r: Reader): AlterClientQuotasRequest {
  const $n3 = r.arrayLength();
  const $a4: AlterClientQuotasRequestEntryData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterClientQuotasRequestEntryDataV0(r));
  const entries = $a4;
  const validateOnly = r.bool();
  return {
    entries,
    validateOnly,
  };
}

/** AlterClientQuotasRequest at v1. */
function encAlterClientQuotasRequestV1(w: Writer, v: AlterClientQuotasRequest): void {
  {
    const $a6 = v.entries;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterClientQuotasRequestEntryDataV1(w, $a6[$i7]);
    }
  }
  w.bool(v.validateOnly);
  w.uvarint(0); // no tagged fields
}

/** AlterClientQuotasRequest at v1. */
function decAlterClientQuotasRequestV1(r: Reader): AlterClientQuotasRequest {
  const $n8 = r.compactArrayLength();
  const $a9: AlterClientQuotasRequestEntryData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterClientQuotasRequestEntryDataV1(r));
  const entries = $a9;
  const validateOnly = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    entries,
    validateOnly,
  };
}

/** AlterClientQuotasRequestEntryData at v0. */
function encAlterClientQuotasRequestEntryDataV0(w: Writer, v: AlterClientQuotasRequestEntryData): void {
  {
    const $a11 = v.entity;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAlterClientQuotasRequestEntityDataV0(w, $a11[$i12]);
    }
  }
  {
    const $a13 = v.ops;
    w.arrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      encAlterClientQuotasRequestOpDataV0(w, $a13[$i14]);
    }
  }
}

/** AlterClientQuotasRequestEntryData at v0. */
function decAlterClientQuotasRequestEntryDataV0(r: Reader): AlterClientQuotasRequestEntryData {
  const $n15 = r.arrayLength();
  const $a16: AlterClientQuotasRequestEntityData[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decAlterClientQuotasRequestEntityDataV0(r));
  const entity = $a16;
  const $n18 = r.arrayLength();
  const $a19: AlterClientQuotasRequestOpData[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAlterClientQuotasRequestOpDataV0(r));
  const ops = $a19;
  return {
    entity,
    ops,
  };
}

/** AlterClientQuotasRequestEntryData at v1. */
function encAlterClientQuotasRequestEntryDataV1(w: Writer, v: AlterClientQuotasRequestEntryData): void {
  {
    const $a21 = v.entity;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encAlterClientQuotasRequestEntityDataV1(w, $a21[$i22]);
    }
  }
  {
    const $a23 = v.ops;
    w.compactArrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encAlterClientQuotasRequestOpDataV1(w, $a23[$i24]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterClientQuotasRequestEntryData at v1. */
function decAlterClientQuotasRequestEntryDataV1(r: Reader): AlterClientQuotasRequestEntryData {
  const $n25 = r.compactArrayLength();
  const $a26: AlterClientQuotasRequestEntityData[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(decAlterClientQuotasRequestEntityDataV1(r));
  const entity = $a26;
  const $n28 = r.compactArrayLength();
  const $a29: AlterClientQuotasRequestOpData[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decAlterClientQuotasRequestOpDataV1(r));
  const ops = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    entity,
    ops,
  };
}

/** AlterClientQuotasRequestEntityData at v0. */
function encAlterClientQuotasRequestEntityDataV0(w: Writer, v: AlterClientQuotasRequestEntityData): void {
  w.string(v.entityType);
  w.nullableString(v.entityName);
}

/** AlterClientQuotasRequestEntityData at v0. */
function decAlterClientQuotasRequestEntityDataV0(r: Reader): AlterClientQuotasRequestEntityData {
  const entityType = r.string();
  const entityName = r.nullableString();
  return {
    entityType,
    entityName,
  };
}

/** AlterClientQuotasRequestEntityData at v1. */
function encAlterClientQuotasRequestEntityDataV1(w: Writer, v: AlterClientQuotasRequestEntityData): void {
  w.compactString(v.entityType);
  w.compactNullableString(v.entityName);
  w.uvarint(0); // no tagged fields
}

/** AlterClientQuotasRequestEntityData at v1. */
function decAlterClientQuotasRequestEntityDataV1(r: Reader): AlterClientQuotasRequestEntityData {
  const entityType = r.compactString();
  const entityName = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    entityType,
    entityName,
  };
}

/** AlterClientQuotasRequestOpData at v0. */
function encAlterClientQuotasRequestOpDataV0(w: Writer, v: AlterClientQuotasRequestOpData): void {
  w.string(v.key);
  w.float64(v.value);
  w.bool(v.remove);
}

/** AlterClientQuotasRequestOpData at v0. */
function decAlterClientQuotasRequestOpDataV0(r: Reader): AlterClientQuotasRequestOpData {
  const key = r.string();
  const value = r.float64();
  const remove = r.bool();
  return {
    key,
    value,
    remove,
  };
}

/** AlterClientQuotasRequestOpData at v1. */
function encAlterClientQuotasRequestOpDataV1(w: Writer, v: AlterClientQuotasRequestOpData): void {
  w.compactString(v.key);
  w.float64(v.value);
  w.bool(v.remove);
  w.uvarint(0); // no tagged fields
}

/** AlterClientQuotasRequestOpData at v1. */
function decAlterClientQuotasRequestOpDataV1(r: Reader): AlterClientQuotasRequestOpData {
  const key = r.compactString();
  const value = r.float64();
  const remove = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    key,
    value,
    remove,
  };
}

/** AlterClientQuotasRequest at versions 0-1. */
export const alterClientQuotasRequestCodec = new MessageCodec<AlterClientQuotasRequest>(
  "AlterClientQuotasRequest",
  0,
  [encAlterClientQuotasRequestV0, encAlterClientQuotasRequestV1],
  [decAlterClientQuotasRequestV0, decAlterClientQuotasRequestV1],
  newAlterClientQuotasRequest,
);

/** AlterClientQuotasResponse at v0. */
function encAlterClientQuotasResponseV0(w: Writer, v: AlterClientQuotasResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.entries;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterClientQuotasResponseEntryDataV0(w, $a1[$i2]);
    }
  }
}

/** AlterClientQuotasResponse at v0. */
function decAlterClientQuotasResponseV0(r: Reader): AlterClientQuotasResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: AlterClientQuotasResponseEntryData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterClientQuotasResponseEntryDataV0(r));
  const entries = $a4;
  return {
    throttleTimeMs,
    entries,
  };
}

/** AlterClientQuotasResponse at v1. */
function encAlterClientQuotasResponseV1(w: Writer, v: AlterClientQuotasResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.entries;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterClientQuotasResponseEntryDataV1(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterClientQuotasResponse at v1. */
function decAlterClientQuotasResponseV1(r: Reader): AlterClientQuotasResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: AlterClientQuotasResponseEntryData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterClientQuotasResponseEntryDataV1(r));
  const entries = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    entries,
  };
}

/** AlterClientQuotasResponseEntryData at v0. */
function encAlterClientQuotasResponseEntryDataV0(w: Writer, v: AlterClientQuotasResponseEntryData): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  {
    const $a11 = v.entity;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAlterClientQuotasResponseEntityDataV0(w, $a11[$i12]);
    }
  }
}

/** AlterClientQuotasResponseEntryData at v0. */
function decAlterClientQuotasResponseEntryDataV0(r: Reader): AlterClientQuotasResponseEntryData {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const $n13 = r.arrayLength();
  const $a14: AlterClientQuotasResponseEntityData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAlterClientQuotasResponseEntityDataV0(r));
  const entity = $a14;
  return {
    errorCode,
    errorMessage,
    entity,
  };
}

/** AlterClientQuotasResponseEntryData at v1. */
function encAlterClientQuotasResponseEntryDataV1(w: Writer, v: AlterClientQuotasResponseEntryData): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a16 = v.entity;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encAlterClientQuotasResponseEntityDataV1(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterClientQuotasResponseEntryData at v1. */
function decAlterClientQuotasResponseEntryDataV1(r: Reader): AlterClientQuotasResponseEntryData {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n18 = r.compactArrayLength();
  const $a19: AlterClientQuotasResponseEntityData[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAlterClientQuotasResponseEntityDataV1(r));
  const entity = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
    entity,
  };
}

/** AlterClientQuotasResponseEntityData at v0. */
function encAlterClientQuotasResponseEntityDataV0(w: Writer, v: AlterClientQuotasResponseEntityData): void {
  w.string(v.entityType);
  w.nullableString(v.entityName);
}

/** AlterClientQuotasResponseEntityData at v0. */
function decAlterClientQuotasResponseEntityDataV0(r: Reader): AlterClientQuotasResponseEntityData {
  const entityType = r.string();
  const entityName = r.nullableString();
  return {
    entityType,
    entityName,
  };
}

/** AlterClientQuotasResponseEntityData at v1. */
function encAlterClientQuotasResponseEntityDataV1(w: Writer, v: AlterClientQuotasResponseEntityData): void {
  w.compactString(v.entityType);
  w.compactNullableString(v.entityName);
  w.uvarint(0); // no tagged fields
}

/** AlterClientQuotasResponseEntityData at v1. */
function decAlterClientQuotasResponseEntityDataV1(r: Reader): AlterClientQuotasResponseEntityData {
  const entityType = r.compactString();
  const entityName = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    entityType,
    entityName,
  };
}

/** AlterClientQuotasResponse at versions 0-1. */
export const alterClientQuotasResponseCodec = new MessageCodec<AlterClientQuotasResponse>(
  "AlterClientQuotasResponse",
  0,
  [encAlterClientQuotasResponseV0, encAlterClientQuotasResponseV1],
  [decAlterClientQuotasResponseV0, decAlterClientQuotasResponseV1],
  newAlterClientQuotasResponse,
);
