// Kafka DescribeConfigs API (key 32): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeConfigsRequest.json, DescribeConfigsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeConfigsRequest: request of api key 32, versions 0-4, flexible 4. */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. (versions 0-4) */
  readonly resources: readonly DescribeConfigsRequestDescribeConfigsResource[];
  /** True if we should include all synonyms. (versions 1-4, default false) */
  readonly includeSynonyms: boolean;
  /** True if we should include configuration documentation. (versions 3-4, default false) */
  readonly includeDocumentation: boolean;
}

/** DescribeConfigsResource in DescribeConfigsRequest. */
export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. (versions 0-4) */
  readonly resourceType: number;
  /** The resource name. (versions 0-4) */
  readonly resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. (versions 0-4, nullable 0-4) */
  readonly configurationKeys: readonly string[] | null;
}

/** DescribeConfigsResponse: response of api key 32, versions 0-4, flexible 4. */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  readonly throttleTimeMs: number;
  /** The results for each resource. (versions 0-4) */
  readonly results: readonly DescribeConfigsResponseDescribeConfigsResult[];
}

/** DescribeConfigsResult in DescribeConfigsResponse. */
export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. (versions 0-4) */
  readonly errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. (versions 0-4, nullable 0-4) */
  readonly errorMessage: string | null;
  /** The resource type. (versions 0-4) */
  readonly resourceType: number;
  /** The resource name. (versions 0-4) */
  readonly resourceName: string;
  /** Each listed configuration. (versions 0-4) */
  readonly configs: readonly DescribeConfigsResponseDescribeConfigsResourceResult[];
}

/** DescribeConfigsResourceResult in DescribeConfigsResponse. */
export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. (versions 0-4) */
  readonly name: string;
  /** The configuration value. (versions 0-4, nullable 0-4) */
  readonly value: string | null;
  /** True if the configuration is read-only. (versions 0-4) */
  readonly readOnly: boolean;
  /** True if the configuration is not set. (versions 0) */
  readonly isDefault: boolean;
  /** The configuration source. (versions 1-4, default -1) */
  readonly configSource: number;
  /** True if this configuration is sensitive. (versions 0-4) */
  readonly isSensitive: boolean;
  /** The synonyms for this configuration key. (versions 1-4) */
  readonly synonyms: readonly DescribeConfigsResponseDescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD (versions 3-4, default 0) */
  readonly configType: number;
  /** The configuration documentation. (versions 3-4, nullable 0-4) */
  readonly documentation: string | null;
}

/** DescribeConfigsSynonym in DescribeConfigsResponse. */
export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. (versions 1-4) */
  readonly name: string;
  /** The synonym value. (versions 1-4, nullable 0-4) */
  readonly value: string | null;
  /** The synonym source. (versions 1-4) */
  readonly source: number;
}

/** A DescribeConfigsRequest with every field at its spec default. */
export function newDescribeConfigsRequest(): DescribeConfigsRequest {
  return {
    resources: [],
    includeSynonyms: false,
    includeDocumentation: false,
  };
}

/** A DescribeConfigsRequestDescribeConfigsResource with every field at its spec default. */
export function newDescribeConfigsRequestDescribeConfigsResource(): DescribeConfigsRequestDescribeConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configurationKeys: [],
  };
}

/** A DescribeConfigsResponse with every field at its spec default. */
export function newDescribeConfigsResponse(): DescribeConfigsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A DescribeConfigsResponseDescribeConfigsResult with every field at its spec default. */
export function newDescribeConfigsResponseDescribeConfigsResult(): DescribeConfigsResponseDescribeConfigsResult {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    configs: [],
  };
}

/** A DescribeConfigsResponseDescribeConfigsResourceResult with every field at its spec default. */
export function newDescribeConfigsResponseDescribeConfigsResourceResult(): DescribeConfigsResponseDescribeConfigsResourceResult {
  return {
    name: "",
    value: "",
    readOnly: false,
    isDefault: false,
    configSource: -1,
    isSensitive: false,
    synonyms: [],
    configType: 0,
    documentation: "",
  };
}

/** A DescribeConfigsResponseDescribeConfigsSynonym with every field at its spec default. */
export function newDescribeConfigsResponseDescribeConfigsSynonym(): DescribeConfigsResponseDescribeConfigsSynonym {
  return {
    name: "",
    value: "",
    source: 0,
  };
}

/** DescribeConfigsRequest at v0. */
function encDescribeConfigsRequestV0(w: Writer, v: DescribeConfigsRequest): void {
  {
    const $a1 = v.resources;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeConfigsRequestDescribeConfigsResourceV0(w, $a1[$i2]);
    }
  }
}

/** DescribeConfigsRequest at v0. */
function decDescribeConfigsRequestV0(r: Reader): DescribeConfigsRequest {
  const $n3 = r.arrayLength();
  const $a4: DescribeConfigsRequestDescribeConfigsResource[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeConfigsRequestDescribeConfigsResourceV0(r));
  const resources = $a4;
  return {
    resources,
    includeSynonyms: false,
    includeDocumentation: false,
  };
}

/** DescribeConfigsRequest at v1-2. */
function encDescribeConfigsRequestV1(w: Writer, v: DescribeConfigsRequest): void {
  {
    const $a6 = v.resources;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeConfigsRequestDescribeConfigsResourceV0(w, $a6[$i7]);
    }
  }
  w.bool(v.includeSynonyms);
}

/** DescribeConfigsRequest at v1-2. */
function decDescribeConfigsRequestV1(r: Reader): DescribeConfigsRequest {
  const $n8 = r.arrayLength();
  const $a9: DescribeConfigsRequestDescribeConfigsResource[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeConfigsRequestDescribeConfigsResourceV0(r));
  const resources = $a9;
  const includeSynonyms = r.bool();
  return {
    resources,
    includeSynonyms,
    includeDocumentation: false,
  };
}

/** DescribeConfigsRequest at v3. */
function encDescribeConfigsRequestV3(w: Writer, v: DescribeConfigsRequest): void {
  {
    const $a11 = v.resources;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDescribeConfigsRequestDescribeConfigsResourceV0(w, $a11[$i12]);
    }
  }
  w.bool(v.includeSynonyms);
  w.bool(v.includeDocumentation);
}

/** DescribeConfigsRequest at v3. */
function decDescribeConfigsRequestV3(r: Reader): DescribeConfigsRequest {
  const $n13 = r.arrayLength();
  const $a14: DescribeConfigsRequestDescribeConfigsResource[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDescribeConfigsRequestDescribeConfigsResourceV0(r));
  const resources = $a14;
  const includeSynonyms = r.bool();
  const includeDocumentation = r.bool();
  return {
    resources,
    includeSynonyms,
    includeDocumentation,
  };
}

/** DescribeConfigsRequest at v4. */
function encDescribeConfigsRequestV4(w: Writer, v: DescribeConfigsRequest): void {
  {
    const $a16 = v.resources;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDescribeConfigsRequestDescribeConfigsResourceV4(w, $a16[$i17]);
    }
  }
  w.bool(v.includeSynonyms);
  w.bool(v.includeDocumentation);
  w.uvarint(0); // no tagged fields
}

/** DescribeConfigsRequest at v4. */
function decDescribeConfigsRequestV4(r: Reader): DescribeConfigsRequest {
  const $n18 = r.compactArrayLength();
  const $a19: DescribeConfigsRequestDescribeConfigsResource[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDescribeConfigsRequestDescribeConfigsResourceV4(r));
  const resources = $a19;
  const includeSynonyms = r.bool();
  const includeDocumentation = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    resources,
    includeSynonyms,
    includeDocumentation,
  };
}

/** DescribeConfigsRequestDescribeConfigsResource at v0-3. */
function encDescribeConfigsRequestDescribeConfigsResourceV0(w: Writer, v: DescribeConfigsRequestDescribeConfigsResource): void {
  w.int8(v.resourceType);
  w.string(v.resourceName);
  {
    const $a21 = v.configurationKeys;
    if ($a21 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a21.length);
      for (let $i22 = 0; $i22 < $a21.length; $i22++) {
        w.string($a21[$i22]);
      }
    }
  }
}

/** DescribeConfigsRequestDescribeConfigsResource at v0-3. */
function decDescribeConfigsRequestDescribeConfigsResourceV0(r: Reader): DescribeConfigsRequestDescribeConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const $n23 = r.nullableArrayLength();
  let $a24: string[] | null = null;
  if ($n23 >= 0) {
    const $b26: string[] = [];
    for (let $i25 = 0; $i25 < $n23; $i25++) $b26.push(r.string());
    $a24 = $b26;
  }
  const configurationKeys = $a24;
  return {
    resourceType,
    resourceName,
    configurationKeys,
  };
}

/** DescribeConfigsRequestDescribeConfigsResource at v4. */
function encDescribeConfigsRequestDescribeConfigsResourceV4(w: Writer, v: DescribeConfigsRequestDescribeConfigsResource): void {
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  {
    const $a27 = v.configurationKeys;
    if ($a27 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a27.length);
      for (let $i28 = 0; $i28 < $a27.length; $i28++) {
        w.compactString($a27[$i28]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeConfigsRequestDescribeConfigsResource at v4. */
function decDescribeConfigsRequestDescribeConfigsResourceV4(r: Reader): DescribeConfigsRequestDescribeConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const $n29 = r.compactNullableArrayLength();
  let $a30: string[] | null = null;
  if ($n29 >= 0) {
    const $b32: string[] = [];
    for (let $i31 = 0; $i31 < $n29; $i31++) $b32.push(r.compactString());
    $a30 = $b32;
  }
  const configurationKeys = $a30;
  r.skipTaggedFields(); // none known in this version
  return {
    resourceType,
    resourceName,
    configurationKeys,
  };
}

/** DescribeConfigsRequest at versions 0-4. */
export const describeConfigsRequestCodec = new MessageCodec<DescribeConfigsRequest>(
  "DescribeConfigsRequest",
  0,
  [encDescribeConfigsRequestV0, encDescribeConfigsRequestV1, encDescribeConfigsRequestV1, encDescribeConfigsRequestV3, encDescribeConfigsRequestV4],
  [decDescribeConfigsRequestV0, decDescribeConfigsRequestV1, decDescribeConfigsRequestV1, decDescribeConfigsRequestV3, decDescribeConfigsRequestV4],
  newDescribeConfigsRequest,
);

/** DescribeConfigsResponse at v0. */
function encDescribeConfigsResponseV0(w: Writer, v: DescribeConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.results;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeConfigsResponseDescribeConfigsResultV0(w, $a1[$i2]);
    }
  }
}

/** DescribeConfigsResponse at v0. */
function decDescribeConfigsResponseV0(r: Reader): DescribeConfigsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: DescribeConfigsResponseDescribeConfigsResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeConfigsResponseDescribeConfigsResultV0(r));
  const results = $a4;
  return {
    throttleTimeMs,
    results,
  };
}

/** DescribeConfigsResponse at v1-2. */
function encDescribeConfigsResponseV1(w: Writer, v: DescribeConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.results;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeConfigsResponseDescribeConfigsResultV1(w, $a6[$i7]);
    }
  }
}

/** DescribeConfigsResponse at v1-2. */
function decDescribeConfigsResponseV1(r: Reader): DescribeConfigsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.arrayLength();
  const $a9: DescribeConfigsResponseDescribeConfigsResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeConfigsResponseDescribeConfigsResultV1(r));
  const results = $a9;
  return {
    throttleTimeMs,
    results,
  };
}

/** DescribeConfigsResponse at v3. */
function encDescribeConfigsResponseV3(w: Writer, v: DescribeConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.results;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDescribeConfigsResponseDescribeConfigsResultV3(w, $a11[$i12]);
    }
  }
}

/** DescribeConfigsResponse at v3. */
function decDescribeConfigsResponseV3(r: Reader): DescribeConfigsResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.arrayLength();
  const $a14: DescribeConfigsResponseDescribeConfigsResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDescribeConfigsResponseDescribeConfigsResultV3(r));
  const results = $a14;
  return {
    throttleTimeMs,
    results,
  };
}

/** DescribeConfigsResponse at v4. */
function encDescribeConfigsResponseV4(w: Writer, v: DescribeConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a16 = v.results;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDescribeConfigsResponseDescribeConfigsResultV4(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeConfigsResponse at v4. */
function decDescribeConfigsResponseV4(r: Reader): DescribeConfigsResponse {
  const throttleTimeMs = r.int32();
  const $n18 = r.compactArrayLength();
  const $a19: DescribeConfigsResponseDescribeConfigsResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDescribeConfigsResponseDescribeConfigsResultV4(r));
  const results = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    results,
  };
}

/** DescribeConfigsResponseDescribeConfigsResult at v0. */
function encDescribeConfigsResponseDescribeConfigsResultV0(w: Writer, v: DescribeConfigsResponseDescribeConfigsResult): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.string(v.resourceName);
  {
    const $a21 = v.configs;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encDescribeConfigsResponseDescribeConfigsResourceResultV0(w, $a21[$i22]);
    }
  }
}

/** DescribeConfigsResponseDescribeConfigsResult at v0. */
function decDescribeConfigsResponseDescribeConfigsResultV0(r: Reader): DescribeConfigsResponseDescribeConfigsResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const $n23 = r.arrayLength();
  const $a24: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decDescribeConfigsResponseDescribeConfigsResourceResultV0(r));
  const configs = $a24;
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
    configs,
  };
}

/** DescribeConfigsResponseDescribeConfigsResult at v1-2. */
function encDescribeConfigsResponseDescribeConfigsResultV1(w: Writer, v: DescribeConfigsResponseDescribeConfigsResult): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.string(v.resourceName);
  {
    const $a26 = v.configs;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encDescribeConfigsResponseDescribeConfigsResourceResultV1(w, $a26[$i27]);
    }
  }
}

/** DescribeConfigsResponseDescribeConfigsResult at v1-2. */
function decDescribeConfigsResponseDescribeConfigsResultV1(r: Reader): DescribeConfigsResponseDescribeConfigsResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const $n28 = r.arrayLength();
  const $a29: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decDescribeConfigsResponseDescribeConfigsResourceResultV1(r));
  const configs = $a29;
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
    configs,
  };
}

/** DescribeConfigsResponseDescribeConfigsResult at v3. */
function encDescribeConfigsResponseDescribeConfigsResultV3(w: Writer, v: DescribeConfigsResponseDescribeConfigsResult): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.string(v.resourceName);
  {
    const $a31 = v.configs;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encDescribeConfigsResponseDescribeConfigsResourceResultV3(w, $a31[$i32]);
    }
  }
}

/** DescribeConfigsResponseDescribeConfigsResult at v3. */
function decDescribeConfigsResponseDescribeConfigsResultV3(r: Reader): DescribeConfigsResponseDescribeConfigsResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const $n33 = r.arrayLength();
  const $a34: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decDescribeConfigsResponseDescribeConfigsResourceResultV3(r));
  const configs = $a34;
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
    configs,
  };
}

/** DescribeConfigsResponseDescribeConfigsResult at v4. */
function encDescribeConfigsResponseDescribeConfigsResultV4(w: Writer, v: DescribeConfigsResponseDescribeConfigsResult): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  {
    const $a36 = v.configs;
    w.compactArrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encDescribeConfigsResponseDescribeConfigsResourceResultV4(w, $a36[$i37]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeConfigsResponseDescribeConfigsResult at v4. */
function decDescribeConfigsResponseDescribeConfigsResultV4(r: Reader): DescribeConfigsResponseDescribeConfigsResult {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const $n38 = r.compactArrayLength();
  const $a39: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decDescribeConfigsResponseDescribeConfigsResourceResultV4(r));
  const configs = $a39;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
    configs,
  };
}

/** DescribeConfigsResponseDescribeConfigsResourceResult at v0. */
function encDescribeConfigsResponseDescribeConfigsResourceResultV0(w: Writer, v: DescribeConfigsResponseDescribeConfigsResourceResult): void {
  w.string(v.name);
  w.nullableString(v.value);
  w.bool(v.readOnly);
  w.bool(v.isDefault);
  w.bool(v.isSensitive);
}

/** DescribeConfigsResponseDescribeConfigsResourceResult at v0. */
function decDescribeConfigsResponseDescribeConfigsResourceResultV0(r: Reader): DescribeConfigsResponseDescribeConfigsResourceResult {
  const name = r.string();
  const value = r.nullableString();
  const readOnly = r.bool();
  const isDefault = r.bool();
  const isSensitive = r.bool();
  return {
    name,
    value,
    readOnly,
    isDefault,
    configSource: -1,
    isSensitive,
    synonyms: [],
    configType: 0,
    documentation: "",
  };
}

/** DescribeConfigsResponseDescribeConfigsResourceResult at v1-2. */
function encDescribeConfigsResponseDescribeConfigsResourceResultV1(w: Writer, v: DescribeConfigsResponseDescribeConfigsResourceResult): void {
  w.string(v.name);
  w.nullableString(v.value);
  w.bool(v.readOnly);
  w.int8(v.configSource);
  w.bool(v.isSensitive);
  {
    const $a41 = v.synonyms;
    w.arrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encDescribeConfigsResponseDescribeConfigsSynonymV1(w, $a41[$i42]);
    }
  }
}

/** DescribeConfigsResponseDescribeConfigsResourceResult at v1-2. */
function decDescribeConfigsResponseDescribeConfigsResourceResultV1(r: Reader): DescribeConfigsResponseDescribeConfigsResourceResult {
  const name = r.string();
  const value = r.nullableString();
  const readOnly = r.bool();
  const configSource = r.int8();
  const isSensitive = r.bool();
  const $n43 = r.arrayLength();
  const $a44: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(decDescribeConfigsResponseDescribeConfigsSynonymV1(r));
  const synonyms = $a44;
  return {
    name,
    value,
    readOnly,
    isDefault: false,
    configSource,
    isSensitive,
    synonyms,
    configType: 0,
    documentation: "",
  };
}

/** DescribeConfigsResponseDescribeConfigsResourceResult at v3. */
function encDescribeConfigsResponseDescribeConfigsResourceResultV3(w: Writer, v: DescribeConfigsResponseDescribeConfigsResourceResult): void {
  w.string(v.name);
  w.nullableString(v.value);
  w.bool(v.readOnly);
  w.int8(v.configSource);
  w.bool(v.isSensitive);
  {
    const $a46 = v.synonyms;
    w.arrayLength($a46.length);
    for (let $i47 = 0; $i47 < $a46.length; $i47++) {
      encDescribeConfigsResponseDescribeConfigsSynonymV1(w, $a46[$i47]);
    }
  }
  w.int8(v.configType);
  w.nullableString(v.documentation);
}

/** DescribeConfigsResponseDescribeConfigsResourceResult at v3. */
function decDescribeConfigsResponseDescribeConfigsResourceResultV3(r: Reader): DescribeConfigsResponseDescribeConfigsResourceResult {
  const name = r.string();
  const value = r.nullableString();
  const readOnly = r.bool();
  const configSource = r.int8();
  const isSensitive = r.bool();
  const $n48 = r.arrayLength();
  const $a49: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(decDescribeConfigsResponseDescribeConfigsSynonymV1(r));
  const synonyms = $a49;
  const configType = r.int8();
  const documentation = r.nullableString();
  return {
    name,
    value,
    readOnly,
    isDefault: false,
    configSource,
    isSensitive,
    synonyms,
    configType,
    documentation,
  };
}

/** DescribeConfigsResponseDescribeConfigsResourceResult at v4. */
function encDescribeConfigsResponseDescribeConfigsResourceResultV4(w: Writer, v: DescribeConfigsResponseDescribeConfigsResourceResult): void {
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.bool(v.readOnly);
  w.int8(v.configSource);
  w.bool(v.isSensitive);
  {
    const $a51 = v.synonyms;
    w.compactArrayLength($a51.length);
    for (let $i52 = 0; $i52 < $a51.length; $i52++) {
      encDescribeConfigsResponseDescribeConfigsSynonymV4(w, $a51[$i52]);
    }
  }
  w.int8(v.configType);
  w.compactNullableString(v.documentation);
  w.uvarint(0); // no tagged fields
}

/** DescribeConfigsResponseDescribeConfigsResourceResult at v4. */
function decDescribeConfigsResponseDescribeConfigsResourceResultV4(r: Reader): DescribeConfigsResponseDescribeConfigsResourceResult {
  const name = r.compactString();
  const value = r.compactNullableString();
  const readOnly = r.bool();
  const configSource = r.int8();
  const isSensitive = r.bool();
  const $n53 = r.compactArrayLength();
  const $a54: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
  for (let $i55 = 0; $i55 < $n53; $i55++) $a54.push(decDescribeConfigsResponseDescribeConfigsSynonymV4(r));
  const synonyms = $a54;
  const configType = r.int8();
  const documentation = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    value,
    readOnly,
    isDefault: false,
    configSource,
    isSensitive,
    synonyms,
    configType,
    documentation,
  };
}

/** DescribeConfigsResponseDescribeConfigsSynonym at v1-3. */
function encDescribeConfigsResponseDescribeConfigsSynonymV1(w: Writer, v: DescribeConfigsResponseDescribeConfigsSynonym): void {
  w.string(v.name);
  w.nullableString(v.value);
  w.int8(v.source);
}

/** DescribeConfigsResponseDescribeConfigsSynonym at v1-3. */
function decDescribeConfigsResponseDescribeConfigsSynonymV1(r: Reader): DescribeConfigsResponseDescribeConfigsSynonym {
  const name = r.string();
  const value = r.nullableString();
  const source = r.int8();
  return {
    name,
    value,
    source,
  };
}

/** DescribeConfigsResponseDescribeConfigsSynonym at v4. */
function encDescribeConfigsResponseDescribeConfigsSynonymV4(w: Writer, v: DescribeConfigsResponseDescribeConfigsSynonym): void {
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.int8(v.source);
  w.uvarint(0); // no tagged fields
}

/** DescribeConfigsResponseDescribeConfigsSynonym at v4. */
function decDescribeConfigsResponseDescribeConfigsSynonymV4(r: Reader): DescribeConfigsResponseDescribeConfigsSynonym {
  const name = r.compactString();
  const value = r.compactNullableString();
  const source = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    value,
    source,
  };
}

/** DescribeConfigsResponse at versions 0-4. */
export const describeConfigsResponseCodec = new MessageCodec<DescribeConfigsResponse>(
  "DescribeConfigsResponse",
  0,
  [encDescribeConfigsResponseV0, encDescribeConfigsResponseV1, encDescribeConfigsResponseV1, encDescribeConfigsResponseV3, encDescribeConfigsResponseV4],
  [decDescribeConfigsResponseV0, decDescribeConfigsResponseV1, decDescribeConfigsResponseV1, decDescribeConfigsResponseV3, decDescribeConfigsResponseV4],
  newDescribeConfigsResponse,
);
