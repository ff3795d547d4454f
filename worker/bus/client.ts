// The worker end of the event bus: dials the controller, registers, heartbeats, serves commands, reconnects.
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { type RawData, WebSocket } from 'ws';
import {
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
  encodeFrame,
  eventEnvelope,
} from '../../common/bus/envelope.ts';
import {
  BusClosedError,
  BusError,
  BusPayloadError,
  BusProtocolError,
  BusRemoteError,
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
  type Reply,
  type ReplyInput,
  type WorkerEventType,
  type WorkerRequestType,
} from '../../common/bus/messages.ts';
import { PendingReplies } from '../../common/bus/pending.ts';
import { createLogger, type Logger } from '../../common/log.ts';
import { type BackoffPolicy, backoffDelay_ms, defaultBackoff } from './backoff.ts';
import { DropOldestQueue } from './event-queue.ts';

export const busClientDefaults = {
  heartbeat_ms: 1000,
  /** controllerSilentAfter_ms defaults to this many heartbeat intervals. */
  silentAfterHeartbeats: 3,
  connectTimeout_ms: 5000,
  requestTimeout_ms: 5000,
  handlerTimeout_ms: 60_000,
  maxQueuedEvents: 1000,
  maxQueuedEvents_bytes: 16 * 1024 * 1024,
  maxInflightHandlers: 1000,
  maxPendingRequests: 1000,
  maxBuffered_bytes: 4 * 1024 * 1024,
  maxFrame_bytes: defaultMaxFrame_bytes,
  /** With no registration for this long, the client stops for good (`failed`). */
  giveUpAfter_ms: 10 * 60_000,
  backoff: defaultBackoff,
} as const;

export interface BusClientOptions {
  /** `ws://host:port/bus` */
  readonly url: string;
  readonly workerId: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly capabilities?: readonly string[];
  readonly host?: string;
  readonly pid?: number;
  readonly heartbeat_ms?: number;
  /** With no frame from the controller for this long, the connection is presumed dead and re-dialled. */
  readonly controllerSilentAfter_ms?: number;
  /** Bounds the WebSocket handshake and, separately, the registration reply. */
  readonly connectTimeout_ms?: number;
  readonly requestTimeout_ms?: number;
  /** A command handler that has not settled by then is answered with `handler_timeout`. */
  readonly handlerTimeout_ms?: number;
  readonly maxQueuedEvents?: number;
  readonly maxQueuedEvents_bytes?: number;
  readonly maxInflightHandlers?: number;
  readonly maxPendingRequests?: number;
  /** Events are queued instead of sent while the socket buffers more than this. */
  readonly maxBuffered_bytes?: number;
  readonly maxFrame_bytes?: number;
  readonly giveUpAfter_ms?: number;
  readonly backoff?: Partial<BackoffPolicy>;
  /** Only for tests of version skew: the bus version announced at registration. */
  readonly busVersion?: number;
  readonly logger?: Logger;
}

export type BusClientState =
  | 'idle'
  | 'connecting'
  | 'registering'
  | 'registered'
  | 'backoff'
  | 'closed'
  | 'failed';

export interface CommandContext {
  /** `request` expects the reply; `publish` only needs success or failure (the ack). */
  readonly kind: 'request' | 'publish';
  readonly id: string;
  /** The controller's clock when it sent the command. */
  readonly sent_ms: number;
}

export type CommandHandler<T extends CommandType> = (
  payload: Payload<T>,
  context: CommandContext,
) => ReplyInput<T> | Promise<ReplyInput<T>>;

export interface BusClientLifecycleEvents {
  /** Registered with a controller: the first time, after a reconnect, or with a restarted controller. */
  registered: [info: ControllerInfo];
  /** The connection of a registered client closed; the client reconnects by itself. */
  disconnected: [detail: { readonly code: number; readonly reason: string }];
  /** The client stopped for good and will not reconnect (version mismatch, refused, gave up). */
  failed: [error: BusError];
}

export interface BusClientStats {
  readonly state: BusClientState;
  readonly registrations: number;
  readonly connectAttempts: number;
  readonly queuedEvents: number;
  readonly droppedEvents: number;
  readonly pendingRequests: number;
  readonly inflightHandlers: number;
}

interface QueuedEvent {
  readonly frame: string;
  readonly type: string;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * One worker's connection to the controller. Survives controller restarts and network loss by
 * re-dialling with capped exponential backoff and registering again under the same workerId.
 */
export class BusClient {
  readonly url: string;
  readonly workerId: string;
  readonly heartbeat_ms: number;
  readonly controllerSilentAfter_ms: number;
  readonly connectTimeout_ms: number;
  readonly requestTimeout_ms: number;
  readonly handlerTimeout_ms: number;
  readonly maxInflightHandlers: number;
  readonly maxBuffered_bytes: number;
  readonly maxFrame_bytes: number;
  readonly giveUpAfter_ms: number;
  readonly backoff: BackoffPolicy;
  /** Connection lifecycle notifications; listeners must not throw. */
  readonly lifecycle = new EventEmitter<BusClientLifecycleEvents>();

  private readonly registration: Payload<'worker.register'>;
  private readonly log: Logger;
  private readonly queue: DropOldestQueue<QueuedEvent>;
  private readonly pending: PendingReplies;
  private readonly handlers = new Map<string, CommandHandler<CommandType>>();
  private readonly nextId = createIdSource('w');
  private readonly started_ms = Date.now();
  private stateValue: BusClientState = 'idle';
  private ws: WebSocket | undefined;
  private generation = 0;
  private attempt = 0;
  private connectAttempts = 0;
  private registrations = 0;
  /** Since when the client has had no registered connection (for giveUpAfter_ms). */
  private awaySince_ms = Date.now();
  private lastInbound_ms = 0;
  private lastBeat_ms = 0;
  private heartbeatSeq = 0;
  private inflight = 0;
  private controller: ControllerInfo | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(options: BusClientOptions) {
    const d = busClientDefaults;
    this.url = options.url;
    this.workerId = options.workerId;
    this.heartbeat_ms = options.heartbeat_ms ?? d.heartbeat_ms;
    this.controllerSilentAfter_ms =
      options.controllerSilentAfter_ms ?? this.heartbeat_ms * d.silentAfterHeartbeats;
    this.connectTimeout_ms = options.connectTimeout_ms ?? d.connectTimeout_ms;
    this.requestTimeout_ms = options.requestTimeout_ms ?? d.requestTimeout_ms;
    this.handlerTimeout_ms = options.handlerTimeout_ms ?? d.handlerTimeout_ms;
    this.maxInflightHandlers = options.maxInflightHandlers ?? d.maxInflightHandlers;
    this.maxBuffered_bytes = options.maxBuffered_bytes ?? d.maxBuffered_bytes;
    this.maxFrame_bytes = options.maxFrame_bytes ?? d.maxFrame_bytes;
    this.giveUpAfter_ms = options.giveUpAfter_ms ?? d.giveUpAfter_ms;
    this.backoff = { ...d.backoff, ...options.backoff };
    this.log = (options.logger ?? createLogger({ name: 'bus-client' })).child({ workerId: this.workerId });
    this.queue = new DropOldestQueue<QueuedEvent>(
      {
        maxItems: options.maxQueuedEvents ?? d.maxQueuedEvents,
        maxBytes: options.maxQueuedEvents_bytes ?? d.maxQueuedEvents_bytes,
      },
      (event) => event.frame.length,
    );
    this.pending = new PendingReplies(
      'pending request table',
      options.maxPendingRequests ?? d.maxPendingRequests,
    );
    const registration = busMessages['worker.register'].payload.safeParse({
      workerId: options.workerId,
      pid: options.pid ?? process.pid,
      host: options.host ?? hostname(),
      labels: options.labels ?? {},
      capabilities: options.capabilities ?? [],
      busVersion: options.busVersion ?? busProtocolVersion,
    });
    if (!registration.success) {
      throw new BusPayloadError('worker.register', describeZodIssues(registration.error));
    }
    this.registration = registration.data;
  }

  get state(): BusClientState {
    return this.stateValue;
  }

  /** What the controller said at the last registration. */
  get controllerInfo(): ControllerInfo | undefined {
    return this.controller;
  }

  stats(): BusClientStats {
    return {
      state: this.stateValue,
      registrations: this.registrations,
      connectAttempts: this.connectAttempts,
      queuedEvents: this.queue.size,
      droppedEvents: this.queue.dropped,
      pendingRequests: this.pending.size,
      inflightHandlers: this.inflight,
    };
  }

  /** Starts dialling; the client keeps (re)connecting until `close()` or a terminal failure. */
  start(): this {
    if (this.stateValue !== 'idle') return this;
    this.awaySince_ms = Date.now();
    this.connect();
    return this;
  }

  /** Resolves once registered (at once if already); rejects on timeout or terminal failure. */
  waitRegistered(timeout_ms = this.connectTimeout_ms * 2): Promise<ControllerInfo> {
    if (this.stateValue === 'registered' && this.controller) return Promise.resolve(this.controller);
    if (this.stateValue === 'closed' || this.stateValue === 'failed') {
      return Promise.reject(new BusClosedError(`bus client of ${this.workerId}`));
    }
    return new Promise<ControllerInfo>((resolve, reject) => {
      const onRegistered = (info: ControllerInfo): void => {
        cleanup();
        resolve(info);
      };
      const onFailed = (error: BusError): void => {
        cleanup();
        reject(error);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new BusError(
            busErrorCodes.timeout,
            `worker ${this.workerId} did not register with ${this.url} within ${timeout_ms} ms (state ${this.stateValue})`,
            { retriable: true },
          ),
        );
      }, timeout_ms);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.lifecycle.off('registered', onRegistered);
        this.lifecycle.off('failed', onFailed);
      };
      this.lifecycle.on('registered', onRegistered);
      this.lifecycle.on('failed', onFailed);
    });
  }

  /** Serves a command type; the handler's return value is the reply, a throw becomes an error reply. */
  handle<T extends CommandType>(type: T, handler: CommandHandler<T>): this {
    this.handlers.set(type, handler as unknown as CommandHandler<CommandType>);
    return this;
  }

  /**
   * Sends an event to the controller, or queues it while disconnected or while the socket is
   * backed up. The queue is bounded: the oldest events are dropped and counted (`droppedEvents`,
   * also reported in heartbeats). Throws BusPayloadError or BusProtocolError (frame too large).
   */
  emit<T extends WorkerEventType>(type: T, payload: PayloadInput<T>): 'sent' | 'queued' {
    if (this.stateValue === 'closed' || this.stateValue === 'failed') {
      throw new BusClosedError(`bus client of ${this.workerId}`);
    }
    const valid = busMessages[type].payload.safeParse(payload);
    if (!valid.success) throw new BusPayloadError(type, describeZodIssues(valid.error));
    const frame = encodeFrame(eventEnvelope(this.nextId(), type, valid.data), this.maxFrame_bytes);
    const ws = this.ws;
    if (
      this.stateValue === 'registered' &&
      ws &&
      this.queue.size === 0 &&
      ws.bufferedAmount <= this.maxBuffered_bytes
    ) {
      ws.send(frame);
      return 'sent';
    }
    this.queue.push({ frame, type });
    return 'queued';
  }

  /** A worker -> controller request (other than register and heartbeat, which the client sends itself). */
  async request<T extends WorkerRequestType>(
    type: T,
    payload: PayloadInput<T>,
    options: { readonly timeout_ms?: number } = {},
  ): Promise<Reply<T>> {
    const ws = this.ws;
    if (this.stateValue !== 'registered' || !ws) {
      throw new BusError(
        busErrorCodes.disconnected,
        `worker ${this.workerId} is not connected to the controller (state ${this.stateValue})`,
        { retriable: true },
      );
    }
    return this.requestOn(ws, this.generation, type, payload, options.timeout_ms ?? this.requestTimeout_ms);
  }

  /** Closes the connection and stops reconnecting; pending requests reject with BusClosedError. */
  async close(): Promise<void> {
    if (this.stateValue === 'closed') return;
    this.setState('closed');
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeatTimer);
    this.pending.failAll(new BusClosedError(`bus client of ${this.workerId}`));
    const ws = this.ws;
    this.ws = undefined;
    if (!ws || ws.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        ws.terminate();
        resolve();
      }, 1000);
      ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      ws.close(1000, 'worker closing');
    });
  }

  // --- connection lifecycle ---

  private setState(state: BusClientState): void {
    this.stateValue = state;
  }

  private notify<K extends keyof BusClientLifecycleEvents>(
    event: K,
    ...args: BusClientLifecycleEvents[K]
  ): void {
    try {
      (this.lifecycle.emit as (event: K, ...args: BusClientLifecycleEvents[K]) => boolean)(event, ...args);
    } catch (error) {
      this.log.error({ err: error, event }, 'bus client lifecycle listener threw');
    }
  }

  private connect(): void {
    this.setState('connecting');
    this.connectAttempts++;
    const generation = ++this.generation;
    const ws = new WebSocket(this.url, {
      handshakeTimeout: this.connectTimeout_ms,
      maxPayload: this.maxFrame_bytes,
      perMessageDeflate: false,
    });
    this.ws = ws;
    ws.on('open', () => void this.register(ws, generation));
    ws.on('message', (data, isBinary) => this.onFrame(ws, generation, data, isBinary));
    ws.on('close', (code, reason) => this.onClose(ws, generation, code, reason.toString('utf8')));
    ws.on('error', (error) => {
      // 'close' follows; while the controller is down, log the first failure and then every tenth.
      const loud = this.attempt === 0 || this.attempt % 10 === 0;
      this.log[loud ? 'warn' : 'debug'](
        { url: this.url, attempt: this.attempt, err: error.message },
        'bus connection error',
      );
    });
  }

  private async register(ws: WebSocket, generation: number): Promise<void> {
    if (ws !== this.ws) return;
    this.setState('registering');
    this.lastInbound_ms = Date.now();
    let info: ControllerInfo;
    try {
      info = await this.requestOn(
        ws,
        generation,
        'worker.register',
        this.registration,
        this.connectTimeout_ms,
      );
    } catch (error) {
      if (ws !== this.ws) return;
      if (error instanceof BusRemoteError && !error.retriable) {
        this.fail(error);
        return;
      }
      this.log.warn({ err: (error as Error).message }, 'registration failed; reconnecting');
      ws.terminate();
      return;
    }
    if (ws !== this.ws) return;
    this.controller = info;
    this.registrations++;
    this.attempt = 0;
    this.setState('registered');
    if (info.lostAfter_ms < 2 * this.heartbeat_ms) {
      this.log.warn(
        { heartbeat_ms: this.heartbeat_ms, lostAfter_ms: info.lostAfter_ms },
        'controller declares workers lost after less than two of our heartbeat intervals; expect false losses',
      );
    }
    this.lastBeat_ms = Date.now();
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => this.beat(ws, generation), this.heartbeat_ms);
    this.flushQueue();
    this.log.info(
      { controllerId: info.controllerId, reconnected: info.reconnected, registrations: this.registrations },
      'registered with the controller',
    );
    this.notify('registered', info);
  }

  private beat(ws: WebSocket, generation: number): void {
    if (ws !== this.ws || this.stateValue !== 'registered') return;
    const now = Date.now();
    const sinceBeat_ms = now - this.lastBeat_ms;
    this.lastBeat_ms = now;
    // After a stall of this process (GC, SIGSTOP) the controller's frames are still unread in the
    // socket: judge silence only on a timely tick.
    const stalled = sinceBeat_ms > this.heartbeat_ms + this.controllerSilentAfter_ms / 2;
    const silent_ms = now - this.lastInbound_ms;
    if (!stalled && silent_ms > this.controllerSilentAfter_ms) {
      this.log.warn({ silent_ms }, 'controller silent; dropping the connection and reconnecting');
      ws.terminate();
      return;
    }
    const heartbeat = {
      seq: this.heartbeatSeq++,
      uptime_ms: now - this.started_ms,
      queuedEvents: this.queue.size,
      droppedEvents: this.queue.dropped,
    };
    this.requestOn(ws, generation, 'worker.heartbeat', heartbeat, this.controllerSilentAfter_ms).catch(
      (error) => this.log.debug({ err: (error as Error).message }, 'heartbeat failed'),
    );
    this.flushQueue();
  }

  private onClose(ws: WebSocket, generation: number, code: number, reason: string): void {
    if (ws !== this.ws) return;
    this.ws = undefined;
    clearInterval(this.heartbeatTimer);
    const wasRegistered = this.stateValue === 'registered';
    const detail = `code ${code}${reason ? `: ${reason}` : ''}`;
    this.pending.failPeer(
      String(generation),
      new BusError(busErrorCodes.disconnected, `connection to the controller closed (${detail})`, {
        retriable: true,
      }),
    );
    if (this.stateValue === 'closed' || this.stateValue === 'failed') return;
    if (wasRegistered) {
      this.awaySince_ms = Date.now();
      this.log.warn({ code, reason }, 'connection to the controller closed; reconnecting');
      this.notify('disconnected', { code, reason });
    }
    if (code === 4002) {
      this.fail(
        new BusProtocolError(busErrorCodes.versionMismatch, `controller refused the bus version: ${reason}`),
      );
      return;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const away_ms = Date.now() - this.awaySince_ms;
    if (away_ms > this.giveUpAfter_ms) {
      this.fail(
        new BusError(
          busErrorCodes.disconnected,
          `no controller reachable at ${this.url} for ${away_ms} ms (limit ${this.giveUpAfter_ms} ms); giving up`,
        ),
      );
      return;
    }
    const delay_ms = backoffDelay_ms(this.backoff, this.attempt++);
    this.setState('backoff');
    this.reconnectTimer = setTimeout(() => this.connect(), delay_ms);
  }

  private fail(error: BusError): void {
    if (this.stateValue === 'closed' || this.stateValue === 'failed') return;
    this.setState('failed');
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeatTimer);
    this.pending.failAll(error);
    const ws = this.ws;
    this.ws = undefined;
    ws?.terminate();
    this.log.error({ err: error.message, code: error.code }, 'bus client stopped for good');
    this.notify('failed', error);
  }

  // --- frames ---

  private send(ws: WebSocket, frame: string): boolean {
    if (ws !== this.ws || ws.readyState !== WebSocket.OPEN) return false;
    ws.send(frame);
    return true;
  }

  private flushQueue(): void {
    const ws = this.ws;
    if (!ws || this.stateValue !== 'registered') return;
    while (this.queue.size > 0 && ws.bufferedAmount <= this.maxBuffered_bytes) {
      const event = this.queue.shift() as QueuedEvent;
      if (!this.send(ws, event.frame)) return;
    }
  }

  private async requestOn<T extends WorkerRequestType>(
    ws: WebSocket,
    generation: number,
    type: T,
    payload: PayloadInput<T>,
    timeout_ms: number,
  ): Promise<Reply<T>> {
    const def = busMessages[type];
    const valid = def.payload.safeParse(payload);
    if (!valid.success) throw new BusPayloadError(type, describeZodIssues(valid.error));
    const id = this.nextId();
    const frame = encodeFrame(askEnvelope('request', id, type, valid.data), this.maxFrame_bytes);
    const answer = this.pending.wait(id, String(generation), type, timeout_ms);
    if (!this.send(ws, frame)) {
      this.pending.fail(
        id,
        new BusError(busErrorCodes.disconnected, 'connection to the controller is closed', {
          retriable: true,
        }),
      );
    }
    const envelope = await answer;
    if (!envelope.ok) throw new BusRemoteError('controller', type, envelope.error);
    const reply = def.reply.safeParse(envelope.payload);
    if (!reply.success) {
      throw new BusProtocolError(
        busErrorCodes.badReply,
        `controller answered ${type} with an invalid reply: ${describeZodIssues(reply.error)}`,
      );
    }
    return reply.data as Reply<T>;
  }

  private onFrame(ws: WebSocket, generation: number, data: RawData, isBinary: boolean): void {
    if (ws !== this.ws) return;
    this.lastInbound_ms = Date.now();
    if (isBinary) {
      this.log.warn('binary frame from the controller ignored');
      return;
    }
    const decoded = decodeFrame(data, this.maxFrame_bytes);
    if (!decoded.ok) {
      this.log.warn(
        { code: decoded.error.code, err: decoded.error.message },
        'invalid frame from the controller',
      );
      if (decoded.id !== undefined && (decoded.kind === 'request' || decoded.kind === 'publish')) {
        this.answerFailure(
          ws,
          { kind: decoded.kind, id: decoded.id, type: decoded.type ?? 'unknown' },
          decoded.error.toWire(),
        );
      }
      return;
    }
    const envelope = decoded.envelope;
    switch (envelope.kind) {
      case 'reply':
      case 'ack': {
        const outcome = this.pending.settle(envelope, String(generation));
        if (outcome !== 'settled')
          this.log.debug({ correlationId: envelope.correlationId, outcome }, 'late reply dropped');
        return;
      }
      case 'request':
      case 'publish':
        void this.onCommand(ws, envelope);
        return;
      case 'event':
        this.log.debug({ type: envelope.type }, 'controller event ignored: no controller events are defined');
        return;
    }
  }

  private answerFailure(
    ws: WebSocket,
    ask: { kind: 'request' | 'publish'; id: string; type: string },
    error: WireError,
  ): void {
    const frame = encodeFrame(
      answerError(answerKindFor(ask.kind), this.nextId(), ask.id, ask.type, error),
      this.maxFrame_bytes,
    );
    this.send(ws, frame);
  }

  private async onCommand(ws: WebSocket, envelope: AskEnvelope): Promise<void> {
    const def = messageDef(envelope.type);
    if (def?.pattern !== 'command') {
      const message = !def
        ? `worker ${this.workerId} does not know message type ${envelope.type} (is it running an older release?)`
        : `${envelope.type} is a ${def.pattern}, not a command`;
      this.log.warn({ type: envelope.type }, message);
      const code = def ? busErrorCodes.wrongDirection : busErrorCodes.unknownType;
      this.answerFailure(ws, envelope, { code, message, retriable: false });
      return;
    }
    const handler = this.handlers.get(envelope.type);
    if (!handler) {
      const message = `worker ${this.workerId} has no handler for ${envelope.type}`;
      this.answerFailure(ws, envelope, { code: busErrorCodes.noHandler, message, retriable: false });
      return;
    }
    const valid = def.payload.safeParse(envelope.payload);
    if (!valid.success) {
      const message = `invalid ${envelope.type} payload: ${describeZodIssues(valid.error)}`;
      this.log.warn({ type: envelope.type }, message);
      this.answerFailure(ws, envelope, { code: busErrorCodes.badPayload, message, retriable: false });
      return;
    }
    if (this.inflight >= this.maxInflightHandlers) {
      const message = `worker ${this.workerId} is busy: ${this.inflight} commands in flight; retry later`;
      this.answerFailure(ws, envelope, { code: busErrorCodes.overloaded, message, retriable: true });
      return;
    }
    this.inflight++;
    let timer: NodeJS.Timeout | undefined;
    try {
      const context: CommandContext = { kind: envelope.kind, id: envelope.id, sent_ms: envelope.ts_ms };
      let result: unknown = handler(valid.data as never, context);
      if (isPromiseLike(result)) {
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new BusError(
                  busErrorCodes.handlerTimeout,
                  `handler of ${envelope.type} did not finish within ${this.handlerTimeout_ms} ms`,
                  { retriable: true },
                ),
              ),
            this.handlerTimeout_ms,
          );
        });
        result = await Promise.race([result, deadline]);
      }
      const reply = def.reply.safeParse(result);
      if (!reply.success) {
        throw new BusProtocolError(
          busErrorCodes.badReply,
          `handler of ${envelope.type} returned an invalid reply: ${describeZodIssues(reply.error)}`,
        );
      }
      const kind = answerKindFor(envelope.kind);
      // An ack only says "done": the reply payload is for requests, and a publish can reach a thousand workers.
      const replyPayload = envelope.kind === 'request' ? reply.data : null;
      let frame: string;
      try {
        frame = encodeFrame(
          answerOk(kind, this.nextId(), envelope.id, envelope.type, replyPayload),
          this.maxFrame_bytes,
        );
      } catch (error) {
        frame = encodeFrame(
          answerError(kind, this.nextId(), envelope.id, envelope.type, toWireError(error)),
          this.maxFrame_bytes,
        );
      }
      this.send(ws, frame);
    } catch (error) {
      this.log.warn(
        { type: envelope.type, err: (error as Error)?.message ?? String(error) },
        'command handler failed',
      );
      this.answerFailure(ws, envelope, toWireError(error));
    } finally {
      clearTimeout(timer);
      this.inflight--;
    }
  }
}
