// The Checker interface and the registry that runs, for each enabled assertion, the checker that owns it.
import { type AssertionId, enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { checkBalance } from './balance.ts';
import { checkCatchUp } from './catch-up.ts';
import { checkContinuityAssertions, continuityIds } from './continuity.ts';
import { checkFaults } from './faults.ts';
import { checkLatency, latencyIds } from './latency.ts';
import { checkLifecycle } from './lifecycle.ts';
import { skip } from './result.ts';
import { checkStall } from './stall.ts';
import { checkThroughput } from './throughput.ts';
import { checkTimeouts } from './timeout.ts';

/**
 * A pure function from a task's history to results, for the assertion ids it owns. `check` returns
 * one result for each owned id that `enabledAssertions(history.task)` lists, and no other; it must
 * be deterministic and must not mutate the history.
 */
export interface Checker {
  /** For messages and errors: `continuity`, `latency`, `my-team.compaction`. */
  readonly name: string;
  readonly ids: readonly AssertionId[];
  check(history: TaskHistory): readonly AssertionResult[];
}

/** What running every checker gave: one result per enabled id, plus checkers that crashed. */
export interface CheckRun {
  readonly results: readonly AssertionResult[];
  /** `checker <name> crashed: <message>`: a bug in a checker, not a product failure. */
  readonly errors: readonly string[];
}

/**
 * Maps each assertion id to exactly one checker. A custom checker replaces the owner of its ids
 * (`register(c, { replace: true })`); new assertion ids are added to `assertionIds` in
 * scenarios/suite.ts, because reports, alerts and `expect` are keyed by them.
 */
export class CheckerRegistry {
  readonly #owners = new Map<AssertionId, Checker>();

  constructor(checkers: readonly Checker[] = []) {
    for (const c of checkers) this.register(c);
  }

  /** Adds a checker; throws when one of its ids has an owner, unless `replace`. */
  register(checker: Checker, options: { readonly replace?: boolean } = {}): this {
    for (const id of checker.ids) {
      const owner = this.#owners.get(id);
      if (owner !== undefined && owner !== checker && !options.replace) {
        throw new Error(
          `checker ${checker.name} claims ${id}, which checker ${owner.name} owns; register it with { replace: true } to take it over`,
        );
      }
    }
    for (const id of checker.ids) this.#owners.set(id, checker);
    return this;
  }

  ownerOf(id: AssertionId): Checker | undefined {
    return this.#owners.get(id);
  }

  /** The registered checkers that own at least one id, in registration order. */
  checkers(): Checker[] {
    return [...new Set(this.#owners.values())];
  }

  /**
   * Runs the owners of the enabled assertions and returns one result per enabled id, in
   * `enabledAssertions` order. Results for ids a checker does not own (or that are not enabled)
   * are dropped; an enabled id without a result is skipped with the reason. A checker that throws
   * has its ids skipped and the crash reported in `errors`.
   */
  run(history: TaskHistory): CheckRun {
    const enabled = enabledAssertions(history.task);
    const byId = new Map<AssertionId, AssertionResult>();
    const errors: string[] = [];
    const crashed = new Map<AssertionId, string>();
    const owners = new Set(enabled.map((id) => this.#owners.get(id)).filter((c) => c !== undefined));
    for (const checker of owners) {
      const mine = new Set(enabled.filter((id) => this.#owners.get(id) === checker));
      let results: readonly AssertionResult[];
      try {
        results = checker.check(history);
      } catch (error) {
        const message = `checker ${checker.name} crashed: ${error instanceof Error ? error.message : String(error)}`;
        errors.push(message);
        for (const id of mine) crashed.set(id, message);
        continue;
      }
      for (const result of results) {
        if (!mine.has(result.id)) continue;
        if (byId.has(result.id)) {
          errors.push(`checker ${checker.name} returned two results for ${result.id}; the first is kept`);
          continue;
        }
        byId.set(result.id, result);
      }
    }
    const results = enabled.map((id) => {
      const result = byId.get(id);
      if (result !== undefined) return result;
      const crash = crashed.get(id);
      if (crash !== undefined) return skip(id, `not evaluated: ${crash}`);
      const owner = this.#owners.get(id);
      return skip(
        id,
        owner === undefined
          ? 'not evaluated: no checker is registered for this assertion'
          : `not evaluated: checker ${owner.name} returned no result for it`,
      );
    });
    return { results, errors };
  }
}

/** Wraps a check function as a Checker. */
export function checker(
  name: string,
  ids: readonly AssertionId[],
  check: (history: TaskHistory) => readonly AssertionResult[],
): Checker {
  return { name, ids, check };
}

/** The built-in checkers: one per concern, together owning every id of `assertionIds`. */
export function defaultCheckers(): Checker[] {
  return [
    checker('continuity', continuityIds, (h) => checkContinuityAssertions(h)),
    checker('latency', latencyIds, (h) => checkLatency(h)),
    checker('throughput', ['throughput.window'], checkThroughput),
    checker('stall', ['progress.stall'], checkStall),
    checker('faults', ['recovery.time', 'fault.healed'], (h) => checkFaults(h)),
    checker('catch-up', ['catchup.drain', 'catchup.producerLatency'], checkCatchUp),
    checker('balance', ['balance.leaders'], checkBalance),
    checker('lifecycle', ['experiment.lifecycle'], checkLifecycle),
    checker('timeout', ['task.timeout'], checkTimeouts),
  ];
}

/** A registry of the built-in checkers, to which custom ones can be added. */
export function defaultRegistry(): CheckerRegistry {
  return new CheckerRegistry(defaultCheckers());
}
