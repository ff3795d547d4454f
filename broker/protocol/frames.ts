// Request and response frames: size prefix and header around the generated body codecs.
//
// A frame on the wire is an int32 size followed by that many bytes: header, then body
// (https://kafka.apache.org/protocol#protocol_common). The functions here take a frame *without*
// its size prefix when decoding, and return one *with* it when encoding.
import { Reader, Writer } from './buffer.ts';
import { ErrorCode, KafkaProtocolError } from './errors.ts';
import {
  type ApiKey,
  apiByKey,
  apiTable,
  type RequestBodies,
  type ResponseBodies,
} from './generated/api-table.ts';
import { type RequestHeader, requestHeaderCodec } from './generated/request-header.ts';
import { type ResponseHeader, responseHeaderCodec } from './generated/response-header.ts';

/** A decoded request, discriminated by api key: `switch (request.apiKey)` narrows `body`. */
export type DecodedRequest = {
  [K in ApiKey]: {
    readonly apiKey: K;
    readonly apiVersion: number;
    readonly header: RequestHeader;
    readonly body: RequestBodies[K];
  };
}[ApiKey];

/**
 * The request's api key is unknown or its version is outside the valid range. `header` is decoded,
 * so the server can answer: an ApiVersions request gets an ApiVersions v0 response with
 * UNSUPPORTED_VERSION (KIP-511); anything else closes the connection, as Kafka does.
 */
export class UnsupportedRequestError extends KafkaProtocolError {
  readonly header: RequestHeader;
  constructor(header: RequestHeader, detail: string) {
    super(ErrorCode.UNSUPPORTED_VERSION, detail);
    this.name = 'UnsupportedRequestError';
    this.header = header;
  }
}

/** Request header version for an api key and version; unknown api keys are read as header v1. */
export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  return apiByKey(apiKey)?.requestHeaderVersion(apiVersion) ?? 1;
}

/** Response header version for an api key and version (ApiVersions is always v0, KIP-511). */
export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  return apiByKey(apiKey)?.responseHeaderVersion(apiVersion) ?? 0;
}

/**
 * Reads a request header. The api key and version come first in every header version and decide
 * which header version the rest uses; a request with an unknown api key is read as header v1
 * (correlation id and client id sit at the same place in v1 and v2).
 */
export function decodeRequestHeader(reader: Reader): RequestHeader {
  const start = reader.offset;
  const apiKey = reader.int16();
  const apiVersion = reader.int16();
  reader.offset = start;
  return requestHeaderCodec.decode(reader, requestHeaderVersion(apiKey, apiVersion));
}

/**
 * Decodes a request frame (the bytes after the 4-byte size prefix). Body Buffers (records) are views
 * into `frame`. Throws ProtocolDecodeError for malformed bytes (close the connection) and
 * UnsupportedRequestError for an unknown api key or version.
 */
export function decodeRequest(frame: Buffer): DecodedRequest {
  const reader = new Reader(frame);
  const header = decodeRequestHeader(reader);
  const api = apiByKey(header.requestApiKey);
  if (api === undefined) {
    throw new UnsupportedRequestError(header, `unknown api key ${header.requestApiKey}`);
  }
  if (!api.supports(header.requestApiVersion)) {
    throw new UnsupportedRequestError(
      header,
      `${api.name} version ${header.requestApiVersion} is not supported (valid versions ${api.minVersion}-${api.maxVersion})`,
    );
  }
  const body = api.request.decode(reader, header.requestApiVersion);
  return { apiKey: api.apiKey, apiVersion: header.requestApiVersion, header, body } as DecodedRequest;
}

/** Appends a response header of `headerVersion` (0: correlation id; 1: plus a tagged-field section). */
export function encodeResponseHeader(writer: Writer, headerVersion: number, correlationId: number): void {
  responseHeaderCodec.encode(writer, { correlationId }, headerVersion);
}

export function decodeResponseHeader(reader: Reader, headerVersion: number): ResponseHeader {
  return responseHeaderCodec.decode(reader, headerVersion);
}

function finishFrame(writer: Writer): Buffer[] {
  const chunks = writer.toChunks();
  // The first chunk starts with the 4 bytes reserved for the size: patch them in place.
  chunks[0].writeInt32BE(writer.length - 4, 0);
  return chunks;
}

function checkVersion(apiKey: number, apiVersion: number, supported: boolean, name: string): void {
  if (!supported) {
    throw new KafkaProtocolError(
      ErrorCode.UNSUPPORTED_VERSION,
      `cannot encode ${name} (api key ${apiKey}) at version ${apiVersion}`,
    );
  }
}

/**
 * Encodes a response frame, size prefix included, as chunks: write them in order (e.g. inside
 * `socket.cork()`), or `Buffer.concat` them. Record Buffers in `body` are referenced, not copied,
 * so they must not change until the chunks are written.
 */
export function encodeResponse<K extends ApiKey>(
  apiKey: K,
  apiVersion: number,
  correlationId: number,
  body: ResponseBodies[K],
): Buffer[] {
  const api = apiTable[apiKey];
  checkVersion(apiKey, apiVersion, api.supports(apiVersion), `${api.name}Response`);
  const writer = new Writer(512);
  writer.int32(0);
  encodeResponseHeader(writer, api.responseHeaderVersion(apiVersion), correlationId);
  api.response.encode(writer, body, apiVersion);
  return finishFrame(writer);
}

/** Encodes a request frame, size prefix included (for clients, tests and internal tools). */
export function encodeRequest<K extends ApiKey>(
  apiKey: K,
  apiVersion: number,
  correlationId: number,
  clientId: string | null,
  body: RequestBodies[K],
): Buffer[] {
  const api = apiTable[apiKey];
  checkVersion(apiKey, apiVersion, api.supports(apiVersion), `${api.name}Request`);
  const writer = new Writer(512);
  writer.int32(0);
  const header: RequestHeader = {
    requestApiKey: apiKey,
    requestApiVersion: apiVersion,
    correlationId,
    clientId,
  };
  requestHeaderCodec.encode(writer, header, api.requestHeaderVersion(apiVersion));
  api.request.encode(writer, body, apiVersion);
  return finishFrame(writer);
}

/** Decodes a response frame (without its size prefix) to the request of `apiKey` at `apiVersion`. */
export function decodeResponse<K extends ApiKey>(
  apiKey: K,
  apiVersion: number,
  frame: Buffer,
): { readonly correlationId: number; readonly body: ResponseBodies[K] } {
  const api = apiTable[apiKey];
  const reader = new Reader(frame);
  const { correlationId } = decodeResponseHeader(reader, api.responseHeaderVersion(apiVersion));
  const body = api.response.decode(reader, apiVersion);
  return { correlationId, body };
}
