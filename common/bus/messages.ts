// The registry of bus message types: who sends each, its payload and reply schemas, and their TS types.
import { z } from 'zod';
import { roleIdSchema, roleReportSchema, roleSpecSchema } from './roles.ts';

export { roleIdSchema };

/** Controller -> worker; sent with `request` (one typed reply) or `publish` (an ack from every target). */
export interface CommandDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly pattern: 'command';
  readonly description: string;
  readonly payload: P;
  readonly reply: R;
}

/** Worker -> controller, answered with one typed reply. */
export interface WorkerRequestDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly pattern: 'worker-request';
  readonly description: string;
  readonly payload: P;
  readonly reply: R;
}

/** Worker -> controller, fire and forget (queued, bounded, while the controller is away). */
export interface WorkerEventDef<P extends z.ZodType = z.ZodType> {
  readonly pattern: 'worker-event';
  readonly description: string;
  readonly payload: P;
}

export type MessageDef = CommandDef | WorkerRequestDef | WorkerEventDef;

export function command<P extends z.ZodType, R extends z.ZodType>(
  def: Omit<CommandDef<P, R>, 'pattern'>,
): CommandDef<P, R> {
  return { pattern: 'command', ...def };
}

export function workerRequest<P extends z.ZodType, R extends z.ZodType>(
  def: Omit<WorkerRequestDef<P, R>, 'pattern'>,
): WorkerRequestDef<P, R> {
  return { pattern: 'worker-request', ...def };
}

export function workerEvent<P extends z.ZodType>(def: Omit<WorkerEventDef<P>, 'pattern'>): WorkerEventDef<P> {
  return { pattern: 'worker-event', ...def };
}

/** Pod names, host names, UUIDs: what a worker id looks like in practice. */
export const workerIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:@-]+$/, 'worker ids use letters, digits and . _ : @ -');

export const labelsSchema = z
  .record(z.string().min(1).max(63), z.string().max(256))
  .refine((labels) => Object.keys(labels).length <= 64, 'at most 64 labels');

/**
 * Every message type of the bus. Adding a type is one entry here; both sides then get its
 * payload validation and its TypeScript types from this table.
 */
export const busMessages = {
  'worker.register': workerRequest({
    description: 'first frame of every connection: who the worker is and which bus version it speaks',
    payload: z.object({
      workerId: workerIdSchema,
      pid: z.number().int().nonnegative(),
      host: z.string().min(1).max(253),
      labels: labelsSchema,
      capabilities: z.array(z.string().min(1).max(64)).max(64),
      busVersion: z.number().int().positive(),
    }),
    reply: z.object({
      controllerId: z.string().min(1).max(128),
      busVersion: z.number().int().positive(),
      /** The heartbeat interval the controller expects, and the silence after which it declares loss. */
      heartbeat_ms: z.number().int().positive(),
      lostAfter_ms: z.number().int().positive(),
      maxFrame_bytes: z.number().int().positive(),
      /** True when the controller knew this workerId already (a reconnect after loss or a restart). */
      reconnected: z.boolean(),
    }),
  }),
  'worker.heartbeat': workerRequest({
    description: 'liveness, every heartbeat interval; the reply tells the worker the controller is alive',
    payload: z.object({
      seq: z.number().int().nonnegative(),
      uptime_ms: z.number().nonnegative(),
      queuedEvents: z.number().int().nonnegative(),
      droppedEvents: z.number().int().nonnegative(),
    }),
    reply: z.object({}),
  }),
  'worker.report': workerEvent({
    description:
      'per-interval report of one role: cumulative counters, ledger and histogram deltas (common/bus/roles.ts)',
    payload: roleReportSchema,
  }),
  'role.start': command({
    description:
      'start a producer, consumer or reader role; the reply says it was accepted, reports say how it runs',
    payload: z
      .object({ roleId: roleIdSchema, spec: roleSpecSchema })
      .refine((p) => p.spec.roleId === p.roleId, {
        message: 'spec.roleId must equal roleId',
        path: ['spec'],
      }),
    reply: z.object({ roleId: roleIdSchema }),
  }),
  'role.stop': command({
    description:
      'stop a role: drain in-flight records and send its final report before replying; not running is not an error',
    payload: z.object({ roleId: roleIdSchema, reason: z.string().max(1024).optional() }),
    reply: z.object({ roleId: roleIdSchema, wasRunning: z.boolean() }),
  }),
  'role.pause': command({
    description: 'pause a consumer role without losing its position (to build a backlog)',
    payload: z.object({ roleId: roleIdSchema }),
    reply: z.object({ roleId: roleIdSchema, paused: z.boolean() }),
  }),
  'role.resume': command({
    description: 'resume a paused consumer role',
    payload: z.object({ roleId: roleIdSchema }),
    reply: z.object({ roleId: roleIdSchema, paused: z.boolean() }),
  }),
  'rate.set': command({
    description: 'change the target rate of a running role',
    payload: z.object({
      roleId: roleIdSchema,
      rate_per_s: z.number().nonnegative().finite(),
      unit: z.enum(['messages', 'bytes']),
    }),
    reply: z.object({ roleId: roleIdSchema, rate_per_s: z.number().nonnegative() }),
  }),
  'worker.shutdown': command({
    description: 'drain for up to drain_ms, then exit',
    payload: z.object({ reason: z.string().max(1024), drain_ms: z.number().int().nonnegative() }),
    reply: z.object({}),
  }),
} as const satisfies Record<string, MessageDef>;

export type BusMessages = typeof busMessages;
export type MessageType = keyof BusMessages;

type TypesWithPattern<P extends MessageDef['pattern']> = {
  [K in MessageType]: BusMessages[K]['pattern'] extends P ? K : never;
}[MessageType];

export type CommandType = TypesWithPattern<'command'>;
export type WorkerRequestType = TypesWithPattern<'worker-request'>;
export type WorkerEventType = TypesWithPattern<'worker-event'>;

/** What a sender passes for a message of type T. */
export type PayloadInput<T extends MessageType> = z.input<BusMessages[T]['payload']>;
/** What a receiver gets for a message of type T, after validation. */
export type Payload<T extends MessageType> = z.output<BusMessages[T]['payload']>;
/** What a handler of T returns. */
export type ReplyInput<T extends CommandType | WorkerRequestType> = BusMessages[T] extends {
  reply: infer R extends z.ZodType;
}
  ? z.input<R>
  : never;
/** What the sender of T gets back, after validation. */
export type Reply<T extends CommandType | WorkerRequestType> = BusMessages[T] extends {
  reply: infer R extends z.ZodType;
}
  ? z.output<R>
  : never;

export type RegisterPayload = Payload<'worker.register'>;
export type ControllerInfo = Reply<'worker.register'>;

/** The definition of a message type, or undefined for a type this build does not know. */
export function messageDef(type: string): MessageDef | undefined {
  return Object.hasOwn(busMessages, type) ? (busMessages as Record<string, MessageDef>)[type] : undefined;
}
