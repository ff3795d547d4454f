// Kafka UpdateRaftVoter API (key 82): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** UpdateRaftVoterRequest: request of api key 82, versions 0, flexible 0. */
export interface UpdateRaftVoterRequest {
  /** (versions 0, nullable 0) */
  readonly clusterId: string | null;
  /** The current leader epoch of the partition, -1 for unknown leader epoch (versions 0) */
  readonly currentLeaderEpoch: number;
  /** The replica id of the voter getting updated in the topic partition (versions 0) */
  readonly voterId: number;
  /** The directory id of the voter getting updated in the topic partition (versions 0) */
  readonly voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the leader (versions 0) */
  readonly listeners: readonly UpdateRaftVoterRequestListener[];
  /** The range of versions of the protocol that the replica supports (versions 0) */
  readonly kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
}

/** Listener in UpdateRaftVoterRequest. */
export interface UpdateRaftVoterRequestListener {
  /** The name of the endpoint (versions 0) */
  readonly name: string;
  /** The hostname (versions 0) */
  readonly host: string;
  /** The port (versions 0) */
  readonly port: number;
}

/** KRaftVersionFeature in UpdateRaftVoterRequest. */
export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /** The minimum supported KRaft protocol version (versions 0) */
  readonly minSupportedVersion: number;
  /** The maximum supported KRaft protocol version (versions 0) */
  readonly maxSupportedVersion: number;
}

/** UpdateRaftVoterResponse: response of api key 82, versions 0, flexible 0. */
export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error (versions 0) */
  readonly errorCode: number;
  /** (versions 0, tag 0 in 0+) */
  readonly currentLeader: UpdateRaftVoterResponseCurrentLeader;
}

/** CurrentLeader in UpdateRaftVoterResponse. */
export interface UpdateRaftVoterResponseCurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown (versions 0, default -1) */
  readonly leaderId: number;
  /** The latest known leader epoch (versions 0, default -1) */
  readonly leaderEpoch: number;
  /** The node's hostname (versions 0) */
  readonly host: string;
  /** The node's port (versions 0) */
  readonly port: number;
}

/** A UpdateRaftVoterRequest with every field at its spec default. */
export function newUpdateRaftVoterRequest(): UpdateRaftVoterRequest {
  return {
    clusterId: "",
    currentLeaderEpoch: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
    kRaftVersionFeature: newUpdateRaftVoterRequestKRaftVersionFeature(),
  };
}

/** A UpdateRaftVoterRequestListener with every field at its spec default. */
export function newUpdateRaftVoterRequestListener(): UpdateRaftVoterRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

/** A UpdateRaftVoterRequestKRaftVersionFeature with every field at its spec default. */
export function newUpdateRaftVoterRequestKRaftVersionFeature(): UpdateRaftVoterRequestKRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

/** A UpdateRaftVoterResponse with every field at its spec default. */
export function newUpdateRaftVoterResponse(): UpdateRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    currentLeader: newUpdateRaftVoterResponseCurrentLeader(),
  };
}

/** A UpdateRaftVoterResponseCurrentLeader with every field at its spec default. */
export function newUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    host: "",
    port: 0,
  };
}

/** UpdateRaftVoterRequest at v0. */
function encUpdateRaftVoterRequestV0(w: Writer, v: UpdateRaftVoterRequest): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.currentLeaderEpoch);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  {
    const $a1 = v.listeners;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encUpdateRaftVoterRequestListenerV0(w, $a1[$i2]);
    }
  }
  encUpdateRaftVoterRequestKRaftVersionFeatureV0(w, v.kRaftVersionFeature);
  w.uvarint(0); // no tagged fields
}

/** UpdateRaftVoterRequest at v0. */
function decUpdateRaftVoterRequestV0(r: Reader): UpdateRaftVoterRequest {
  const clusterId = r.compactNullableString();
  const currentLeaderEpoch = r.int32();
  const voterId = r.int32();
  const voterDirectoryId = r.uuid();
  const $n3 = r.compactArrayLength();
  const $a4: UpdateRaftVoterRequestListener[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decUpdateRaftVoterRequestListenerV0(r));
  const listeners = $a4;
  const kRaftVersionFeature = decUpdateRaftVoterRequestKRaftVersionFeatureV0(r);
  r.skipTaggedFields(); // none known in this version
  return {
    clusterId,
    currentLeaderEpoch,
    voterId,
    voterDirectoryId,
    listeners,
    kRaftVersionFeature,
  };
}

/** UpdateRaftVoterRequestListener at v0. */
function encUpdateRaftVoterRequestListenerV0(w: Writer, v: UpdateRaftVoterRequestListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** UpdateRaftVoterRequestListener at v0. */
function decUpdateRaftVoterRequestListenerV0(r: Reader): UpdateRaftVoterRequestListener {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    host,
    port,
  };
}

/** UpdateRaftVoterRequestKRaftVersionFeature at v0. */
function encUpdateRaftVoterRequestKRaftVersionFeatureV0(w: Writer, v: UpdateRaftVoterRequestKRaftVersionFeature): void {
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0); // no tagged fields
}

/** UpdateRaftVoterRequestKRaftVersionFeature at v0. */
function decUpdateRaftVoterRequestKRaftVersionFeatureV0(r: Reader): UpdateRaftVoterRequestKRaftVersionFeature {
  const minSupportedVersion = r.int16();
  const maxSupportedVersion = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    minSupportedVersion,
    maxSupportedVersion,
  };
}

/** UpdateRaftVoterRequest at versions 0. */
export const updateRaftVoterRequestCodec = new MessageCodec<UpdateRaftVoterRequest>(
  "UpdateRaftVoterRequest",
  0,
  [encUpdateRaftVoterRequestV0],
  [decUpdateRaftVoterRequestV0],
  newUpdateRaftVoterRequest,
);

/** UpdateRaftVoterResponse at v0. */
function encUpdateRaftVoterResponseV0(w: Writer, v: UpdateRaftVoterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  const $t1 = !(isDefaultUpdateRaftVoterResponseCurrentLeader(v.currentLeader));
  w.uvarint(($t1 ? 1 : 0));
  if ($t1) {
    w.uvarint(0);
    const $s2 = new Writer(64);
    encUpdateRaftVoterResponseCurrentLeaderV0($s2, v.currentLeader);
    w.uvarint($s2.length);
    w.writer($s2);
  }
}

/** UpdateRaftVoterResponse at v0. */
function decUpdateRaftVoterResponseV0(r: Reader): UpdateRaftVoterResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  let currentLeader: UpdateRaftVoterResponseCurrentLeader = newUpdateRaftVoterResponseCurrentLeader();
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        currentLeader = decUpdateRaftVoterResponseCurrentLeaderV0(r);
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    throttleTimeMs,
    errorCode,
    currentLeader,
  };
}

/** UpdateRaftVoterResponseCurrentLeader at v0. */
function encUpdateRaftVoterResponseCurrentLeaderV0(w: Writer, v: UpdateRaftVoterResponseCurrentLeader): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.compactString(v.host);
  w.int32(v.port);
  w.uvarint(0); // no tagged fields
}

/** UpdateRaftVoterResponseCurrentLeader at v0. */
function decUpdateRaftVoterResponseCurrentLeaderV0(r: Reader): UpdateRaftVoterResponseCurrentLeader {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const host = r.compactString();
  const port = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    leaderId,
    leaderEpoch,
    host,
    port,
  };
}

function isDefaultUpdateRaftVoterResponseCurrentLeader(v: UpdateRaftVoterResponseCurrentLeader): boolean {
  return v.leaderId === -1 &&
    v.leaderEpoch === -1 &&
    v.host === "" &&
    v.port === 0;
}

/** UpdateRaftVoterResponse at versions 0. */
export const updateRaftVoterResponseCodec = new MessageCodec<UpdateRaftVoterResponse>(
  "UpdateRaftVoterResponse",
  0,
  [encUpdateRaftVoterResponseV0],
  [decUpdateRaftVoterResponseV0],
  newUpdateRaftVoterResponse,
);
