// Kafka SnapshotFooterRecord (embedded data, not a request): type and codec.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{SnapshotFooterRecord.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** SnapshotFooterRecord: data, versions 0, flexible 0. */
export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record (versions 0) */
  readonly version: number;
}

/** A SnapshotFooterRecord with every field at its spec default. */
export function newSnapshotFooterRecord(): SnapshotFooterRecord {
  return {
    version: 0,
  };
}

/** SnapshotFooterRecord at v0. */
function encSnapshotFooterRecordV0(w: Writer, v: SnapshotFooterRecord): void {
  w.int16(v.version);
  w.uvarint(0); // no tagged fields
}

/** SnapshotFooterRecord at v0. */
function decSnapshotFooterRecordV0(r: Reader): SnapshotFooterRecord {
  const version = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    version,
  };
}

/** SnapshotFooterRecord at versions 0. */
export const snapshotFooterRecordCodec = new MessageCodec<SnapshotFooterRecord>(
  "SnapshotFooterRecord",
  0,
  [encSnapshotFooterRecordV0],
  [decSnapshotFooterRecordV0],
  newSnapshotFooterRecord,
);
