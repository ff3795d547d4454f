// Kafka KRaftVersionRecord (embedded data, not a request): type and codec.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{KRaftVersionRecord.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** KRaftVersionRecord: data, versions 0, flexible 0. */
export interface KRaftVersionRecord {
  /** The version of the kraft version record (versions 0) */
  readonly version: number;
  /** The kraft protocol version (versions 0) */
  readonly kRaftVersion: number;
}

/** A KRaftVersionRecord with every field at its spec default. */
export function newKRaftVersionRecord(): KRaftVersionRecord {
  return {
    version: 0,
    kRaftVersion: 0,
  };
}

/** KRaftVersionRecord at v0. */
function encKRaftVersionRecordV0(w: Writer, v: KRaftVersionRecord): void {
  w.int16(v.version);
  w.int16(v.kRaftVersion);
  w.uvarint(0); // no tagged fields
}

/** KRaftVersionRecord at v0. */
function decKRaftVersionRecordV0(r: Reader): KRaftVersionRecord {
  const version = r.int16();
  const kRaftVersion = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    version,
    kRaftVersion,
  };
}

/** KRaftVersionRecord at versions 0. */
export const kRaftVersionRecordCodec = new MessageCodec<KRaftVersionRecord>(
  "KRaftVersionRecord",
  0,
  [encKRaftVersionRecordV0],
  [decKRaftVersionRecordV0],
  newKRaftVersionRecord,
);
