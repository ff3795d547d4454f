// The controller end of the event bus: a WebSocket endpoint at /bus on the controller's HTTP server.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import { hostname } from 'node:os';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import {
  type AnswerEnvelope,
  type AskEnvelope,
  answerError,
  answerKindFor,
  answerOk,
  askEnvelope,
  busProtocolVersion,
  createIdSource,
  decodeFrame,
  defaultMaxFrame_bytes,
  describeZodIssues,
  type EventEnvelope,
  encodeFrame,
} from '../../common/bus/envelope.ts';
import {
  BusClosedError,
  BusPayloadError,
  BusProtocolError,
  BusRemoteError,
  BusWorkerGoneError,
  busErrorCodes,
  toWireError,
  type WireError,
} from '../../common/bus/errors.ts';
import {
  busMessages,
  type CommandType,
  type ControllerInfo,
  messageDef,
  type Payload,
  type PayloadInput,
  type RegisterPayload,
  type Reply,
  type ReplyInput,
  type WorkerEventType,
  type WorkerRequestType,
} from '../../common/bus/messages.ts';
import { PendingReplies } from '../../common/bus/pending.ts';
import { assert } from '../../common/errors.ts';
import { createLogger, type Logger } from '../../common/log.ts';
import { PendingPublishes, type PublishResult } from './publishes.ts';
import { type WorkerInfo, WorkerRegistry, type WorkerSelector } from './registry.ts';

export type { PublishResult } from './publishes.ts';
export type { WorkerInfo, WorkerSelector, WorkerState } from './registry.ts';

export const busServerDefaults = {
  path: '/bus',
  heartbeat_ms: 1000,
  /** lostAfter_ms defaults to this many heartbeat intervals. */
  lostAfterHeartbeats: 3,
  requestTimeout_ms: 5000,
  registerTimeout_ms: 5000,
  maxBuffered_bytes: 4 * 1024 * 1024,
  maxFrame_bytes: defaultMaxFrame_bytes,
  maxConnections: 10_000,
  maxPendingRequests: 10_000,
  maxPendingPublishes: 1000,
  maxInflightHandlers: 10_000,
  maxLostWorkers: 10_000,
} as const;

export interface BusServerOptions {
  /** The controller's HTTP server (REST, /metrics); the bus takes upgrades on `path` only. */
  readonly server: Server;
  readonly path?: string;
  readonly controllerId?: string;
  /** The heartbeat interval workers are told to keep. */
  readonly heartbeat_ms?: number;
  /** A worker silent for this long is declared lost. */
  readonly lostAfter_ms?: number;
  /** Default timeout of `request` and `publish`. */
  readonly requestTimeout_ms?: number;
  /** A connection that has not sent `worker.register` within this is closed. */
  readonly registerTimeout_ms?: number;
  /** A worker whose socket buffers more than this is slow, and is declared lost. */
  readonly maxBuffered_bytes?: number;
  readonly maxFrame_bytes?: number;
  readonly maxConnections?: number;
  readonly maxPendingRequests?: number;
  readonly maxPendingPublishes?: number;
  /** In-flight handlers of worker requests (`handle`); beyond it workers get `overloaded`. */
  readonly maxInflightHandlers?: number;
  /** Lost workers remembered for reconnects and the REST API; the oldest are forgotten first. */
  readonly maxLostWorkers?: number;
  readonly logger?: Logger;
}

export interface RequestOptions {
  readonly timeout_ms?: number;
}

/** An event sent by a worker, validated against its registered schema. */
export type BusWorkerEvent = {
  [T in WorkerEventType]: {
    readonly workerId: string;
    readonly type: T;
    readonly payload: Payload<T>;
    /** The worker's clock when it emitted the event (it may have been queued while disconnected). */
    readonly ts_ms: number;
  };
}[WorkerEventType];

export interface BusServerEvents {
  'worker-registered': [info: WorkerInfo];
  /** A known worker registered again: after it was lost, or from a new connection that replaced its old one. */
  'worker-reconnected': [info: WorkerInfo];
  'worker-lost': [info: WorkerInfo];
  event: [event: BusWorkerEvent];
}

/** Handles a worker -> controller request type other than the built-in register and heartbeat. */
export type WorkerRequestHandler<T extends WorkerRequestType> = (
  payload: Payload<T>,
  context: { readonly workerId: string },
) => ReplyInput<T> | Promise<ReplyInput<T>>;

export interface BusServerStats {
  readonly connections: number;
  readonly workersConnected: number;
  readonly workersLost: number;
  readonly pendingRequests: number;
  readonly pendingPublishes: number;
  readonly protocolErrors: number;
}

/** WebSocket close codes of the bus (4000-4999 is the application range). */
export const busCloseCodes = {
  badFrame: 4000,
  registerTimeout: 4001,
  versionMismatch: 4002,
  notRegistered: 4003,
  replaced: 4004,
} as const;

interface Connection {
  readonly ws: WebSocket;
  /**
   * The TCP socket under `ws`, for publishes: one pre-framed buffer written to every socket
   * instead of a `ws.send` per socket (see `textFrame`).
   */
  readonly socket: Duplex;
  readonly remote: string;
  workerId: string | undefined;
  registerTimer: NodeJS.Timeout | undefined;
  protocolErrors: number;
  /** We decided to close it: frames still arriving are ignored. */
  closing: boolean;
}

const builtInWorkerRequests = new Set<string>(['worker.register', 'worker.heartbeat']);

/** Close reasons are limited to 123 bytes by RFC 6455. */
function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason, 'utf8') > 123) reason = reason.slice(0, -4);
  return reason;
}

/**
 * One unmasked, unfragmented text frame (RFC 6455 section 5.2) carrying `payload`. Server frames
 * are not masked, so a publish frames its envelope once and writes the same bytes to every
 * socket: at a thousand workers that saves a header allocation, a cork/uncork and a two-buffer
 * `writev` per socket (the write syscall itself is most of the fan-out's cost). Writing beside
 * `ws` is safe because without permessage-deflate its sender writes each frame synchronously
 * and never queues one, so frames cannot interleave.
 */
export function textFrame(payload: Buffer): Buffer {
  const length = payload.length;
  const header_bytes = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header_bytes + length);
  frame[0] = 0x81; // FIN + opcode 1 (text)
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  payload.copy(frame, header_bytes);
  return frame;
}

function rejectUpgrade(socket: Duplex, status: number, text: string): void {
  socket.once('error', () => {});
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Tracks the workers connected to this controller and talks to them: typed requests with a reply,
 * publishes that every targeted worker must ack, events from workers, and loss detection
 * (closed connection, heartbeat silence, or a socket that buffers beyond its limit).
 */
export class BusServer extends EventEmitter<BusServerEvents> {
  readonly path: string;
  readonly controllerId: string;
  readonly heartbeat_ms: number;
  readonly lostAfter_ms: number;
  readonly requestTimeout_ms: number;
  readonly registerTimeout_ms: number;
  readonly maxBuffered_bytes: number;
  readonly maxFrame_bytes: number;
  readonly maxConnections: number;
  readonly maxInflightHandlers: number;

  private readonly log: Logger;
  private readonly httpServer: Server;
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<Connection>();
  private readonly byWorker = new Map<string, Connection>();
  private readonly registry: WorkerRegistry;
  private readonly requests: PendingReplies;
  private readonly publishes: PendingPublishes;
  private readonly handlers = new Map<string, WorkerRequestHandler<WorkerRequestType>>();
  private readonly nextId = createIdSource('c');
  private readonly monitor: NodeJS.Timeout;
  private readonly monitorInterval_ms: number;
  private readonly onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
  private lastCheck_ms = Date.now();
  private graceUntil_ms = 0;
  private inflightHandlers = 0;
  private protocolErrors = 0;
  private closed = false;

  constructor(options: BusServerOptions) {
    super();
    const d = busServerDefaults;
    this.path = options.path ?? d.path;
    this.controllerId = options.controllerId ?? `controller-${hostname()}-${process.pid}`;
    this.heartbeat_ms = options.heartbeat_ms ?? d.heartbeat_ms;
    this.lostAfter_ms = options.lostAfter_ms ?? this.heartbeat_ms * d.lostAfterHeartbeats;
    this.requestTimeout_ms = options.requestTimeout_ms ?? d.requestTimeout_ms;
    this.registerTimeout_ms = options.registerTimeout_ms ?? d.registerTimeout_ms;
    this.maxBuffered_bytes = options.maxBuffered_bytes ?? d.maxBuffered_bytes;
    this.maxFrame_bytes = options.maxFrame_bytes ?? d.maxFrame_bytes;
    this.maxConnections = options.maxConnections ?? d.maxConnections;
    this.maxInflightHandlers = options.maxInflightHandlers ?? d.maxInflightHandlers;
    if (this.lostAfter_ms <= this.heartbeat_ms) {
      throw new Error(
        `bus lostAfter_ms (${this.lostAfter_ms}) must exceed heartbeat_ms (${this.heartbeat_ms}), or every worker is lost between two heartbeats`,
      );
    }
    this.log = options.logger ?? createLogger({ name: 'bus' });
    this.registry = new WorkerRegistry(options.maxLostWorkers ?? d.maxLostWorkers);
    this.requests = new PendingReplies(
      'pending bus request table',
      options.maxPendingRequests ?? d.maxPendingRequests,
    );
    this.publishes = new PendingPublishes(options.maxPendingPublishes ?? d.maxPendingPublishes);
    this.httpServer = options.server;
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      maxPayload: this.maxFrame_bytes,
      perMessageDeflate: false,
    });
    this.onUpgrade = (request, socket, head) => this.upgrade(request, socket, head);
    this.httpServer.on('upgrade', this.onUpgrade);
    // Checking ten times per loss window bounds detection to lostAfter_ms * 1.1.
    this.monitorInterval_ms = Math.max(20, Math.min(500, Math.floor(this.lostAfter_ms / 10)));
    this.monitor = setInterval(() => this.checkLiveness(), this.monitorInterval_ms);
    this.monitor.unref();
  }

  /** Every worker this controller knows, connected or lost. */
  workers(): WorkerInfo[] {
    return this.registry.list();
  }

  worker(workerId: string): WorkerInfo | undefined {
    return this.registry.get(workerId);
  }

  /** Drops a lost worker from the table (its pod is gone for good); false if unknown or connected. */
  forget(workerId: string): boolean {
    return this.registry.forget(workerId);
  }

  stats(): BusServerStats {
    const workers = this.registry.list();
    const connected = workers.filter((worker) => worker.state === 'connected').length;
    return {
      connections: this.connections.size,
      workersConnected: connected,
      workersLost: workers.length - connected,
      pendingRequests: this.requests.size,
      pendingPublishes: this.publishes.size,
      protocolErrors: this.protocolErrors,
    };
  }

  /** Serves a worker -> controller request type; register and heartbeat are built in. */
  handle<T extends WorkerRequestType>(type: T, handler: WorkerRequestHandler<T>): void {
    if (builtInWorkerRequests.has(type)) throw new Error(`${type} is handled by the bus server itself`);
    this.handlers.set(type, handler as unknown as WorkerRequestHandler<WorkerRequestType>);
  }

  /**
   * Sends a command to one worker and resolves with its validated reply. Rejects with
   * BusWorkerGoneError (not connected, or lost before answering), BusTimeoutError, BusRemoteError
   * (the worker's handler failed), BusPayloadError (the payload breaks its schema) or BusClosedError.
   */
  async request<T extends CommandType>(
    workerId: string,
    type: T,
    payload: PayloadInput<T>,
    options: RequestOptions = {},
  ): Promise<Reply<T>> {
    if (this.closed) throw new BusClosedError('bus server');
    const def = busMessages[type];
    const valid = def.payload.safeParse(payload);
    if (!valid.success) throw new BusPayloadError(type, describeZodIssues(valid.error));
    const conn = this.byWorker.get(workerId);
    if (!conn) throw new BusWorkerGoneError(workerId, this.whyGone(workerId));
    const id = this.nextId();
    const frame = encodeFrame(askEnvelope('request', id, type, valid.data), this.maxFrame_bytes);
    const answer = this.requests.wait(id, workerId, type, options.timeout_ms ?? this.requestTimeout_ms);
    if (!this.send(conn, frame)) {
      this.requests.fail(
        id,
        new BusWorkerGoneError(workerId, 'its connection closed before the request was sent'),
      );
    }
    const envelope = await answer;
    if (!envelope.ok) throw new BusRemoteError(`worker ${workerId}`, type, envelope.error);
    const reply = def.reply.safeParse(envelope.payload);
    if (!reply.success) {
      throw new BusProtocolError(
        busErrorCodes.badReply,
        `worker ${workerId} answered ${type} with an invalid reply: ${describeZodIssues(reply.error)}`,
      );
    }
    return reply.data as Reply<T>;
  }

  /**
   * Sends a command to every worker the selector picks and waits for each one's ack. Never rejects
   * for a worker's sake: each target ends up in `acked`, `failed` (error ack, lost, not connected)
   * or `timedOut`. Rejects only for a bad payload, a full publish table or a closed server.
   */
  async publish<T extends CommandType>(
    selector: WorkerSelector,
    type: T,
    payload: PayloadInput<T>,
    options: RequestOptions = {},
  ): Promise<PublishResult> {
    if (this.closed) throw new BusClosedError('bus server');
    const valid = busMessages[type].payload.safeParse(payload);
    if (!valid.success) throw new BusPayloadError(type, describeZodIssues(valid.error));
    const { targets, missing } = this.registry.select(selector);
    const id = this.nextId();
    // One encoding and one framing for all targets: a publish to a thousand workers costs one
    // JSON.stringify and one buffer, then a write per socket.
    const frame = textFrame(
      Buffer.from(encodeFrame(askEnvelope('publish', id, type, valid.data), this.maxFrame_bytes)),
    );
    const failed = missing.map((workerId) => ({
      workerId,
      error: new BusWorkerGoneError(workerId, this.whyGone(workerId)),
    }));
    const result = this.publishes.start(
      id,
      type,
      targets,
      failed,
      options.timeout_ms ?? this.requestTimeout_ms,
    );
    for (const workerId of targets) {
      const conn = this.byWorker.get(workerId);
      if (!conn || !this.sendFramed(conn, frame)) {
        const reason = 'its connection closed before the publish was sent';
        this.publishes.failWorker(workerId, new BusWorkerGoneError(workerId, reason), id);
      }
    }
    return result;
  }

  /** Terminates every connection, rejects everything pending, and detaches from the HTTP server. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.monitor);
    this.httpServer.off('upgrade', this.onUpgrade);
    const error = new BusClosedError('bus server');
    this.requests.failAll(error);
    this.publishes.failAll(error);
    for (const conn of this.connections) {
      clearTimeout(conn.registerTimer);
      conn.ws.terminate();
    }
    this.connections.clear();
    this.byWorker.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.log.info({ controllerId: this.controllerId }, 'bus server closed');
  }

  // --- connections ---

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const pathname = (request.url ?? '').split('?')[0];
    if (pathname !== this.path) {
      // Another upgrade listener may serve this path; answer only if nobody else can.
      if (this.httpServer.listenerCount('upgrade') === 1) rejectUpgrade(socket, 404, 'Not Found');
      return;
    }
    if (this.closed) {
      rejectUpgrade(socket, 503, 'Service Unavailable');
      return;
    }
    if (this.connections.size >= this.maxConnections) {
      this.log.warn({ limit: this.maxConnections }, 'bus connection refused: too many connections');
      rejectUpgrade(socket, 503, 'Service Unavailable');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, socket, request));
  }

  private accept(ws: WebSocket, socket: Duplex, request: IncomingMessage): void {
    if (this.closed) {
      ws.terminate();
      return;
    }
    const conn: Connection = {
      ws,
      socket,
      remote: `${request.socket.remoteAddress}:${request.socket.remotePort}`,
      workerId: undefined,
      registerTimer: undefined,
      protocolErrors: 0,
      closing: false,
    };
    this.connections.add(conn);
    conn.registerTimer = setTimeout(() => {
      if (conn.workerId === undefined) {
        this.closeConnection(
          conn,
          busCloseCodes.registerTimeout,
          `no worker.register within ${this.registerTimeout_ms} ms`,
        );
      }
    }, this.registerTimeout_ms);
    ws.on('message', (data, isBinary) => this.onFrame(conn, data, isBinary));
    ws.on('close', (code, reason) => this.onClose(conn, code, reason.toString('utf8')));
    // 'close' always follows 'error'; the log line says why.
    ws.on('error', (error) =>
      this.log.warn(
        { remote: conn.remote, workerId: conn.workerId, err: error.message },
        'bus connection error',
      ),
    );
  }

  private onClose(conn: Connection, code: number, reason: string): void {
    clearTimeout(conn.registerTimer);
    this.connections.delete(conn);
    const workerId = conn.workerId;
    if (workerId === undefined || this.byWorker.get(workerId) !== conn || this.closed) return;
    // 1000 is a worker shutting down on purpose: still lost to the controller, but no alarm.
    const graceful = code === 1000;
    const why = graceful ? 'worker closed its connection' : 'connection closed';
    this.declareLost(
      workerId,
      `${why} (code ${code}${reason ? `: ${reason}` : ''})`,
      graceful ? 'info' : 'warn',
    );
  }

  /** Closes with a code and reason; terminates if the peer does not finish the close handshake soon. */
  private closeConnection(conn: Connection, code: number, reason: string): void {
    conn.closing = true;
    if (conn.ws.readyState === WebSocket.CLOSED) return;
    conn.ws.close(code, closeReason(reason));
    setTimeout(() => conn.ws.terminate(), 1000).unref();
  }

  private declareLost(workerId: string, reason: string, level: 'info' | 'warn' = 'warn'): void {
    const conn = this.byWorker.get(workerId);
    if (conn) {
      this.byWorker.delete(workerId);
      conn.ws.terminate();
    }
    const info = this.registry.markLost(workerId, reason, Date.now());
    if (!info) return;
    const gone = new BusWorkerGoneError(workerId, reason);
    this.requests.failPeer(workerId, gone);
    this.publishes.failWorker(workerId, gone);
    this.log[level]({ workerId, host: info.host, pid: info.pid, reason }, 'worker lost');
    this.notify('worker-lost', info);
  }

  private checkLiveness(): void {
    const now = Date.now();
    const sinceLast_ms = now - this.lastCheck_ms;
    this.lastCheck_ms = now;
    // After a stall of this process (GC, SIGSTOP, overload), workers' frames wait unread in the
    // socket buffers: grant one loss window instead of declaring everyone lost.
    if (sinceLast_ms > this.monitorInterval_ms + this.lostAfter_ms / 2) {
      this.graceUntil_ms = now + this.lostAfter_ms;
      this.log.warn(
        { stall_ms: sinceLast_ms },
        'bus server event loop stalled; postponing heartbeat loss checks',
      );
    }
    if (now < this.graceUntil_ms) return;
    for (const workerId of this.registry.silent(now, this.lostAfter_ms)) {
      this.declareLost(workerId, `silent for more than ${this.lostAfter_ms} ms (missed heartbeats)`);
    }
  }

  private whyGone(workerId: string): string {
    const info = this.registry.get(workerId);
    if (!info) return 'it never registered with this controller (or was forgotten)';
    if (info.state === 'connected') return 'its connection is closing';
    return `lost ${Date.now() - (info.lost_ms ?? 0)} ms ago: ${info.lostReason}`;
  }

  /** Sends one frame; a socket that buffers beyond the limit marks its worker as slow, hence lost. */
  private send(conn: Connection, frame: string | Buffer): boolean {
    if (conn.ws.readyState !== WebSocket.OPEN) return false;
    conn.ws.send(frame, { binary: false });
    this.checkBuffered(conn);
    return true;
  }

  /** Writes a frame made by `textFrame` straight to the socket; the same checks as `send`. */
  private sendFramed(conn: Connection, framed: Buffer): boolean {
    if (conn.ws.readyState !== WebSocket.OPEN) return false;
    conn.socket.write(framed);
    this.checkBuffered(conn);
    return true;
  }

  private checkBuffered(conn: Connection): void {
    // bufferedAmount counts the socket's own write buffer, so it includes `sendFramed`'s writes.
    if (conn.ws.bufferedAmount > this.maxBuffered_bytes) {
      const reason = `slow consumer: ${conn.ws.bufferedAmount} bytes buffered, over the limit of ${this.maxBuffered_bytes}`;
      if (conn.workerId !== undefined && this.byWorker.get(conn.workerId) === conn) {
        this.declareLost(conn.workerId, reason);
      } else {
        this.log.warn({ remote: conn.remote, reason }, 'bus connection terminated');
        conn.ws.terminate();
      }
    }
  }

  private answer(
    conn: Connection,
    ask: { kind: 'request' | 'publish'; id: string; type: string },
    payload: unknown,
  ): void {
    const kind = answerKindFor(ask.kind);
    let frame: string;
    try {
      frame = encodeFrame(answerOk(kind, this.nextId(), ask.id, ask.type, payload), this.maxFrame_bytes);
    } catch (error) {
      frame = encodeFrame(
        answerError(kind, this.nextId(), ask.id, ask.type, toWireError(error)),
        this.maxFrame_bytes,
      );
    }
    this.send(conn, frame);
  }

  private answerFailure(
    conn: Connection,
    ask: { kind: 'request' | 'publish'; id: string; type: string },
    error: WireError,
  ): void {
    const kind = answerKindFor(ask.kind);
    this.send(
      conn,
      encodeFrame(answerError(kind, this.nextId(), ask.id, ask.type, error), this.maxFrame_bytes),
    );
  }

  /** Protocol errors are logged, but a flood of them is sampled so it cannot fill the disk. */
  private logProtocolError(conn: Connection, message: string, detail: Record<string, unknown> = {}): void {
    this.protocolErrors++;
    conn.protocolErrors++;
    if (conn.protocolErrors <= 10 || conn.protocolErrors % 1000 === 0) {
      this.log.warn(
        { remote: conn.remote, workerId: conn.workerId, count: conn.protocolErrors, ...detail },
        `bus protocol error: ${message}`,
      );
    }
  }

  // --- inbound frames ---

  private onFrame(conn: Connection, data: RawData, isBinary: boolean): void {
    if (this.closed || conn.closing) return;
    if (conn.workerId !== undefined && this.byWorker.get(conn.workerId) === conn) {
      this.registry.touch(conn.workerId, Date.now());
    }
    if (isBinary) {
      this.logProtocolError(conn, 'binary frame');
      this.closeConnection(conn, busCloseCodes.badFrame, 'binary frames are not part of the bus protocol');
      return;
    }
    const decoded = decodeFrame(data, this.maxFrame_bytes);
    if (!decoded.ok) {
      this.logProtocolError(conn, decoded.error.message, { code: decoded.error.code, type: decoded.type });
      if (decoded.id !== undefined && (decoded.kind === 'request' || decoded.kind === 'publish')) {
        const ask = { kind: decoded.kind, id: decoded.id, type: decoded.type ?? 'unknown' } as const;
        this.answerFailure(conn, ask, decoded.error.toWire());
      }
      // A peer that cannot frame messages is broken or foreign: talking on would only add noise.
      const code =
        decoded.error.code === busErrorCodes.versionMismatch
          ? busCloseCodes.versionMismatch
          : busCloseCodes.badFrame;
      this.closeConnection(conn, code, decoded.error.message);
      return;
    }
    const envelope = decoded.envelope;
    if (
      conn.workerId === undefined &&
      !(envelope.kind === 'request' && envelope.type === 'worker.register')
    ) {
      const message = `${envelope.kind} ${envelope.type} before worker.register; register first`;
      this.logProtocolError(conn, message);
      if (envelope.kind === 'request' || envelope.kind === 'publish') {
        this.answerFailure(conn, envelope, { code: busErrorCodes.notRegistered, message, retriable: false });
      }
      this.closeConnection(conn, busCloseCodes.notRegistered, message);
      return;
    }
    switch (envelope.kind) {
      case 'reply':
      case 'ack':
        this.onAnswer(conn, envelope);
        return;
      case 'request':
        this.onWorkerRequest(conn, envelope);
        return;
      case 'event':
        this.onWorkerEvent(conn, envelope);
        return;
      case 'publish': {
        const message = 'workers cannot publish; send a request or an event';
        this.logProtocolError(conn, message, { type: envelope.type });
        this.answerFailure(conn, envelope, { code: busErrorCodes.wrongDirection, message, retriable: false });
        return;
      }
    }
  }

  private onAnswer(conn: Connection, envelope: AnswerEnvelope): void {
    const workerId = conn.workerId as string;
    if (envelope.kind === 'ack') {
      if (!this.publishes.ack(envelope, workerId)) {
        this.log.debug({ workerId, correlationId: envelope.correlationId }, 'late or unknown ack dropped');
      }
      return;
    }
    const outcome = this.requests.settle(envelope, workerId);
    if (outcome !== 'settled') {
      this.log.debug(
        { workerId, correlationId: envelope.correlationId, outcome },
        'late or unknown reply dropped',
      );
    }
  }

  private onWorkerRequest(conn: Connection, envelope: AskEnvelope): void {
    const def = messageDef(envelope.type);
    if (def?.pattern !== 'worker-request') {
      const message = !def
        ? `unknown message type ${envelope.type}`
        : `${envelope.type} is a ${def.pattern}, not a worker request`;
      this.logProtocolError(conn, message);
      const code = def ? busErrorCodes.wrongDirection : busErrorCodes.unknownType;
      this.answerFailure(conn, envelope, { code, message, retriable: false });
      return;
    }
    const valid = def.payload.safeParse(envelope.payload);
    if (!valid.success) {
      const message = `invalid ${envelope.type} payload: ${describeZodIssues(valid.error)}`;
      this.logProtocolError(conn, message);
      this.answerFailure(conn, envelope, { code: busErrorCodes.badPayload, message, retriable: false });
      return;
    }
    if (envelope.type === 'worker.register') {
      this.onRegister(conn, envelope, valid.data as RegisterPayload);
      return;
    }
    const workerId = conn.workerId as string;
    if (envelope.type === 'worker.heartbeat') {
      const heartbeat = valid.data as Payload<'worker.heartbeat'>;
      if (this.byWorker.get(workerId) === conn) {
        this.registry.touch(workerId, Date.now(), { droppedEvents: heartbeat.droppedEvents });
      }
      this.answer(conn, envelope, {});
      return;
    }
    this.runHandler(conn, envelope, valid.data, workerId);
  }

  private runHandler(conn: Connection, envelope: AskEnvelope, payload: unknown, workerId: string): void {
    const handler = this.handlers.get(envelope.type);
    if (!handler) {
      const message = `this controller has no handler for ${envelope.type}`;
      this.answerFailure(conn, envelope, { code: busErrorCodes.noHandler, message, retriable: false });
      return;
    }
    if (this.inflightHandlers >= this.maxInflightHandlers) {
      const message = `controller is busy: ${this.inflightHandlers} worker requests in flight; retry later`;
      this.answerFailure(conn, envelope, { code: busErrorCodes.overloaded, message, retriable: true });
      return;
    }
    const def = messageDef(envelope.type);
    assert(def?.pattern === 'worker-request', () => `${envelope.type} is not a worker request`);
    this.inflightHandlers++;
    void (async () => {
      try {
        const reply = def.reply.safeParse(await handler(payload as never, { workerId }));
        if (!reply.success) {
          throw new Error(
            `handler of ${envelope.type} returned an invalid reply: ${describeZodIssues(reply.error)}`,
          );
        }
        this.answer(conn, envelope, reply.data);
      } catch (error) {
        this.log.warn(
          { workerId, type: envelope.type, err: (error as Error).message },
          'worker request handler failed',
        );
        this.answerFailure(conn, envelope, toWireError(error));
      } finally {
        this.inflightHandlers--;
      }
    })();
  }

  private onRegister(conn: Connection, envelope: AskEnvelope, registration: RegisterPayload): void {
    const { workerId } = registration;
    if (registration.busVersion !== busProtocolVersion) {
      const message = `worker ${workerId} speaks bus protocol version ${registration.busVersion}, this controller speaks ${busProtocolVersion}; run the same longhaul release on the controller and the workers`;
      this.logProtocolError(conn, message, { pid: registration.pid, host: registration.host });
      this.answerFailure(conn, envelope, { code: busErrorCodes.versionMismatch, message, retriable: false });
      this.closeConnection(conn, busCloseCodes.versionMismatch, 'bus protocol version mismatch');
      return;
    }
    if (conn.workerId !== undefined && conn.workerId !== workerId) {
      const message = `this connection is registered as ${conn.workerId}; open a new connection to register as ${workerId}`;
      this.logProtocolError(conn, message);
      this.answerFailure(conn, envelope, { code: busErrorCodes.badPayload, message, retriable: false });
      return;
    }
    const previous = this.byWorker.get(workerId);
    if (previous && previous !== conn) {
      // Usually a half-open connection the worker gave up on before we noticed; rarely two
      // workers configured with the same id, which the log line makes visible.
      const old = this.registry.get(workerId);
      this.log.warn(
        {
          workerId,
          old: { pid: old?.pid, host: old?.host },
          new: { pid: registration.pid, host: registration.host },
        },
        'worker registered from a new connection; closing its old one',
      );
      this.byWorker.delete(workerId);
      const gone = new BusWorkerGoneError(workerId, 'its connection was replaced by a new one');
      this.requests.failPeer(workerId, gone);
      this.publishes.failWorker(workerId, gone);
      this.closeConnection(
        previous,
        busCloseCodes.replaced,
        'replaced by a newer connection of the same worker',
      );
    }
    clearTimeout(conn.registerTimer);
    const { info, outcome } = this.registry.register(registration, Date.now());
    conn.workerId = workerId;
    this.byWorker.set(workerId, conn);
    const controllerInfo: ControllerInfo = {
      controllerId: this.controllerId,
      busVersion: busProtocolVersion,
      heartbeat_ms: this.heartbeat_ms,
      lostAfter_ms: this.lostAfter_ms,
      maxFrame_bytes: this.maxFrame_bytes,
      reconnected: outcome !== 'new',
    };
    this.answer(conn, envelope, controllerInfo);
    this.log.info(
      {
        workerId,
        pid: info.pid,
        host: info.host,
        labels: info.labels,
        registrations: info.registrations,
        outcome,
      },
      outcome === 'new' ? 'worker registered' : 'worker re-registered',
    );
    this.notify(outcome === 'new' ? 'worker-registered' : 'worker-reconnected', info);
  }

  private onWorkerEvent(conn: Connection, envelope: EventEnvelope): void {
    const def = messageDef(envelope.type);
    if (def?.pattern !== 'worker-event') {
      this.logProtocolError(conn, `event of ${def ? 'non-event' : 'unknown'} type ${envelope.type} dropped`);
      return;
    }
    const valid = def.payload.safeParse(envelope.payload);
    if (!valid.success) {
      this.logProtocolError(
        conn,
        `invalid ${envelope.type} event dropped: ${describeZodIssues(valid.error)}`,
      );
      return;
    }
    this.notify('event', {
      workerId: conn.workerId as string,
      type: envelope.type as WorkerEventType,
      payload: valid.data as Payload<WorkerEventType>,
      ts_ms: envelope.ts_ms,
    });
  }

  /** A throwing listener must not break the connection that delivered the frame. */
  private notify<K extends keyof BusServerEvents>(event: K, ...args: BusServerEvents[K]): void {
    try {
      (this.emit as (event: K, ...args: BusServerEvents[K]) => boolean)(event, ...args);
    } catch (error) {
      this.log.error({ err: error, event }, 'bus server listener threw');
    }
  }
}
