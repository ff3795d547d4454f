// recovery.time and fault.healed assertions: every fault healed, verified, and recovered in time.
import { enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { formatDuration_ms, formatList, plural } from './format.ts';
import { DEFAULT_RECOVERY_LIMIT_MS, type RecoveryOptions, recoveryOf } from './recovery.ts';
import { fail, pass, skip } from './result.ts';
import { faultEvidence } from './windows.ts';

/**
 * fault.healed: the task injected at least one fault and every fault's heal was verified.
 * recovery.time: every fault recovered (see recovery.ts) within the task's recovery limit.
 */
export function checkFaults(history: TaskHistory, options: RecoveryOptions = {}): AssertionResult[] {
  const enabled = new Set(enabledAssertions(history.task));
  const results: AssertionResult[] = [];
  const faults = [...history.faults].sort((a, b) => a.injectedAt_ms - b.injectedAt_ms);
  const recoveries = faults.map((f) => recoveryOf(history, f, options));
  const evidence = (i: number) => faultEvidence(history, faults[i], recoveries[i]);
  const name = (i: number) => `${faults[i].kind} of ${faults[i].target}`;

  if (enabled.has('recovery.time')) {
    const id = 'recovery.time';
    const limit_ms = history.task.assert.recovery_ms ?? DEFAULT_RECOVERY_LIMIT_MS;
    if (faults.length === 0) {
      results.push(skip(id, 'no fault was injected, so there is no recovery to time', { limit: limit_ms }));
    } else {
      const late = faults
        .map((_, i) => i)
        .filter((i) => recoveries[i] === undefined || recoveries[i]! > limit_ms);
      const slowest = Math.max(...recoveries.map((r) => r ?? 0));
      const measured = recoveries.includes(undefined) ? undefined : slowest;
      if (late.length === 0) {
        results.push(
          pass(
            id,
            `${plural(faults.length, 'fault')} recovered, slowest in ${formatDuration_ms(slowest)} <= ${formatDuration_ms(limit_ms)}`,
            {
              measured: slowest,
              limit: limit_ms,
              evidence: { faults: faults.map((_, i) => evidence(i)) },
            },
          ),
        );
      } else {
        const text = late.map((i) =>
          recoveries[i] === undefined
            ? `${name(i)} never recovered`
            : `${name(i)} recovered in ${formatDuration_ms(recoveries[i]!)}`,
        );
        results.push(
          fail(id, `${formatList(text, 3)} (limit ${formatDuration_ms(limit_ms)})`, {
            measured,
            limit: limit_ms,
            evidence: { faults: late.map((i) => evidence(i)) },
          }),
        );
      }
    }
  }

  if (enabled.has('fault.healed')) {
    const id = 'fault.healed';
    if (faults.length === 0) {
      results.push(fail(id, `no fault was recorded: the ${history.task.kind} task did not inject its fault`));
    } else {
      const unhealed = faults.map((_, i) => i).filter((i) => faults[i].healVerifiedAt_ms === undefined);
      if (unhealed.length === 0) {
        const slowest = Math.max(
          ...faults.map((f) => f.healVerifiedAt_ms! - (f.healedAt_ms ?? f.injectedAt_ms)),
        );
        results.push(
          pass(id, `every heal verified (${plural(faults.length, 'fault')})`, {
            measured: 0,
            limit: 0,
            evidence: { slowestVerification_ms: slowest },
          }),
        );
      } else {
        const text = unhealed.map((i) =>
          faults[i].healedAt_ms === undefined
            ? `${name(i)} never healed`
            : `${name(i)} healed but not verified`,
        );
        results.push(
          fail(id, formatList(text, 3), {
            measured: unhealed.length,
            limit: 0,
            evidence: { faults: unhealed.map((i) => evidence(i)) },
          }),
        );
      }
    }
  }
  return results;
}
