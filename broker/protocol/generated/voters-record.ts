// Kafka VotersRecord (embedded data, not a request): type and codec.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{VotersRecord.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** VotersRecord: data, versions 0, flexible 0. */
export interface VotersRecord {
  /** The version of the voters record (versions 0) */
  readonly version: number;
  /** (versions 0) */
  readonly voters: readonly VotersRecordVoter[];
}

/** Voter in VotersRecord. */
export interface VotersRecordVoter {
  /** The replica id of the voter in the topic partition (versions 0) */
  readonly voterId: number;
  /** The directory id of the voter in the topic partition (versions 0) */
  readonly voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the voter (versions 0) */
  readonly endpoints: readonly VotersRecordEndpoint[];
  /** The range of versions of the protocol that the replica supports (versions 0) */
  readonly kRaftVersionFeature: VotersRecordKRaftVersionFeature;
}

/** Endpoint in VotersRecord. */
export interface VotersRecordEndpoint {
  /** The name of the endpoint (versions 0) */
  readonly name: string;
  /** The hostname (versions 0) */
  readonly host: string;
  /** The port (versions 0) */
  readonly port: number;
}

/** KRaftVersionFeature in VotersRecord. */
export interface VotersRecordKRaftVersionFeature {
  /** The minimum supported KRaft protocol version (versions 0) */
  readonly minSupportedVersion: number;
  /** The maximum supported KRaft protocol version (versions 0) */
  readonly maxSupportedVersion: number;
}

/** A VotersRecord with every field at its spec default. */
export function newVotersRecord(): VotersRecord {
  return {
    version: 0,
    voters: [],
  };
}

/** A VotersRecordVoter with every field at its spec default. */
export function newVotersRecordVoter(): VotersRecordVoter {
  return {
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    endpoints: [],
    kRaftVersionFeature: newVotersRecordKRaftVersionFeature(),
  };
}

/** A VotersRecordEndpoint with every field at its spec default. */
export function newVotersRecordEndpoint(): VotersRecordEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

/** A VotersRecordKRaftVersionFeature with every field at its spec default. */
export function newVotersRecordKRaftVersionFeature(): VotersRecordKRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

/** VotersRecord at v0. */
function encVotersRecordV0(w: Writer, v: VotersRecord): void {
  w.int16(v.version);
  {
    const $a1 = v.voters;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encVotersRecordVoterV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** VotersRecord at v0. */
function decVotersRecordV0(r: Reader): VotersRecord {
  const version = r.int16();
  const $n3 = r.compactArrayLength();
  const $a4: VotersRecordVoter[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decVotersRecordVoterV0(r));
  const voters = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    version,
    voters,
  };
}

/** VotersRecordVoter at v0. */
function encVotersRecordVoterV0(w: Writer, v: VotersRecordVoter): void {
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  {
    const $a6 = v.endpoints;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encVotersRecordEndpointV0(w, $a6[$i7]);
    }
  }
  encVotersRecordKRaftVersionFeatureV0(w, v.kRaftVersionFeature);
  w.uvarint(0); // no tagged fields
}

/** VotersRecordVoter at v0. */
function decVotersRecordVoterV0(r: Reader): VotersRecordVoter {
  const voterId = r.int32();
  const voterDirectoryId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: VotersRecordEndpoint[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decVotersRecordEndpointV0(r));
  const endpoints = $a9;
  const kRaftVersionFeature = decVotersRecordKRaftVersionFeatureV0(r);
  r.skipTaggedFields(); // none known in this version
  return {
    voterId,
    voterDirectoryId,
    endpoints,
    kRaftVersionFeature,
  };
}

/** VotersRecordEndpoint at v0. */
function encVotersRecordEndpointV0(w: Writer, v: VotersRecordEndpoint): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** VotersRecordEndpoint at v0. */
function decVotersRecordEndpointV0(r: Reader): VotersRecordEndpoint {
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

/** VotersRecordKRaftVersionFeature at v0. */
function encVotersRecordKRaftVersionFeatureV0(w: Writer, v: VotersRecordKRaftVersionFeature): void {
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0); // no tagged fields
}

/** VotersRecordKRaftVersionFeature at v0. */
function decVotersRecordKRaftVersionFeatureV0(r: Reader): VotersRecordKRaftVersionFeature {
  const minSupportedVersion = r.int16();
  const maxSupportedVersion = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    minSupportedVersion,
    maxSupportedVersion,
  };
}

/** VotersRecord at versions 0. */
export const votersRecordCodec = new MessageCodec<VotersRecord>(
  "VotersRecord",
  0,
  [encVotersRecordV0],
  [decVotersRecordV0],
  newVotersRecord,
);
