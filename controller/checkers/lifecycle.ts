// experiment.lifecycle assertion: consumed experiment records decode and follow the lifecycle order.
import { enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { plural } from './format.ts';
import { fail, pass } from './result.ts';

/** experiment.lifecycle: the consumers reported no record that failed to decode or came out of order. */
export function checkLifecycle(history: TaskHistory): AssertionResult[] {
  const id = 'experiment.lifecycle';
  if (!enabledAssertions(history.task).includes(id)) return [];
  const n = history.lifecycleViolations;
  return n === 0
    ? [
        pass(id, 'every consumed experiment record decoded and arrived in lifecycle order', {
          measured: 0,
          limit: 0,
        }),
      ]
    : [
        fail(id, `${plural(n, 'experiment record')} did not decode or arrived out of lifecycle order`, {
          measured: n,
          limit: 0,
          evidence: { violations: n },
        }),
      ];
}
