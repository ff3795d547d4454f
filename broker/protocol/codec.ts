// The shapes generated code plugs into: a message codec per message and an API definition per api key.
import { ProtocolEncodeError, type Reader, type Writer } from './buffer.ts';
import { KafkaProtocolError } from './errors.ts';

/** Generated encoders throw this when a field holds null in a version where it is not nullable. */
export function nullNotAllowed(field: string): ProtocolEncodeError {
  return new ProtocolEncodeError(`${field} is null, but the field is not nullable in this version`);
}

export type Encoder<T> = (writer: Writer, value: T) => void;
export type Decoder<T> = (reader: Reader) => T;

/** Encoder and decoder of one message (e.g. ProduceRequest) at each of its valid versions. */
export class MessageCodec<T> {
  readonly name: string;
  readonly minVersion: number;
  readonly maxVersion: number;
  /** Indexed by `version - minVersion`; each entry is straight-line code for that version's layout. */
  private readonly encoders: readonly Encoder<T>[];
  private readonly decoders: readonly Decoder<T>[];
  /** A new value with every field at its spec default. */
  readonly create: () => T;

  constructor(
    name: string,
    minVersion: number,
    encoders: readonly Encoder<T>[],
    decoders: readonly Decoder<T>[],
    create: () => T,
  ) {
    this.name = name;
    this.minVersion = minVersion;
    this.maxVersion = minVersion + encoders.length - 1;
    this.encoders = encoders;
    this.decoders = decoders;
    this.create = create;
  }

  supports(version: number): boolean {
    return Number.isInteger(version) && version >= this.minVersion && version <= this.maxVersion;
  }

  private unsupported(version: number): KafkaProtocolError {
    return new KafkaProtocolError(
      35,
      `${this.name} version ${version} is not supported (valid versions ${this.minVersion}-${this.maxVersion})`,
    );
  }

  /** Appends `value` encoded at `version`; fields the version does not have are left out. */
  encode(writer: Writer, value: T, version: number): void {
    if (!this.supports(version)) throw this.unsupported(version);
    this.encoders[version - this.minVersion](writer, value);
  }

  /** Reads one value at `version`; fields the version does not have get their spec defaults. */
  decode(reader: Reader, version: number): T {
    if (!this.supports(version)) throw this.unsupported(version);
    return this.decoders[version - this.minVersion](reader);
  }
}

export interface ApiDefinitionInit<Req, Res> {
  readonly apiKey: number;
  readonly name: string;
  readonly minVersion: number;
  readonly maxVersion: number;
  /** The first flexible version (compact encodings, tagged fields), or null when no version is flexible. */
  readonly firstFlexibleVersion: number | null;
  readonly deprecatedVersions: readonly [number, number] | null;
  readonly latestVersionUnstable: boolean;
  readonly listeners: readonly string[];
  /** Versions up to this one use request header v0 (only ControlledShutdown v0), else -1. */
  readonly requestHeaderV0MaxVersion: number;
  /** ApiVersionsResponse always uses response header v0 so that any client can read it (KIP-511). */
  readonly responseHeaderAlwaysV0: boolean;
  readonly request: MessageCodec<Req>;
  readonly response: MessageCodec<Res>;
}

/** One Kafka API (api key): its versions, header rules and request/response codecs. */
export class ApiDefinition<Req, Res> {
  readonly apiKey: number;
  readonly name: string;
  readonly minVersion: number;
  readonly maxVersion: number;
  readonly firstFlexibleVersion: number | null;
  readonly deprecatedVersions: readonly [number, number] | null;
  readonly latestVersionUnstable: boolean;
  readonly listeners: readonly string[];
  readonly request: MessageCodec<Req>;
  readonly response: MessageCodec<Res>;
  private readonly requestHeaderV0MaxVersion: number;
  private readonly responseHeaderAlwaysV0: boolean;

  constructor(init: ApiDefinitionInit<Req, Res>) {
    this.apiKey = init.apiKey;
    this.name = init.name;
    this.minVersion = init.minVersion;
    this.maxVersion = init.maxVersion;
    this.firstFlexibleVersion = init.firstFlexibleVersion;
    this.deprecatedVersions = init.deprecatedVersions;
    this.latestVersionUnstable = init.latestVersionUnstable;
    this.listeners = init.listeners;
    this.request = init.request;
    this.response = init.response;
    this.requestHeaderV0MaxVersion = init.requestHeaderV0MaxVersion;
    this.responseHeaderAlwaysV0 = init.responseHeaderAlwaysV0;
  }

  supports(apiVersion: number): boolean {
    return Number.isInteger(apiVersion) && apiVersion >= this.minVersion && apiVersion <= this.maxVersion;
  }

  /** Flexible versions use compact strings, arrays and bytes, and carry tagged-field sections (KIP-482). */
  isFlexible(apiVersion: number): boolean {
    return this.firstFlexibleVersion !== null && apiVersion >= this.firstFlexibleVersion;
  }

  /**
   * Request header version for `apiVersion`: 2 when flexible, else 1; 0 for ControlledShutdown v0.
   * Defined for versions above maxVersion too, so that a too-new request's header can still be read.
   */
  requestHeaderVersion(apiVersion: number): number {
    if (apiVersion >= 0 && apiVersion <= this.requestHeaderV0MaxVersion) return 0;
    return this.isFlexible(apiVersion) ? 2 : 1;
  }

  /** Response header version for `apiVersion`: 1 when flexible, else 0; always 0 for ApiVersions. */
  responseHeaderVersion(apiVersion: number): number {
    if (this.responseHeaderAlwaysV0) return 0;
    return this.isFlexible(apiVersion) ? 1 : 0;
  }
}
