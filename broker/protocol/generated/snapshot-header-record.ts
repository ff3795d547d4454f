// Kafka SnapshotHeaderRecord (embedded data, not a request): type and codec.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{SnapshotHeaderRecord.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** SnapshotHeaderRecord: data, versions 0, flexible 0. */
export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record (versions 0) */
  readonly version: number;
  /** The append time of the last record from the log contained in this snapshot (versions 0) */
  readonly lastContainedLogTimestamp: bigint;
}

/** A SnapshotHeaderRecord with every field at its spec default. */
export function newSnapshotHeaderRecord(): SnapshotHeaderRecord {
  return {
    version: 0,
    lastContainedLogTimestamp: 0n,
  };
}

/** SnapshotHeaderRecord at v0. */
function encSnapshotHeaderRecordV0(w: Writer, v: SnapshotHeaderRecord): void {
  w.int16(v.version);
  w.int64(v.lastContainedLogTimestamp);
  w.uvarint(0); // no tagged fields
}

/** SnapshotHeaderRecord at v0. */
function decSnapshotHeaderRecordV0(r: Reader): SnapshotHeaderRecord {
  const version = r.int16();
  const lastContainedLogTimestamp = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    version,
    lastContainedLogTimestamp,
  };
}

/** SnapshotHeaderRecord at versions 0. */
export const snapshotHeaderRecordCodec = new MessageCodec<SnapshotHeaderRecord>(
  "SnapshotHeaderRecord",
  0,
  [encSnapshotHeaderRecordV0],
  [decSnapshotHeaderRecordV0],
  newSnapshotHeaderRecord,
);
