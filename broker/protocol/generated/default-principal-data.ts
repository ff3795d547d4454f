// Kafka DefaultPrincipalData (embedded data, not a request): type and codec.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DefaultPrincipalData.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DefaultPrincipalData: data, versions 0, flexible 0. */
export interface DefaultPrincipalData {
  /** The principal type (versions 0) */
  readonly type: string;
  /** The principal name (versions 0) */
  readonly name: string;
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. (versions 0) */
  readonly tokenAuthenticated: boolean;
}

/** A DefaultPrincipalData with every field at its spec default. */
export function newDefaultPrincipalData(): DefaultPrincipalData {
  return {
    type: "",
    name: "",
    tokenAuthenticated: false,
  };
}

/** DefaultPrincipalData at v0. */
function encDefaultPrincipalDataV0(w: Writer, v: DefaultPrincipalData): void {
  w.compactString(v.type);
  w.compactString(v.name);
  w.bool(v.tokenAuthenticated);
  w.uvarint(0); // no tagged fields
}

/** DefaultPrincipalData at v0. */
function decDefaultPrincipalDataV0(r: Reader): DefaultPrincipalData {
  const type = r.compactString();
  const name = r.compactString();
  const tokenAuthenticated = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    type,
    name,
    tokenAuthenticated,
  };
}

/** DefaultPrincipalData at versions 0. */
export const defaultPrincipalDataCodec = new MessageCodec<DefaultPrincipalData>(
  "DefaultPrincipalData",
  0,
  [encDefaultPrincipalDataV0],
  [decDefaultPrincipalDataV0],
  newDefaultPrincipalData,
);
