// Kafka DescribeCluster API (key 60): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeClusterRequest.json, DescribeClusterResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeClusterRequest: request of api key 60, versions 0-1, flexible 0-1. */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. (versions 0-1) */
  readonly includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. (versions 1, default 1) */
  readonly endpointType: number;
}

/** DescribeClusterResponse: response of api key 60, versions 0-1, flexible 0-1. */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  readonly throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error (versions 0-1) */
  readonly errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0-1, nullable 0-1, default null) */
  readonly errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. (versions 1, default 1) */
  readonly endpointType: number;
  /** The cluster ID that responding broker belongs to. (versions 0-1) */
  readonly clusterId: string;
  /** The ID of the controller broker. (versions 0-1, default -1) */
  readonly controllerId: number;
  /** Each broker in the response. (versions 0-1) */
  readonly brokers: readonly DescribeClusterResponseDescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 0-1, default -2147483648) */
  readonly clusterAuthorizedOperations: number;
}

/** DescribeClusterBroker in DescribeClusterResponse. */
export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. (versions 0-1) */
  readonly brokerId: number;
  /** The broker hostname. (versions 0-1) */
  readonly host: string;
  /** The broker port. (versions 0-1) */
  readonly port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 0-1, nullable 0-1, default null) */
  readonly rack: string | null;
}

/** A DescribeClusterRequest with every field at its spec default. */
export function newDescribeClusterRequest(): DescribeClusterRequest {
  return {
    includeClusterAuthorizedOperations: false,
    endpointType: 1,
  };
}

/** A DescribeClusterResponse with every field at its spec default. */
export function newDescribeClusterResponse(): DescribeClusterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: "",
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: -2147483648,
  };
}

/** A DescribeClusterResponseDescribeClusterBroker with every field at its spec default. */
export function newDescribeClusterResponseDescribeClusterBroker(): DescribeClusterResponseDescribeClusterBroker {
  return {
    brokerId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

/** DescribeClusterRequest at v0. */
function encDescribeClusterRequestV0(w: Writer, v: DescribeClusterRequest): void {
  w.bool(v.includeClusterAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** DescribeClusterRequest at v0. */
function decDescribeClusterRequestV0(r: Reader): DescribeClusterRequest {
  const includeClusterAuthorizedOperations = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    includeClusterAuthorizedOperations,
    endpointType: 1,
  };
}

/** DescribeClusterRequest at v1. */
function encDescribeClusterRequestV1(w: Writer, v: DescribeClusterRequest): void {
  w.bool(v.includeClusterAuthorizedOperations);
  w.int8(v.endpointType);
  w.uvarint(0); // no tagged fields
}

/** DescribeClusterRequest at v1. */
function decDescribeClusterRequestV1(r: Reader): DescribeClusterRequest {
  const includeClusterAuthorizedOperations = r.bool();
  const endpointType = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    includeClusterAuthorizedOperations,
    endpointType,
  };
}

/** DescribeClusterRequest at versions 0-1. */
export const describeClusterRequestCodec = new MessageCodec<DescribeClusterRequest>(
  "DescribeClusterRequest",
  0,
  [encDescribeClusterRequestV0, encDescribeClusterRequestV1],
  [decDescribeClusterRequestV0, decDescribeClusterRequestV1],
  newDescribeClusterRequest,
);

/** DescribeClusterResponse at v0. */
function encDescribeClusterResponseV0(w: Writer, v: DescribeClusterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a1 = v.brokers;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeClusterResponseDescribeClusterBrokerV0(w, $a1[$i2]);
    }
  }
  w.int32(v.clusterAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** DescribeClusterResponse at v0. */
function decDescribeClusterResponseV0(r: Reader): DescribeClusterResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const clusterId = r.compactString();
  const controllerId = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: DescribeClusterResponseDescribeClusterBroker[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeClusterResponseDescribeClusterBrokerV0(r));
  const brokers = $a4;
  const clusterAuthorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    endpointType: 1,
    clusterId,
    controllerId,
    brokers,
    clusterAuthorizedOperations,
  };
}

/** DescribeClusterResponse at v1. */
function encDescribeClusterResponseV1(w: Writer, v: DescribeClusterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int8(v.endpointType);
  w.compactString(v.clusterId);
  w.int32(v.controllerId);
  {
    const $a6 = v.brokers;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeClusterResponseDescribeClusterBrokerV0(w, $a6[$i7]);
    }
  }
  w.int32(v.clusterAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** DescribeClusterResponse at v1. */
function decDescribeClusterResponseV1(r: Reader): DescribeClusterResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const endpointType = r.int8();
  const clusterId = r.compactString();
  const controllerId = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: DescribeClusterResponseDescribeClusterBroker[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeClusterResponseDescribeClusterBrokerV0(r));
  const brokers = $a9;
  const clusterAuthorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    endpointType,
    clusterId,
    controllerId,
    brokers,
    clusterAuthorizedOperations,
  };
}

/** DescribeClusterResponseDescribeClusterBroker at v0-1. */
function encDescribeClusterResponseDescribeClusterBrokerV0(w: Writer, v: DescribeClusterResponseDescribeClusterBroker): void {
  w.int32(v.brokerId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0); // no tagged fields
}

/** DescribeClusterResponseDescribeClusterBroker at v0-1. */
function decDescribeClusterResponseDescribeClusterBrokerV0(r: Reader): DescribeClusterResponseDescribeClusterBroker {
  const brokerId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    host,
    port,
    rack,
  };
}

/** DescribeClusterResponse at versions 0-1. */
export const describeClusterResponseCodec = new MessageCodec<DescribeClusterResponse>(
  "DescribeClusterResponse",
  0,
  [encDescribeClusterResponseV0, encDescribeClusterResponseV1],
  [decDescribeClusterResponseV0, decDescribeClusterResponseV1],
  newDescribeClusterResponse,
);
