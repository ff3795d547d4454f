// Replies the coordinator owes its callers: each settles exactly once, by the protocol or by close().

interface Closable {
  resolveOnClose(): void;
}

/** A reply not sent yet (a JoinGroup waiting for the join phase, a SyncGroup waiting for the leader...). */
export class Pending<T> {
  readonly promise: Promise<T>;
  #resolve: (value: T) => void = () => {};
  #settled = false;
  readonly #closeValue: () => T;
  readonly #owner: Set<Closable>;

  constructor(owner: Set<Closable>, closeValue: () => T) {
    this.promise = new Promise<T>((resolve) => {
      this.#resolve = resolve;
    });
    this.#closeValue = closeValue;
    this.#owner = owner;
    owner.add(this);
  }

  get settled(): boolean {
    return this.#settled;
  }

  /** Sends the reply; returns false (and does nothing) if it was already sent. */
  resolve(value: T): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    this.#owner.delete(this);
    this.#resolve(value);
    return true;
  }

  resolveOnClose(): void {
    this.resolve(this.#closeValue());
  }
}

/** Every reply still owed, so that shutdown can answer all of them (bounded: none is ever forgotten). */
export class PendingReplies {
  readonly #open = new Set<Closable>();

  create<T>(closeValue: () => T): Pending<T> {
    return new Pending<T>(this.#open, closeValue);
  }

  get size(): number {
    return this.#open.size;
  }

  /** Resolves every open reply with the value it was created with for this case. */
  closeAll(): void {
    for (const reply of [...this.#open]) reply.resolveOnClose();
  }
}
