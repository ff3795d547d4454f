// The roles of one worker: start by spec, stop, rate changes, pause/resume, stop everything on shutdown.
import { isDeepStrictEqual } from 'node:util';
import { type RoleSpec, roleSpecSchema } from '../common/bus/roles.ts';
import { UserError } from '../common/errors.ts';
import { ConsumerRole, type ConsumerRoleOptions } from './consumer.ts';
import { ProducerRole, type ProducerRoleOptions } from './producer.ts';
import { ReaderRole } from './reader.ts';
import type { Role, RoleContext } from './role.ts';

/** Roles remembered after they ended, so that a repeated command is answered consistently. */
const MAX_ENDED_ROLES = 1000;
/** Roles running at once on one worker. */
export const MAX_RUNNING_ROLES = 256;

export type AnyRole = ProducerRole | ConsumerRole | ReaderRole;

/** Creates the role object of a spec (validated again here: the CLI builds specs too). */
export function createRole(
  input: RoleSpec,
  ctx: RoleContext,
  options: ProducerRoleOptions & ConsumerRoleOptions = {},
): AnyRole {
  const parsed = roleSpecSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'spec'}: ${i.message}`).join('; ');
    throw new UserError(`invalid role spec: ${issues}`);
  }
  const spec = parsed.data;
  switch (spec.kind) {
    case 'producer':
      if (spec.idempotent && spec.acks !== -1) {
        throw new UserError(
          `role ${spec.roleId}: an idempotent producer needs acks=-1 (all), got ${spec.acks}`,
        );
      }
      return new ProducerRole(spec, ctx, options);
    case 'consumer':
      return new ConsumerRole(spec, ctx, options);
    case 'reader':
      return new ReaderRole(spec, ctx, options);
  }
}

/**
 * The roles of a worker process. Commands are idempotent where a level-triggered controller
 * needs it: starting a running role with the same spec is a no-op, stopping a role that does not
 * run is not an error.
 */
export class RoleManager {
  readonly #ctx: RoleContext;
  readonly #running = new Map<string, AnyRole>();
  /** roleId -> spec of roles that ended (bounded, oldest forgotten). */
  readonly #ended = new Map<string, RoleSpec>();
  #closing = false;

  constructor(ctx: RoleContext) {
    this.#ctx = ctx;
  }

  get running(): readonly AnyRole[] {
    return [...this.#running.values()];
  }

  role(roleId: string): AnyRole | undefined {
    return this.#running.get(roleId);
  }

  /** Starts a role in the background; its reports say how it goes. Throws UserError when refused. */
  start(roleId: string, spec: RoleSpec): { roleId: string } {
    if (this.#closing)
      throw new UserError(`worker ${this.#ctx.workerId} is shutting down; not starting ${roleId}`);
    if (spec.roleId !== roleId)
      throw new UserError(`role id ${roleId} differs from spec.roleId ${spec.roleId}`);
    const existing = this.#running.get(roleId);
    if (existing !== undefined) {
      if (isDeepStrictEqual(existing.spec, roleSpecSchema.parse(spec))) return { roleId };
      throw new UserError(`role ${roleId} already runs with a different spec; stop it first`);
    }
    if (this.#running.size >= MAX_RUNNING_ROLES) {
      throw new UserError(`worker ${this.#ctx.workerId} already runs ${MAX_RUNNING_ROLES} roles`);
    }
    const role = createRole(spec, this.#ctx);
    this.#running.set(roleId, role);
    this.#ended.delete(roleId);
    void role.ended.then(() => {
      if (this.#running.get(roleId) === role) this.#running.delete(roleId);
      this.#ended.set(roleId, role.spec);
      if (this.#ended.size > MAX_ENDED_ROLES) this.#ended.delete(this.#ended.keys().next().value!);
    });
    role.start();
    return { roleId };
  }

  /** Stops a role, waiting for its drain and final report. False when it was not running. */
  async stop(roleId: string, reason?: string): Promise<boolean> {
    const role = this.#running.get(roleId);
    if (role === undefined) return false;
    await role.stop(reason);
    return true;
  }

  setRate(roleId: string, rate_per_s: number, unit: 'messages' | 'bytes'): number {
    const role = this.#require(roleId);
    if (!(role instanceof ProducerRole))
      throw new UserError(`role ${roleId} is a ${role.kind}: rate.set is for producers`);
    role.setRate(rate_per_s, unit);
    return rate_per_s;
  }

  pause(roleId: string): boolean {
    const role = this.#require(roleId);
    if (!(role instanceof ConsumerRole))
      throw new UserError(`role ${roleId} is a ${role.kind}: only consumers pause`);
    return role.pause();
  }

  resume(roleId: string): boolean {
    const role = this.#require(roleId);
    if (!(role instanceof ConsumerRole))
      throw new UserError(`role ${roleId} is a ${role.kind}: only consumers resume`);
    return role.resume();
  }

  /** Stops every role (in parallel), each with its drain and final report; refuses new roles. */
  async stopAll(reason: string): Promise<void> {
    this.#closing = true;
    await Promise.all([...this.#running.values()].map((role: Role) => role.stop(reason)));
  }

  #require(roleId: string): AnyRole {
    const role = this.#running.get(roleId);
    if (role !== undefined) return role;
    const ended = this.#ended.has(roleId) ? ' (it has ended)' : '';
    throw new UserError(`no role ${roleId} runs on worker ${this.#ctx.workerId}${ended}`);
  }
}
