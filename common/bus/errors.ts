// Typed errors of the controller-worker event bus, with a wire code and a retriable flag.

/**
 * Codes that cross the wire in error replies and acks. A peer may send a code that this build
 * does not know (a newer release); `BusError.code` is therefore a plain string on receipt.
 */
export const busErrorCodes = {
  /** No reply or ack within the timeout. */
  timeout: 'timeout',
  /** The worker is not connected (never registered, lost, or its connection was replaced). */
  workerGone: 'worker_gone',
  /** The connection to the controller closed while a request was in flight. */
  disconnected: 'disconnected',
  /** The local bus endpoint was closed. */
  closed: 'closed',
  /** The handler of a request threw. */
  handlerError: 'handler_error',
  /** The handler of a request did not settle within its limit. */
  handlerTimeout: 'handler_timeout',
  /** The receiver knows the message type but registered no handler for it. */
  noHandler: 'no_handler',
  /** The receiver does not know the message type. */
  unknownType: 'unknown_type',
  /** The message type is known but may not be sent in this direction or with this kind. */
  wrongDirection: 'wrong_direction',
  /** The payload does not match the schema of its message type. */
  badPayload: 'bad_payload',
  /** A reply payload does not match the reply schema of its message type. */
  badReply: 'bad_reply',
  /** The frame is not a JSON envelope. */
  badFrame: 'bad_frame',
  /** The encoded frame exceeds the bus frame limit. */
  frameTooLarge: 'frame_too_large',
  /** The peer speaks another version of the bus protocol. */
  versionMismatch: 'version_mismatch',
  /** The peer sent something other than `worker.register` before registering. */
  notRegistered: 'not_registered',
  /** A bounded table (pending requests, in-flight handlers) is full. */
  overloaded: 'overloaded',
} as const;

export type BusErrorCode = (typeof busErrorCodes)[keyof typeof busErrorCodes];

/** The error object carried by a failed reply or ack. */
export interface WireError {
  readonly code: string;
  readonly message: string;
  readonly retriable: boolean;
}

export interface BusErrorOptions {
  readonly retriable?: boolean;
  readonly cause?: unknown;
}

/** Base class of every bus error: `code` is stable and machine-readable, `retriable` says whether retrying can help. */
export class BusError extends Error {
  readonly code: string;
  readonly retriable: boolean;
  constructor(code: string, message: string, options: BusErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BusError';
    this.code = code;
    this.retriable = options.retriable ?? false;
  }

  toWire(): WireError {
    return { code: this.code, message: this.message, retriable: this.retriable };
  }
}

/** No reply (or ack) arrived within `timeout_ms`. Retriable: the peer may just have been slow. */
export class BusTimeoutError extends BusError {
  readonly peer: string;
  readonly type: string;
  readonly timeout_ms: number;
  constructor(peer: string, type: string, timeout_ms: number) {
    super(busErrorCodes.timeout, `no reply from ${peer} to ${type} within ${timeout_ms} ms`, {
      retriable: true,
    });
    this.name = 'BusTimeoutError';
    this.peer = peer;
    this.type = type;
    this.timeout_ms = timeout_ms;
  }
}

/** The target worker is not connected, or went away while the request was in flight. */
export class BusWorkerGoneError extends BusError {
  readonly workerId: string;
  readonly reason: string;
  constructor(workerId: string, reason: string) {
    super(busErrorCodes.workerGone, `worker ${workerId} is gone: ${reason}`, { retriable: true });
    this.name = 'BusWorkerGoneError';
    this.workerId = workerId;
    this.reason = reason;
  }
}

/** The other side answered with an error reply; `code`, `message` and `retriable` are theirs. */
export class BusRemoteError extends BusError {
  readonly peer: string;
  readonly type: string;
  constructor(peer: string, type: string, wire: WireError) {
    super(wire.code, `${peer} failed ${type}: ${wire.message}`, { retriable: wire.retriable });
    this.name = 'BusRemoteError';
    this.peer = peer;
    this.type = type;
  }
}

/** This bus endpoint was closed; nothing more will be sent or received. */
export class BusClosedError extends BusError {
  constructor(what: string) {
    super(busErrorCodes.closed, `${what} is closed`);
    this.name = 'BusClosedError';
  }
}

/** A frame broke the protocol (not JSON, wrong version, wrong shape, too large). */
export class BusProtocolError extends BusError {
  constructor(code: BusErrorCode, message: string, options: BusErrorOptions = {}) {
    super(code, message, options);
    this.name = 'BusProtocolError';
  }
}

/** A payload about to be sent does not match its schema: a bug in the sender. */
export class BusPayloadError extends BusError {
  readonly type: string;
  constructor(type: string, detail: string) {
    super(busErrorCodes.badPayload, `invalid ${type} payload: ${detail}`);
    this.name = 'BusPayloadError';
    this.type = type;
  }
}

/** A bounded table is full; the caller should back off and retry. */
export class BusOverloadedError extends BusError {
  constructor(what: string, limit: number) {
    super(busErrorCodes.overloaded, `${what} is full (limit ${limit}); retry later`, { retriable: true });
    this.name = 'BusOverloadedError';
  }
}

/** Turns anything thrown by a handler into the error a reply carries. */
export function toWireError(error: unknown, fallbackCode: string = busErrorCodes.handlerError): WireError {
  if (error instanceof BusError) return error.toWire();
  if (error instanceof Error) {
    const retriable = (error as { retriable?: unknown }).retriable === true;
    return { code: fallbackCode, message: error.message || error.name, retriable };
  }
  return { code: fallbackCode, message: String(error), retriable: false };
}
