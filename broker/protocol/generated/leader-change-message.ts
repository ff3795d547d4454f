// Kafka LeaderChangeMessage (embedded data, not a request): type and codec.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{LeaderChangeMessage.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** LeaderChangeMessage: data, versions 0-1, flexible 0-1. */
export interface LeaderChangeMessage {
  /** The version of the leader change message (versions 0-1) */
  readonly version: number;
  /** The ID of the newly elected leader (versions 0-1) */
  readonly leaderId: number;
  /** The set of voters in the quorum for this epoch (versions 0-1) */
  readonly voters: readonly LeaderChangeMessageVoter[];
  /** The voters who voted for the leader at the time of election (versions 0-1) */
  readonly grantingVoters: readonly LeaderChangeMessageVoter[];
}

/** Voter in LeaderChangeMessage. */
export interface LeaderChangeMessageVoter {
  /** (versions 0-1) */
  readonly voterId: number;
  /** The directory id of the voter (versions 1) */
  readonly voterDirectoryId: string;
}

/** A LeaderChangeMessage with every field at its spec default. */
export function newLeaderChangeMessage(): LeaderChangeMessage {
  return {
    version: 0,
    leaderId: 0,
    voters: [],
    grantingVoters: [],
  };
}

/** A LeaderChangeMessageVoter with every field at its spec default. */
export function newLeaderChangeMessageVoter(): LeaderChangeMessageVoter {
  return {
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
  };
}

/** LeaderChangeMessage at v0. */
function encLeaderChangeMessageV0(w: Writer, v: LeaderChangeMessage): void {
  w.int16(v.version);
  w.int32(v.leaderId);
  {
    const $a1 = v.voters;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encLeaderChangeMessageVoterV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.grantingVoters;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encLeaderChangeMessageVoterV0(w, $a3[$i4]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderChangeMessage at v0. */
function decLeaderChangeMessageV0(r: Reader): LeaderChangeMessage {
  const version = r.int16();
  const leaderId = r.int32();
  const $n5 = r.compactArrayLength();
  const $a6: LeaderChangeMessageVoter[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decLeaderChangeMessageVoterV0(r));
  const voters = $a6;
  const $n8 = r.compactArrayLength();
  const $a9: LeaderChangeMessageVoter[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decLeaderChangeMessageVoterV0(r));
  const grantingVoters = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    version,
    leaderId,
    voters,
    grantingVoters,
  };
}

/** LeaderChangeMessage at v1. */
function encLeaderChangeMessageV1(w: Writer, v: LeaderChangeMessage): void {
  w.int16(v.version);
  w.int32(v.leaderId);
  {
    const $a11 = v.voters;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encLeaderChangeMessageVoterV1(w, $a11[$i12]);
    }
  }
  {
    const $a13 = v.grantingVoters;
    w.compactArrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      encLeaderChangeMessageVoterV1(w, $a13[$i14]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderChangeMessage at v1. */
function decLeaderChangeMessageV1(r: Reader): LeaderChangeMessage {
  const version = r.int16();
  const leaderId = r.int32();
  const $n15 = r.compactArrayLength();
  const $a16: LeaderChangeMessageVoter[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decLeaderChangeMessageVoterV1(r));
  const voters = $a16;
  const $n18 = r.compactArrayLength();
  const $a19: LeaderChangeMessageVoter[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decLeaderChangeMessageVoterV1(r));
  const grantingVoters = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    version,
    leaderId,
    voters,
    grantingVoters,
  };
}

/** LeaderChangeMessageVoter at v0. */
function encLeaderChangeMessageVoterV0(w: Writer, v: LeaderChangeMessageVoter): void {
  w.int32(v.voterId);
  w.uvarint(0); // no tagged fields
}

/** LeaderChangeMessageVoter at v0. */
function decLeaderChangeMessageVoterV0(r: Reader): LeaderChangeMessageVoter {
  const voterId = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    voterId,
    voterDirectoryId: ZERO_UUID,
  };
}

/** LeaderChangeMessageVoter at v1. */
function encLeaderChangeMessageVoterV1(w: Writer, v: LeaderChangeMessageVoter): void {
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  w.uvarint(0); // no tagged fields
}

/** LeaderChangeMessageVoter at v1. */
function decLeaderChangeMessageVoterV1(r: Reader): LeaderChangeMessageVoter {
  const voterId = r.int32();
  const voterDirectoryId = r.uuid();
  r.skipTaggedFields(); // none known in this version
  return {
    voterId,
    voterDirectoryId,
  };
}

/** LeaderChangeMessage at versions 0-1. */
export const leaderChangeMessageCodec = new MessageCodec<LeaderChangeMessage>(
  "LeaderChangeMessage",
  0,
  [encLeaderChangeMessageV0, encLeaderChangeMessageV1],
  [decLeaderChangeMessageV0, decLeaderChangeMessageV1],
  newLeaderChangeMessage,
);
