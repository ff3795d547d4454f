// Kafka BrokerRegistration API (key 62): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{BrokerRegistrationRequest.json, BrokerRegistrationResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** BrokerRegistrationRequest: request of api key 62, versions 0-4, flexible 0-4. */
export interface BrokerRegistrationRequest {
  /** The broker ID. (versions 0-4) */
  readonly brokerId: number;
  /** The cluster id of the broker process. (versions 0-4) */
  readonly clusterId: string;
  /** The incarnation id of the broker process. (versions 0-4) */
  readonly incarnationId: string;
  /** The listeners of this broker (versions 0-4) */
  readonly listeners: readonly BrokerRegistrationRequestListener[];
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 0-4) */
  readonly features: readonly BrokerRegistrationRequestFeature[];
  /** The rack which this broker is in. (versions 0-4, nullable 0-4) */
  readonly rack: string | null;
  /** If the required configurations for ZK migration are present, this value is set to true (versions 1-4, default false) */
  readonly isMigratingZkBroker: boolean;
  /** Log directories configured in this broker which are available. (versions 2-4) */
  readonly logDirs: readonly string[];
  /** The epoch before a clean shutdown. (versions 3-4, default -1) */
  readonly previousBrokerEpoch: bigint;
}

/** Listener in BrokerRegistrationRequest. */
export interface BrokerRegistrationRequestListener {
  /** The name of the endpoint. (versions 0-4) */
  readonly name: string;
  /** The hostname. (versions 0-4) */
  readonly host: string;
  /** The port. (versions 0-4) */
  readonly port: number;
  /** The security protocol. (versions 0-4) */
  readonly securityProtocol: number;
}

/** Feature in BrokerRegistrationRequest. */
export interface BrokerRegistrationRequestFeature {
  /** The feature name. (versions 0-4) */
  readonly name: string;
  /** The minimum supported feature level. (versions 0-4) */
  readonly minSupportedVersion: number;
  /** The maximum supported feature level. (versions 0-4) */
  readonly maxSupportedVersion: number;
}

/** BrokerRegistrationResponse: response of api key 62, versions 0-4, flexible 0-4. */
export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-4) */
  readonly errorCode: number;
  /** The broker's assigned epoch, or -1 if none was assigned. (versions 0-4, default -1) */
  readonly brokerEpoch: bigint;
}

/** A BrokerRegistrationRequest with every field at its spec default. */
export function newBrokerRegistrationRequest(): BrokerRegistrationRequest {
  return {
    brokerId: 0,
    clusterId: "",
    incarnationId: ZERO_UUID,
    listeners: [],
    features: [],
    rack: "",
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1n,
  };
}

/** A BrokerRegistrationRequestListener with every field at its spec default. */
export function newBrokerRegistrationRequestListener(): BrokerRegistrationRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
  };
}

/** A BrokerRegistrationRequestFeature with every field at its spec default. */
export function newBrokerRegistrationRequestFeature(): BrokerRegistrationRequestFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

/** A BrokerRegistrationResponse with every field at its spec default. */
export function newBrokerRegistrationResponse(): BrokerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    brokerEpoch: -1n,
  };
}

/** BrokerRegistrationRequest at v0. */
function encBrokerRegistrationRequestV0(w: Writer, v: BrokerRegistrationRequest): void {
  w.int32(v.brokerId);
  w.compactString(v.clusterId);
  w.uuid(v.incarnationId);
  {
    const $a1 = v.listeners;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encBrokerRegistrationRequestListenerV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.features;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encBrokerRegistrationRequestFeatureV0(w, $a3[$i4]);
    }
  }
  w.compactNullableString(v.rack);
  w.uvarint(0); // no tagged fields
}

/** BrokerRegistrationRequest at v0. */
function decBrokerRegistrationRequestV0(r: Reader): BrokerRegistrationRequest {
  const brokerId = r.int32();
  const clusterId = r.compactString();
  const incarnationId = r.uuid();
  const $n5 = r.compactArrayLength();
  const $a6: BrokerRegistrationRequestListener[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decBrokerRegistrationRequestListenerV0(r));
  const listeners = $a6;
  const $n8 = r.compactArrayLength();
  const $a9: BrokerRegistrationRequestFeature[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decBrokerRegistrationRequestFeatureV0(r));
  const features = $a9;
  const rack = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    clusterId,
    incarnationId,
    listeners,
    features,
    rack,
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1n,
  };
}

/** BrokerRegistrationRequest at v1. */
function encBrokerRegistrationRequestV1(w: Writer, v: BrokerRegistrationRequest): void {
  w.int32(v.brokerId);
  w.compactString(v.clusterId);
  w.uuid(v.incarnationId);
  {
    const $a11 = v.listeners;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encBrokerRegistrationRequestListenerV0(w, $a11[$i12]);
    }
  }
  {
    const $a13 = v.features;
    w.compactArrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      encBrokerRegistrationRequestFeatureV0(w, $a13[$i14]);
    }
  }
  w.compactNullableString(v.rack);
  w.bool(v.isMigratingZkBroker);
  w.uvarint(0); // no tagged fields
}

/** BrokerRegistrationRequest at v1. */
function decBrokerRegistrationRequestV1(r: Reader): BrokerRegistrationRequest {
  const brokerId = r.int32();
  const clusterId = r.compactString();
  const incarnationId = r.uuid();
  const $n15 = r.compactArrayLength();
  const $a16: BrokerRegistrationRequestListener[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decBrokerRegistrationRequestListenerV0(r));
  const listeners = $a16;
  const $n18 = r.compactArrayLength();
  const $a19: BrokerRegistrationRequestFeature[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decBrokerRegistrationRequestFeatureV0(r));
  const features = $a19;
  const rack = r.compactNullableString();
  const isMigratingZkBroker = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    clusterId,
    incarnationId,
    listeners,
    features,
    rack,
    isMigratingZkBroker,
    logDirs: [],
    previousBrokerEpoch: -1n,
  };
}

/** BrokerRegistrationRequest at v2. */
function encBrokerRegistrationRequestV2(w: Writer, v: BrokerRegistrationRequest): void {
  w.int32(v.brokerId);
  w.compactString(v.clusterId);
  w.uuid(v.incarnationId);
  {
    const $a21 = v.listeners;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encBrokerRegistrationRequestListenerV0(w, $a21[$i22]);
    }
  }
  {
    const $a23 = v.features;
    w.compactArrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encBrokerRegistrationRequestFeatureV0(w, $a23[$i24]);
    }
  }
  w.compactNullableString(v.rack);
  w.bool(v.isMigratingZkBroker);
  {
    const $a25 = v.logDirs;
    w.compactArrayLength($a25.length);
    for (let $i26 = 0; $i26 < $a25.length; $i26++) {
      w.uuid($a25[$i26]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** BrokerRegistrationRequest at v2. */
function decBrokerRegistrationRequestV2(r: Reader): BrokerRegistrationRequest {
  const brokerId = r.int32();
  const clusterId = r.compactString();
  const incarnationId = r.uuid();
  const $n27 = r.compactArrayLength();
  const $a28: BrokerRegistrationRequestListener[] = [];
  for (let $i29 = 0; $i29 < $n27; $i29++) $a28.push(decBrokerRegistrationRequestListenerV0(r));
  const listeners = $a28;
  const $n30 = r.compactArrayLength();
  const $a31: BrokerRegistrationRequestFeature[] = [];
  for (let $i32 = 0; $i32 < $n30; $i32++) $a31.push(decBrokerRegistrationRequestFeatureV0(r));
  const features = $a31;
  const rack = r.compactNullableString();
  const isMigratingZkBroker = r.bool();
  const $n33 = r.compactArrayLength();
  const $a34: string[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(r.uuid());
  const logDirs = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    clusterId,
    incarnationId,
    listeners,
    features,
    rack,
    isMigratingZkBroker,
    logDirs,
    previousBrokerEpoch: -1n,
  };
}

/** BrokerRegistrationRequest at v3-4. */
function encBrokerRegistrationRequestV3(w: Writer, v: BrokerRegistrationRequest): void {
  w.int32(v.brokerId);
  w.compactString(v.clusterId);
  w.uuid(v.incarnationId);
  {
    const $a36 = v.listeners;
    w.compactArrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encBrokerRegistrationRequestListenerV0(w, $a36[$i37]);
    }
  }
  {
    const $a38 = v.features;
    w.compactArrayLength($a38.length);
    for (let $i39 = 0; $i39 < $a38.length; $i39++) {
      encBrokerRegistrationRequestFeatureV0(w, $a38[$i39]);
    }
  }
  w.compactNullableString(v.rack);
  w.bool(v.isMigratingZkBroker);
  {
    const $a40 = v.logDirs;
    w.compactArrayLength($a40.length);
    for (let $i41 = 0; $i41 < $a40.length; $i41++) {
      w.uuid($a40[$i41]);
    }
  }
  w.int64(v.previousBrokerEpoch);
  w.uvarint(0); // no tagged fields
}

/** BrokerRegistrationRequest at v3-4. */
function decBrokerRegistrationRequestV3(r: Reader): BrokerRegistrationRequest {
  const brokerId = r.int32();
  const clusterId = r.compactString();
  const incarnationId = r.uuid();
  const $n42 = r.compactArrayLength();
  const $a43: BrokerRegistrationRequestListener[] = [];
  for (let $i44 = 0; $i44 < $n42; $i44++) $a43.push(decBrokerRegistrationRequestListenerV0(r));
  const listeners = $a43;
  const $n45 = r.compactArrayLength();
  const $a46: BrokerRegistrationRequestFeature[] = [];
  for (let $i47 = 0; $i47 < $n45; $i47++) $a46.push(decBrokerRegistrationRequestFeatureV0(r));
  const features = $a46;
  const rack = r.compactNullableString();
  const isMigratingZkBroker = r.bool();
  const $n48 = r.compactArrayLength();
  const $a49: string[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(r.uuid());
  const logDirs = $a49;
  const previousBrokerEpoch = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    clusterId,
    incarnationId,
    listeners,
    features,
    rack,
    isMigratingZkBroker,
    logDirs,
    previousBrokerEpoch,
  };
}

/** BrokerRegistrationRequestListener at v0-4. */
function encBrokerRegistrationRequestListenerV0(w: Writer, v: BrokerRegistrationRequestListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0); // no tagged fields
}

/** BrokerRegistrationRequestListener at v0-4. */
function decBrokerRegistrationRequestListenerV0(r: Reader): BrokerRegistrationRequestListener {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  const securityProtocol = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    host,
    port,
    securityProtocol,
  };
}

/** BrokerRegistrationRequestFeature at v0-4. */
function encBrokerRegistrationRequestFeatureV0(w: Writer, v: BrokerRegistrationRequestFeature): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0); // no tagged fields
}

/** BrokerRegistrationRequestFeature at v0-4. */
function decBrokerRegistrationRequestFeatureV0(r: Reader): BrokerRegistrationRequestFeature {
  const name = r.compactString();
  const minSupportedVersion = r.int16();
  const maxSupportedVersion = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    minSupportedVersion,
    maxSupportedVersion,
  };
}

/** BrokerRegistrationRequest at versions 0-4. */
export const brokerRegistrationRequestCodec = new MessageCodec<BrokerRegistrationRequest>(
  "BrokerRegistrationRequest",
  0,
  [encBrokerRegistrationRequestV0, encBrokerRegistrationRequestV1, encBrokerRegistrationRequestV2, encBrokerRegistrationRequestV3, encBrokerRegistrationRequestV3],
  [decBrokerRegistrationRequestV0, decBrokerRegistrationRequestV1, decBrokerRegistrationRequestV2, decBrokerRegistrationRequestV3, decBrokerRegistrationRequestV3],
  newBrokerRegistrationRequest,
);

/** BrokerRegistrationResponse at v0-4. */
function encBrokerRegistrationResponseV0(w: Writer, v: BrokerRegistrationResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.brokerEpoch);
  w.uvarint(0); // no tagged fields
}

/** BrokerRegistrationResponse at v0-4. */
function decBrokerRegistrationResponseV0(r: Reader): BrokerRegistrationResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const brokerEpoch = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    brokerEpoch,
  };
}

/** BrokerRegistrationResponse at versions 0-4. */
export const brokerRegistrationResponseCodec = new MessageCodec<BrokerRegistrationResponse>(
  "BrokerRegistrationResponse",
  0,
  [encBrokerRegistrationResponseV0, encBrokerRegistrationResponseV0, encBrokerRegistrationResponseV0, encBrokerRegistrationResponseV0, encBrokerRegistrationResponseV0],
  [decBrokerRegistrationResponseV0, decBrokerRegistrationResponseV0, decBrokerRegistrationResponseV0, decBrokerRegistrationResponseV0, decBrokerRegistrationResponseV0],
  newBrokerRegistrationResponse,
);
