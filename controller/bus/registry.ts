// The controller's table of workers seen on the bus: who is connected, who is lost, when each was last heard.
import type { RegisterPayload } from '../../common/bus/messages.ts';

export type WorkerState = 'connected' | 'lost';

export interface WorkerInfo {
  readonly workerId: string;
  readonly state: WorkerState;
  readonly pid: number;
  readonly host: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly capabilities: readonly string[];
  readonly busVersion: number;
  /** First registration with this controller. */
  readonly firstRegistered_ms: number;
  /** Start of the current (or last) connection. */
  readonly connected_ms: number;
  /** Last frame of any kind from the worker. */
  readonly lastSeen_ms: number;
  /** Last `worker.heartbeat`; 0 before the first. */
  readonly lastHeartbeat_ms: number;
  /** How many times the worker registered (1 + reconnects). */
  readonly registrations: number;
  /** Events the worker dropped from its bounded queue while away, as of its last heartbeat. */
  readonly droppedEvents: number;
  readonly lost_ms?: number;
  readonly lostReason?: string;
}

/** Which workers a publish goes to. A list of ids reports the ones not connected as failed. */
export type WorkerSelector =
  | 'all'
  | { readonly labels: Readonly<Record<string, string>> }
  | { readonly workerIds: readonly string[] };

export type RegisterOutcome = 'new' | 'reconnected' | 'replaced';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Pure state, no I/O: the bus server drives it, tests can drive it with a fake clock. */
export class WorkerRegistry {
  /** Lost workers are remembered (for reconnects and the REST API) up to this many, oldest forgotten first. */
  readonly maxLost: number;
  private readonly workers = new Map<string, Mutable<WorkerInfo>>();
  private lostCount = 0;

  constructor(maxLost: number) {
    this.maxLost = maxLost;
  }

  register(registration: RegisterPayload, now_ms: number): { info: WorkerInfo; outcome: RegisterOutcome } {
    const existing = this.workers.get(registration.workerId);
    const outcome: RegisterOutcome = !existing
      ? 'new'
      : existing.state === 'lost'
        ? 'reconnected'
        : 'replaced';
    if (existing?.state === 'lost') this.lostCount--;
    const record: Mutable<WorkerInfo> = {
      workerId: registration.workerId,
      state: 'connected',
      pid: registration.pid,
      host: registration.host,
      labels: { ...registration.labels },
      capabilities: [...registration.capabilities],
      busVersion: registration.busVersion,
      firstRegistered_ms: existing?.firstRegistered_ms ?? now_ms,
      connected_ms: now_ms,
      lastSeen_ms: now_ms,
      lastHeartbeat_ms: 0,
      registrations: (existing?.registrations ?? 0) + 1,
      droppedEvents: 0,
    };
    this.workers.delete(registration.workerId);
    this.workers.set(registration.workerId, record);
    return { info: { ...record }, outcome };
  }

  /** Records a frame from the worker; `heartbeat` also updates the heartbeat fields. */
  touch(workerId: string, now_ms: number, heartbeat?: { droppedEvents: number }): void {
    const record = this.workers.get(workerId);
    if (record?.state !== 'connected') return;
    record.lastSeen_ms = now_ms;
    if (heartbeat) {
      record.lastHeartbeat_ms = now_ms;
      record.droppedEvents = heartbeat.droppedEvents;
    }
  }

  /** Marks a connected worker lost; returns its info, or undefined if it was not connected. */
  markLost(workerId: string, reason: string, now_ms: number): WorkerInfo | undefined {
    const record = this.workers.get(workerId);
    if (record?.state !== 'connected') return undefined;
    record.state = 'lost';
    record.lost_ms = now_ms;
    record.lostReason = reason;
    // Moving the record to the end keeps lost workers in the order they were lost.
    this.workers.delete(workerId);
    this.workers.set(workerId, record);
    this.lostCount++;
    this.forgetOldestLost();
    return { ...record };
  }

  /** Connected workers silent for longer than `lostAfter_ms`. */
  silent(now_ms: number, lostAfter_ms: number): string[] {
    const ids: string[] = [];
    for (const record of this.workers.values()) {
      if (record.state === 'connected' && now_ms - record.lastSeen_ms > lostAfter_ms)
        ids.push(record.workerId);
    }
    return ids;
  }

  get(workerId: string): WorkerInfo | undefined {
    const record = this.workers.get(workerId);
    return record ? { ...record } : undefined;
  }

  isConnected(workerId: string): boolean {
    return this.workers.get(workerId)?.state === 'connected';
  }

  list(): WorkerInfo[] {
    return [...this.workers.values()].map((record) => ({ ...record }));
  }

  /** Connected workers the selector picks, and (for an id list) the ids that are not connected. */
  select(selector: WorkerSelector): { targets: string[]; missing: string[] } {
    const targets: string[] = [];
    const missing: string[] = [];
    if (selector === 'all') {
      for (const record of this.workers.values())
        if (record.state === 'connected') targets.push(record.workerId);
    } else if ('workerIds' in selector) {
      for (const id of new Set(selector.workerIds)) (this.isConnected(id) ? targets : missing).push(id);
    } else {
      const wanted = Object.entries(selector.labels);
      for (const record of this.workers.values()) {
        if (record.state !== 'connected') continue;
        if (wanted.every(([key, value]) => record.labels[key] === value)) targets.push(record.workerId);
      }
    }
    return { targets, missing };
  }

  /** Removes a lost worker from the table (e.g. its pod is gone for good). */
  forget(workerId: string): boolean {
    const record = this.workers.get(workerId);
    if (record?.state !== 'lost') return false;
    this.workers.delete(workerId);
    this.lostCount--;
    return true;
  }

  private forgetOldestLost(): void {
    if (this.lostCount <= this.maxLost) return;
    for (const record of this.workers.values()) {
      if (record.state !== 'lost') continue;
      this.workers.delete(record.workerId);
      this.lostCount--;
      if (this.lostCount <= this.maxLost) return;
    }
  }
}
