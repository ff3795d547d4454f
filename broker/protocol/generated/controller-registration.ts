// Kafka ControllerRegistration API (key 70): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ControllerRegistrationRequest.json, ControllerRegistrationResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ControllerRegistrationRequest: request of api key 70, versions 0, flexible 0. */
export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. (versions 0) */
  readonly controllerId: number;
  /** The controller incarnation ID, which is unique to each process run. (versions 0) */
  readonly incarnationId: string;
  /** Set if the required configurations for ZK migration are present. (versions 0) */
  readonly zkMigrationReady: boolean;
  /** The listeners of this controller (versions 0) */
  readonly listeners: readonly ControllerRegistrationRequestListener[];
  /** The features on this controller (versions 0) */
  readonly features: readonly ControllerRegistrationRequestFeature[];
}

/** Listener in ControllerRegistrationRequest. */
export interface ControllerRegistrationRequestListener {
  /** The name of the endpoint. (versions 0) */
  readonly name: string;
  /** The hostname. (versions 0) */
  readonly host: string;
  /** The port. (versions 0) */
  readonly port: number;
  /** The security protocol. (versions 0) */
  readonly securityProtocol: number;
}

/** Feature in ControllerRegistrationRequest. */
export interface ControllerRegistrationRequestFeature {
  /** The feature name. (versions 0) */
  readonly name: string;
  /** The minimum supported feature level. (versions 0) */
  readonly minSupportedVersion: number;
  /** The maximum supported feature level. (versions 0) */
  readonly maxSupportedVersion: number;
}

/** ControllerRegistrationResponse: response of api key 70, versions 0, flexible 0. */
export interface ControllerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The response error code. (versions 0) */
  readonly errorCode: number;
  /** The response error message, or null if there was no error. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
}

/** A ControllerRegistrationRequest with every field at its spec default. */
export function newControllerRegistrationRequest(): ControllerRegistrationRequest {
  return {
    controllerId: 0,
    incarnationId: ZERO_UUID,
    zkMigrationReady: false,
    listeners: [],
    features: [],
  };
}

/** A ControllerRegistrationRequestListener with every field at its spec default. */
export function newControllerRegistrationRequestListener(): ControllerRegistrationRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
  };
}

/** A ControllerRegistrationRequestFeature with every field at its spec default. */
export function newControllerRegistrationRequestFeature(): ControllerRegistrationRequestFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

/** A ControllerRegistrationResponse with every field at its spec default. */
export function newControllerRegistrationResponse(): ControllerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

/** ControllerRegistrationRequest at v0. */
function encControllerRegistrationRequestV0(w: Writer, v: ControllerRegistrationRequest): void {
  w.int32(v.controllerId);
  w.uuid(v.incarnationId);
  w.bool(v.zkMigrationReady);
  {
    const $a1 = v.listeners;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encControllerRegistrationRequestListenerV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.features;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encControllerRegistrationRequestFeatureV0(w, $a3[$i4]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ControllerRegistrationRequest at v0. */
function decControllerRegistrationRequestV0(r: Reader): ControllerRegistrationRequest {
  const controllerId = r.int32();
  const incarnationId = r.uuid();
  const zkMigrationReady = r.bool();
  const $n5 = r.compactArrayLength();
  const $a6: ControllerRegistrationRequestListener[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decControllerRegistrationRequestListenerV0(r));
  const listeners = $a6;
  const $n8 = r.compactArrayLength();
  const $a9: ControllerRegistrationRequestFeature[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decControllerRegistrationRequestFeatureV0(r));
  const features = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    incarnationId,
    zkMigrationReady,
    listeners,
    features,
  };
}

/** ControllerRegistrationRequestListener at v0. */
function encControllerRegistrationRequestListenerV0(w: Writer, v: ControllerRegistrationRequestListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0); // no tagged fields
}

/** ControllerRegistrationRequestListener at v0. */
function decControllerRegistrationRequestListenerV0(r: Reader): ControllerRegistrationRequestListener {
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

/** ControllerRegistrationRequestFeature at v0. */
function encControllerRegistrationRequestFeatureV0(w: Writer, v: ControllerRegistrationRequestFeature): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0); // no tagged fields
}

/** ControllerRegistrationRequestFeature at v0. */
function decControllerRegistrationRequestFeatureV0(r: Reader): ControllerRegistrationRequestFeature {
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

/** ControllerRegistrationRequest at versions 0. */
export const controllerRegistrationRequestCodec = new MessageCodec<ControllerRegistrationRequest>(
  "ControllerRegistrationRequest",
  0,
  [encControllerRegistrationRequestV0],
  [decControllerRegistrationRequestV0],
  newControllerRegistrationRequest,
);

/** ControllerRegistrationResponse at v0. */
function encControllerRegistrationResponseV0(w: Writer, v: ControllerRegistrationResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** ControllerRegistrationResponse at v0. */
function decControllerRegistrationResponseV0(r: Reader): ControllerRegistrationResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
  };
}

/** ControllerRegistrationResponse at versions 0. */
export const controllerRegistrationResponseCodec = new MessageCodec<ControllerRegistrationResponse>(
  "ControllerRegistrationResponse",
  0,
  [encControllerRegistrationResponseV0],
  [decControllerRegistrationResponseV0],
  newControllerRegistrationResponse,
);
