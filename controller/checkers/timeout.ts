// task.timeout assertion: no phase ran past its timeout.
import type { PhaseTimeouts } from '../../scenarios/suite.ts';
import { enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { formatDuration_ms, formatList } from './format.ts';
import { fail, pass } from './result.ts';

/** task.timeout: fails for every phase the task loop recorded as `timed-out`. */
export function checkTimeouts(history: TaskHistory): AssertionResult[] {
  const id = 'task.timeout';
  if (!enabledAssertions(history.task).includes(id)) return [];
  const timeouts: PhaseTimeouts = history.task.timeouts;
  const late = history.phases.filter((p) => p.outcome === 'timed-out');
  if (late.length === 0) {
    return [
      pass(
        id,
        `every phase ended within its timeout (${history.phases.map((p) => p.name).join(', ') || 'none ran'})`,
      ),
    ];
  }
  const phases = late.map((p) => ({
    phase: p.name,
    start_ms: p.start_ms,
    end_ms: p.end_ms ?? null,
    ran_ms: p.end_ms === undefined ? null : p.end_ms - p.start_ms,
    timeout_ms: timeouts[`${p.name}_ms`],
    error: p.error ?? null,
  }));
  const text = phases.map((p) => `${p.phase} (timeout ${formatDuration_ms(p.timeout_ms)})`);
  return [
    fail(id, `${formatList(text)} ran past its timeout`, {
      measured: late.length,
      limit: 0,
      evidence: { phases },
    }),
  ];
}
