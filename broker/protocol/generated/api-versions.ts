// Kafka ApiVersions API (key 18): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ApiVersionsRequest.json, ApiVersionsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ApiVersionsRequest: request of api key 18, versions 0-4, flexible 3-4. */
export interface ApiVersionsRequest {
  /** The name of the client. (versions 3-4) */
  readonly clientSoftwareName: string;
  /** The version of the client. (versions 3-4) */
  readonly clientSoftwareVersion: string;
}

/** ApiVersionsResponse: response of api key 18, versions 0-4, flexible 3-4. */
export interface ApiVersionsResponse {
  /** The top-level error code. (versions 0-4) */
  readonly errorCode: number;
  /** The APIs supported by the broker. (versions 0-4) */
  readonly apiKeys: readonly ApiVersionsResponseApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-4) */
  readonly throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 3-4, tag 0 in 3+) */
  readonly supportedFeatures: readonly ApiVersionsResponseSupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. (versions 3-4, tag 1 in 3+, default -1) */
  readonly finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. (versions 3-4, tag 2 in 3+) */
  readonly finalizedFeatures: readonly ApiVersionsResponseFinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present (versions 3-4, tag 3 in 3+, default false) */
  readonly zkMigrationReady: boolean;
}

/** ApiVersion in ApiVersionsResponse. */
export interface ApiVersionsResponseApiVersion {
  /** The API index. (versions 0-4) */
  readonly apiKey: number;
  /** The minimum supported version, inclusive. (versions 0-4) */
  readonly minVersion: number;
  /** The maximum supported version, inclusive. (versions 0-4) */
  readonly maxVersion: number;
}

/** SupportedFeatureKey in ApiVersionsResponse. */
export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. (versions 3-4) */
  readonly name: string;
  /** The minimum supported version for the feature. (versions 3-4) */
  readonly minVersion: number;
  /** The maximum supported version for the feature. (versions 3-4) */
  readonly maxVersion: number;
}

/** FinalizedFeatureKey in ApiVersionsResponse. */
export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. (versions 3-4) */
  readonly name: string;
  /** The cluster-wide finalized max version level for the feature. (versions 3-4) */
  readonly maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. (versions 3-4) */
  readonly minVersionLevel: number;
}

/** A ApiVersionsRequest with every field at its spec default. */
export function newApiVersionsRequest(): ApiVersionsRequest {
  return {
    clientSoftwareName: "",
    clientSoftwareVersion: "",
  };
}

/** A ApiVersionsResponse with every field at its spec default. */
export function newApiVersionsResponse(): ApiVersionsResponse {
  return {
    errorCode: 0,
    apiKeys: [],
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}

/** A ApiVersionsResponseApiVersion with every field at its spec default. */
export function newApiVersionsResponseApiVersion(): ApiVersionsResponseApiVersion {
  return {
    apiKey: 0,
    minVersion: 0,
    maxVersion: 0,
  };
}

/** A ApiVersionsResponseSupportedFeatureKey with every field at its spec default. */
export function newApiVersionsResponseSupportedFeatureKey(): ApiVersionsResponseSupportedFeatureKey {
  return {
    name: "",
    minVersion: 0,
    maxVersion: 0,
  };
}

/** A ApiVersionsResponseFinalizedFeatureKey with every field at its spec default. */
export function newApiVersionsResponseFinalizedFeatureKey(): ApiVersionsResponseFinalizedFeatureKey {
  return {
    name: "",
    maxVersionLevel: 0,
    minVersionLevel: 0,
  };
}

/** ApiVersionsRequest at v0-2. */
function encApiVersionsRequestV0(w: Writer, v: ApiVersionsRequest): void {
}

/** ApiVersionsRequest at v0-2. */
function decApiVersionsRequestV0(r: Reader): ApiVersionsRequest {
  return {
    clientSoftwareName: "",
    clientSoftwareVersion: "",
  };
}

/** ApiVersionsRequest at v3-4. */
function encApiVersionsRequestV3(w: Writer, v: ApiVersionsRequest): void {
  w.compactString(v.clientSoftwareName);
  w.compactString(v.clientSoftwareVersion);
  w.uvarint(0); // no tagged fields
}

/** ApiVersionsRequest at v3-4. */
function decApiVersionsRequestV3(r: Reader): ApiVersionsRequest {
  const clientSoftwareName = r.compactString();
  const clientSoftwareVersion = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    clientSoftwareName,
    clientSoftwareVersion,
  };
}

/** ApiVersionsRequest at versions 0-4. */
export const apiVersionsRequestCodec = new MessageCodec<ApiVersionsRequest>(
  "ApiVersionsRequest",
  0,
  [encApiVersionsRequestV0, encApiVersionsRequestV0, encApiVersionsRequestV0, encApiVersionsRequestV3, encApiVersionsRequestV3],
  [decApiVersionsRequestV0, decApiVersionsRequestV0, decApiVersionsRequestV0, decApiVersionsRequestV3, decApiVersionsRequestV3],
  newApiVersionsRequest,
);

/** ApiVersionsResponse at v0. */
function encApiVersionsResponseV0(w: Writer, v: ApiVersionsResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.apiKeys;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encApiVersionsResponseApiVersionV0(w, $a1[$i2]);
    }
  }
}

/** ApiVersionsResponse at v0. */
function decApiVersionsResponseV0(r: Reader): ApiVersionsResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: ApiVersionsResponseApiVersion[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decApiVersionsResponseApiVersionV0(r));
  const apiKeys = $a4;
  return {
    errorCode,
    apiKeys,
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}

/** ApiVersionsResponse at v1-2. */
function encApiVersionsResponseV1(w: Writer, v: ApiVersionsResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.apiKeys;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encApiVersionsResponseApiVersionV0(w, $a6[$i7]);
    }
  }
  w.int32(v.throttleTimeMs);
}

/** ApiVersionsResponse at v1-2. */
function decApiVersionsResponseV1(r: Reader): ApiVersionsResponse {
  const errorCode = r.int16();
  const $n8 = r.arrayLength();
  const $a9: ApiVersionsResponseApiVersion[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decApiVersionsResponseApiVersionV0(r));
  const apiKeys = $a9;
  const throttleTimeMs = r.int32();
  return {
    errorCode,
    apiKeys,
    throttleTimeMs,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}

/** ApiVersionsResponse at v3-4. */
function encApiVersionsResponseV3(w: Writer, v: ApiVersionsResponse): void {
  w.int16(v.errorCode);
  {
    const $a11 = v.apiKeys;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encApiVersionsResponseApiVersionV3(w, $a11[$i12]);
    }
  }
  w.int32(v.throttleTimeMs);
  const $t13 = !(v.supportedFeatures.length === 0);
  const $t14 = !(v.finalizedFeaturesEpoch === -1n);
  const $t15 = !(v.finalizedFeatures.length === 0);
  const $t16 = !(v.zkMigrationReady === false);
  w.uvarint(($t13 ? 1 : 0) + ($t14 ? 1 : 0) + ($t15 ? 1 : 0) + ($t16 ? 1 : 0));
  if ($t13) {
    w.uvarint(0);
    const $s17 = new Writer(64);
    {
      const $a18 = v.supportedFeatures;
      $s17.compactArrayLength($a18.length);
      for (let $i19 = 0; $i19 < $a18.length; $i19++) {
        encApiVersionsResponseSupportedFeatureKeyV3($s17, $a18[$i19]);
      }
    }
    w.uvarint($s17.length);
    w.writer($s17);
  }
  if ($t14) {
    w.uvarint(1);
    const $s20 = new Writer(64);
    $s20.int64(v.finalizedFeaturesEpoch);
    w.uvarint($s20.length);
    w.writer($s20);
  }
  if ($t15) {
    w.uvarint(2);
    const $s21 = new Writer(64);
    {
      const $a22 = v.finalizedFeatures;
      $s21.compactArrayLength($a22.length);
      for (let $i23 = 0; $i23 < $a22.length; $i23++) {
        encApiVersionsResponseFinalizedFeatureKeyV3($s21, $a22[$i23]);
      }
    }
    w.uvarint($s21.length);
    w.writer($s21);
  }
  if ($t16) {
    w.uvarint(3);
    const $s24 = new Writer(64);
    $s24.bool(v.zkMigrationReady);
    w.uvarint($s24.length);
    w.writer($s24);
  }
}

/** ApiVersionsResponse at v3-4. */
function decApiVersionsResponseV3(r: Reader): ApiVersionsResponse {
  const errorCode = r.int16();
  const $n25 = r.compactArrayLength();
  const $a26: ApiVersionsResponseApiVersion[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(decApiVersionsResponseApiVersionV3(r));
  const apiKeys = $a26;
  const throttleTimeMs = r.int32();
  let supportedFeatures: readonly ApiVersionsResponseSupportedFeatureKey[] = [];
  let finalizedFeaturesEpoch: bigint = -1n;
  let finalizedFeatures: readonly ApiVersionsResponseFinalizedFeatureKey[] = [];
  let zkMigrationReady: boolean = false;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        const $n28 = r.compactArrayLength();
        const $a29: ApiVersionsResponseSupportedFeatureKey[] = [];
        for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decApiVersionsResponseSupportedFeatureKeyV3(r));
        supportedFeatures = $a29;
        break;
      }
      case 1: {
        finalizedFeaturesEpoch = r.int64();
        break;
      }
      case 2: {
        const $n31 = r.compactArrayLength();
        const $a32: ApiVersionsResponseFinalizedFeatureKey[] = [];
        for (let $i33 = 0; $i33 < $n31; $i33++) $a32.push(decApiVersionsResponseFinalizedFeatureKeyV3(r));
        finalizedFeatures = $a32;
        break;
      }
      case 3: {
        zkMigrationReady = r.bool();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    errorCode,
    apiKeys,
    throttleTimeMs,
    supportedFeatures,
    finalizedFeaturesEpoch,
    finalizedFeatures,
    zkMigrationReady,
  };
}

/** ApiVersionsResponseApiVersion at v0-2. */
function encApiVersionsResponseApiVersionV0(w: Writer, v: ApiVersionsResponseApiVersion): void {
  w.int16(v.apiKey);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
}

/** ApiVersionsResponseApiVersion at v0-2. */
function decApiVersionsResponseApiVersionV0(r: Reader): ApiVersionsResponseApiVersion {
  const apiKey = r.int16();
  const minVersion = r.int16();
  const maxVersion = r.int16();
  return {
    apiKey,
    minVersion,
    maxVersion,
  };
}

/** ApiVersionsResponseApiVersion at v3-4. */
function encApiVersionsResponseApiVersionV3(w: Writer, v: ApiVersionsResponseApiVersion): void {
  w.int16(v.apiKey);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
  w.uvarint(0); // no tagged fields
}

/** ApiVersionsResponseApiVersion at v3-4. */
function decApiVersionsResponseApiVersionV3(r: Reader): ApiVersionsResponseApiVersion {
  const apiKey = r.int16();
  const minVersion = r.int16();
  const maxVersion = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    apiKey,
    minVersion,
    maxVersion,
  };
}

/** ApiVersionsResponseSupportedFeatureKey at v3-4. */
function encApiVersionsResponseSupportedFeatureKeyV3(w: Writer, v: ApiVersionsResponseSupportedFeatureKey): void {
  w.compactString(v.name);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
  w.uvarint(0); // no tagged fields
}

/** ApiVersionsResponseSupportedFeatureKey at v3-4. */
function decApiVersionsResponseSupportedFeatureKeyV3(r: Reader): ApiVersionsResponseSupportedFeatureKey {
  const name = r.compactString();
  const minVersion = r.int16();
  const maxVersion = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    minVersion,
    maxVersion,
  };
}

/** ApiVersionsResponseFinalizedFeatureKey at v3-4. */
function encApiVersionsResponseFinalizedFeatureKeyV3(w: Writer, v: ApiVersionsResponseFinalizedFeatureKey): void {
  w.compactString(v.name);
  w.int16(v.maxVersionLevel);
  w.int16(v.minVersionLevel);
  w.uvarint(0); // no tagged fields
}

/** ApiVersionsResponseFinalizedFeatureKey at v3-4. */
function decApiVersionsResponseFinalizedFeatureKeyV3(r: Reader): ApiVersionsResponseFinalizedFeatureKey {
  const name = r.compactString();
  const maxVersionLevel = r.int16();
  const minVersionLevel = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    maxVersionLevel,
    minVersionLevel,
  };
}

/** ApiVersionsResponse at versions 0-4. */
export const apiVersionsResponseCodec = new MessageCodec<ApiVersionsResponse>(
  "ApiVersionsResponse",
  0,
  [encApiVersionsResponseV0, encApiVersionsResponseV1, encApiVersionsResponseV1, encApiVersionsResponseV3, encApiVersionsResponseV3],
  [decApiVersionsResponseV0, decApiVersionsResponseV1, decApiVersionsResponseV1, decApiVersionsResponseV3, decApiVersionsResponseV3],
  newApiVersionsResponse,
);
