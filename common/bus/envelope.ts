// The versioned wire envelope of the event bus: schema, frame encoding and decoding, message ids.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { BusProtocolError, busErrorCodes, type WireError } from './errors.ts';

/** Version of the envelope and of the registration handshake; bumped on any incompatible change. */
export const busProtocolVersion = 1;

/** Largest frame either side sends or accepts; `ws` closes a connection that exceeds it (1009). */
export const defaultMaxFrame_bytes = 1024 * 1024;

const maxIdLength = 128;
const maxTypeLength = 128;
const maxErrorMessageLength = 4096;

export const envelopeKinds = ['request', 'reply', 'event', 'publish', 'ack'] as const;
export type EnvelopeKind = (typeof envelopeKinds)[number];

const zId = z.string().min(1).max(maxIdLength);

export const wireErrorSchema = z.object({
  code: z.string().min(1).max(64),
  message: z.string().max(maxErrorMessageLength),
  retriable: z.boolean(),
});

const base = {
  v: z.literal(busProtocolVersion),
  id: zId,
  type: z.string().min(1).max(maxTypeLength),
  ts_ms: z.number().int().nonnegative(),
  payload: z.unknown(),
};

/** An answer (`reply` to a request, `ack` to a publish) either succeeded or carries an error. */
const answerSchema = (kind: 'reply' | 'ack') =>
  z.discriminatedUnion('ok', [
    z.object({ ...base, kind: z.literal(kind), correlationId: zId, ok: z.literal(true) }),
    z.object({
      ...base,
      kind: z.literal(kind),
      correlationId: zId,
      ok: z.literal(false),
      error: wireErrorSchema,
    }),
  ]);

export const envelopeSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('request') }),
  z.object({ ...base, kind: z.literal('publish') }),
  z.object({ ...base, kind: z.literal('event') }),
  answerSchema('reply'),
  answerSchema('ack'),
]);

export type Envelope = z.output<typeof envelopeSchema>;
/** A frame that expects an answer: `request` expects a `reply`, `publish` expects an `ack`. */
export type AskEnvelope = Extract<Envelope, { kind: 'request' | 'publish' }>;
export type EventEnvelope = Extract<Envelope, { kind: 'event' }>;
export type AnswerEnvelope = Extract<Envelope, { kind: 'reply' | 'ack' }>;

/** Unique-enough message ids: a random per-process prefix and a counter, cheap enough for every frame. */
export function createIdSource(label = ''): () => string {
  const prefix = `${label}${randomBytes(4).toString('hex')}-`;
  let counter = 0;
  return () => prefix + (++counter).toString(36);
}

export function askEnvelope(
  kind: 'request' | 'publish',
  id: string,
  type: string,
  payload: unknown,
): AskEnvelope {
  return { v: busProtocolVersion, kind, id, type, ts_ms: Date.now(), payload };
}

export function eventEnvelope(id: string, type: string, payload: unknown): EventEnvelope {
  return { v: busProtocolVersion, kind: 'event', id, type, ts_ms: Date.now(), payload };
}

/** The answer kind that a frame of `kind` expects. */
export function answerKindFor(kind: 'request' | 'publish'): 'reply' | 'ack' {
  return kind === 'request' ? 'reply' : 'ack';
}

export function answerOk(
  kind: 'reply' | 'ack',
  id: string,
  correlationId: string,
  type: string,
  payload: unknown,
): AnswerEnvelope {
  return { v: busProtocolVersion, kind, id, correlationId, type, ts_ms: Date.now(), ok: true, payload };
}

export function answerError(
  kind: 'reply' | 'ack',
  id: string,
  correlationId: string,
  type: string,
  error: WireError,
): AnswerEnvelope {
  const message =
    error.message.length > maxErrorMessageLength
      ? `${error.message.slice(0, maxErrorMessageLength - 3)}...`
      : error.message;
  return {
    v: busProtocolVersion,
    kind,
    id,
    correlationId,
    // An answer to a frame whose type could not be read still needs a valid type.
    type: type.length > 0 && type.length <= maxTypeLength ? type : 'unknown',
    ts_ms: Date.now(),
    ok: false,
    error: { code: error.code.slice(0, 64), message, retriable: error.retriable },
    payload: null,
  };
}

/** Serialises an envelope; refuses frames over the limit instead of letting the peer drop the connection. */
export function encodeFrame(envelope: Envelope, maxFrame_bytes = defaultMaxFrame_bytes): string {
  const text = JSON.stringify(envelope);
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so short frames skip the byte count.
  if (text.length * 3 > maxFrame_bytes && Buffer.byteLength(text, 'utf8') > maxFrame_bytes) {
    throw new BusProtocolError(
      busErrorCodes.frameTooLarge,
      `${envelope.kind} ${envelope.type} frame is ${Buffer.byteLength(text, 'utf8')} bytes, over the bus limit of ${maxFrame_bytes} bytes; send less per message`,
    );
  }
  return text;
}

export type DecodeResult =
  | { readonly ok: true; readonly envelope: Envelope }
  | {
      readonly ok: false;
      readonly error: BusProtocolError;
      /** What could be read of a broken frame, so that a request can still get an error reply. */
      readonly id?: string;
      readonly kind?: string;
      readonly type?: string;
    };

function frameText(data: string | Buffer | ArrayBuffer | readonly Buffer[]): string {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

/** The first few issues of a zod error, as one line for an error message. */
export function describeZodIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** What can be read of a broken frame, so that a request can still get an error reply. */
function readableFields(fields: Record<string, unknown>): { id?: string; kind?: string; type?: string } {
  return {
    ...(typeof fields.id === 'string' && fields.id.length <= maxIdLength ? { id: fields.id } : {}),
    ...(typeof fields.kind === 'string' ? { kind: fields.kind } : {}),
    ...(typeof fields.type === 'string' ? { type: fields.type } : {}),
  };
}

/** Parses and validates one frame. Never throws: a broken frame yields an error saying what was wrong. */
export function decodeFrame(
  data: string | Buffer | ArrayBuffer | readonly Buffer[],
  maxFrame_bytes = defaultMaxFrame_bytes,
): DecodeResult {
  const text = frameText(data);
  if (text.length > maxFrame_bytes) {
    return {
      ok: false,
      error: new BusProtocolError(
        busErrorCodes.frameTooLarge,
        `frame of ${text.length} characters exceeds the bus limit of ${maxFrame_bytes} bytes`,
      ),
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: new BusProtocolError(
        busErrorCodes.badFrame,
        `frame is not JSON (${(error as Error).message}): ${JSON.stringify(text.slice(0, 60))}`,
      ),
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      error: new BusProtocolError(busErrorCodes.badFrame, 'frame is not a JSON object envelope'),
    };
  }
  const fields = raw as Record<string, unknown>;
  if (fields.v !== busProtocolVersion) {
    return {
      ok: false,
      ...readableFields(fields),
      error: new BusProtocolError(
        busErrorCodes.versionMismatch,
        `frame speaks bus protocol version ${JSON.stringify(fields.v)}, this side speaks ${busProtocolVersion}; run the same longhaul release on the controller and the workers`,
      ),
    };
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      ...readableFields(fields),
      error: new BusProtocolError(
        busErrorCodes.badFrame,
        `invalid envelope: ${describeZodIssues(parsed.error)}`,
      ),
    };
  }
  return { ok: true, envelope: parsed.data };
}
