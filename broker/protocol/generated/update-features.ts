// Kafka UpdateFeatures API (key 57): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{UpdateFeaturesRequest.json, UpdateFeaturesResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** UpdateFeaturesRequest: request of api key 57, versions 0-2, flexible 0-2. */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. (versions 0-2, default 60000) */
  readonly timeoutMs: number;
  /** The list of updates to finalized features. (versions 0-2) */
  readonly featureUpdates: readonly UpdateFeaturesRequestFeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. (versions 1-2, default false) */
  readonly validateOnly: boolean;
}

/** FeatureUpdateKey in UpdateFeaturesRequest. */
export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** The name of the finalized feature to be updated. (versions 0-2) */
  readonly feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. (versions 0-2) */
  readonly maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. (versions 0) */
  readonly allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). (versions 1-2, default 1) */
  readonly upgradeType: number;
}

/** UpdateFeaturesResponse: response of api key 57, versions 0-2, flexible 0-2. */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  readonly throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. (versions 0-2) */
  readonly errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. (versions 0-2, nullable 0-2) */
  readonly errorMessage: string | null;
  /** Results for each feature update. (versions 0-1) */
  readonly results: readonly UpdateFeaturesResponseUpdatableFeatureResult[];
}

/** UpdatableFeatureResult in UpdateFeaturesResponse. */
export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** The name of the finalized feature. (versions 0-2) */
  readonly feature: string;
  /** The feature update error code or `0` if the feature update succeeded. (versions 0-2) */
  readonly errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. (versions 0-2, nullable 0-2) */
  readonly errorMessage: string | null;
}

/** A UpdateFeaturesRequest with every field at its spec default. */
export function newUpdateFeaturesRequest(): UpdateFeaturesRequest {
  return {
    timeoutMs: 60000,
    featureUpdates: [],
    validateOnly: false,
  };
}

/** A UpdateFeaturesRequestFeatureUpdateKey with every field at its spec default. */
export function newUpdateFeaturesRequestFeatureUpdateKey(): UpdateFeaturesRequestFeatureUpdateKey {
  return {
    feature: "",
    maxVersionLevel: 0,
    allowDowngrade: false,
    upgradeType: 1,
  };
}

/** A UpdateFeaturesResponse with every field at its spec default. */
export function newUpdateFeaturesResponse(): UpdateFeaturesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
  };
}

/** A UpdateFeaturesResponseUpdatableFeatureResult with every field at its spec default. */
export function newUpdateFeaturesResponseUpdatableFeatureResult(): UpdateFeaturesResponseUpdatableFeatureResult {
  return {
    feature: "",
    errorCode: 0,
    errorMessage: "",
  };
}

/** UpdateFeaturesRequest at v0. */
function encUpdateFeaturesRequestV0(w: Writer, v: UpdateFeaturesRequest): void {
  w.int32(v.timeoutMs);
  {
    const $a1 = v.featureUpdates;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encUpdateFeaturesRequestFeatureUpdateKeyV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** UpdateFeaturesRequest at v0. */
function decUpdateFeaturesRequestV0(r: Reader): UpdateFeaturesRequest {
  const timeoutMs = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: UpdateFeaturesRequestFeatureUpdateKey[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decUpdateFeaturesRequestFeatureUpdateKeyV0(r));
  const featureUpdates = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    timeoutMs,
    featureUpdates,
    validateOnly: false,
  };
}

/** UpdateFeaturesRequest at v1-2. */
function encUpdateFeaturesRequestV1(w: Writer, v: UpdateFeaturesRequest): void {
  w.int32(v.timeoutMs);
  {
    const $a6 = v.featureUpdates;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encUpdateFeaturesRequestFeatureUpdateKeyV1(w, $a6[$i7]);
    }
  }
  w.bool(v.validateOnly);
  w.uvarint(0); // no tagged fields
}

/** UpdateFeaturesRequest at v1-2. */
function decUpdateFeaturesRequestV1(r: Reader): UpdateFeaturesRequest {
  const timeoutMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: UpdateFeaturesRequestFeatureUpdateKey[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decUpdateFeaturesRequestFeatureUpdateKeyV1(r));
  const featureUpdates = $a9;
  const validateOnly = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    timeoutMs,
    featureUpdates,
    validateOnly,
  };
}

/** UpdateFeaturesRequestFeatureUpdateKey at v0. */
function encUpdateFeaturesRequestFeatureUpdateKeyV0(w: Writer, v: UpdateFeaturesRequestFeatureUpdateKey): void {
  w.compactString(v.feature);
  w.int16(v.maxVersionLevel);
  w.bool(v.allowDowngrade);
  w.uvarint(0); // no tagged fields
}

/** UpdateFeaturesRequestFeatureUpdateKey at v0. */
function decUpdateFeaturesRequestFeatureUpdateKeyV0(r: Reader): UpdateFeaturesRequestFeatureUpdateKey {
  const feature = r.compactString();
  const maxVersionLevel = r.int16();
  const allowDowngrade = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    feature,
    maxVersionLevel,
    allowDowngrade,
    upgradeType: 1,
  };
}

/** UpdateFeaturesRequestFeatureUpdateKey at v1-2. */
function encUpdateFeaturesRequestFeatureUpdateKeyV1(w: Writer, v: UpdateFeaturesRequestFeatureUpdateKey): void {
  w.compactString(v.feature);
  w.int16(v.maxVersionLevel);
  w.int8(v.upgradeType);
  w.uvarint(0); // no tagged fields
}

/** UpdateFeaturesRequestFeatureUpdateKey at v1-2. */
function decUpdateFeaturesRequestFeatureUpdateKeyV1(r: Reader): UpdateFeaturesRequestFeatureUpdateKey {
  const feature = r.compactString();
  const maxVersionLevel = r.int16();
  const upgradeType = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    feature,
    maxVersionLevel,
    allowDowngrade: false,
    upgradeType,
  };
}

/** UpdateFeaturesRequest at versions 0-2. */
export const updateFeaturesRequestCodec = new MessageCodec<UpdateFeaturesRequest>(
  "UpdateFeaturesRequest",
  0,
  [encUpdateFeaturesRequestV0, encUpdateFeaturesRequestV1, encUpdateFeaturesRequestV1],
  [decUpdateFeaturesRequestV0, decUpdateFeaturesRequestV1, decUpdateFeaturesRequestV1],
  newUpdateFeaturesRequest,
);

/** UpdateFeaturesResponse at v0-1. */
function encUpdateFeaturesResponseV0(w: Writer, v: UpdateFeaturesResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a1 = v.results;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encUpdateFeaturesResponseUpdatableFeatureResultV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** UpdateFeaturesResponse at v0-1. */
function decUpdateFeaturesResponseV0(r: Reader): UpdateFeaturesResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n3 = r.compactArrayLength();
  const $a4: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decUpdateFeaturesResponseUpdatableFeatureResultV0(r));
  const results = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    results,
  };
}

/** UpdateFeaturesResponse at v2. */
function encUpdateFeaturesResponseV2(w: Writer, v: UpdateFeaturesResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** UpdateFeaturesResponse at v2. */
function decUpdateFeaturesResponseV2(r: Reader): UpdateFeaturesResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    results: [],
  };
}

/** UpdateFeaturesResponseUpdatableFeatureResult at v0-1. */
function encUpdateFeaturesResponseUpdatableFeatureResultV0(w: Writer, v: UpdateFeaturesResponseUpdatableFeatureResult): void {
  w.compactString(v.feature);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** UpdateFeaturesResponseUpdatableFeatureResult at v0-1. */
function decUpdateFeaturesResponseUpdatableFeatureResultV0(r: Reader): UpdateFeaturesResponseUpdatableFeatureResult {
  const feature = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    feature,
    errorCode,
    errorMessage,
  };
}

/** UpdateFeaturesResponse at versions 0-2. */
export const updateFeaturesResponseCodec = new MessageCodec<UpdateFeaturesResponse>(
  "UpdateFeaturesResponse",
  0,
  [encUpdateFeaturesResponseV0, encUpdateFeaturesResponseV0, encUpdateFeaturesResponseV2],
  [decUpdateFeaturesResponseV0, decUpdateFeaturesResponseV0, decUpdateFeaturesResponseV2],
  newUpdateFeaturesResponse,
);
