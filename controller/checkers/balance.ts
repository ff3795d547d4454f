// balance.leaders assertion: no broker leads far more partitions than the mean at the end of the workload.
import { enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { formatCount, formatPercent } from './format.ts';
import { fail, pass, skip } from './result.ts';

/**
 * balance.leaders: the most leaders on one broker <= (1 + maxSkew) x the mean over the brokers in
 * `leadersPerBroker` (the task loop lists brokers leading nothing with 0, or the mean is too high).
 */
export function checkBalance(history: TaskHistory): AssertionResult[] {
  const id = 'balance.leaders';
  const balance = history.task.assert.balance;
  if (balance === undefined || !enabledAssertions(history.task).includes(id)) return [];
  const leaders = history.leadersPerBroker;
  if (leaders === undefined || Object.keys(leaders).length === 0) {
    return [skip(id, 'leaders per broker were not recorded at the end of the workload')];
  }
  const entries = Object.entries(leaders).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const mean = total / entries.length;
  const limit = (1 + balance.maxSkew_fraction) * mean;
  const [busiest, most] = entries[0];
  const evidence = {
    leadersPerBroker: Object.fromEntries(entries),
    mean,
    maxSkew_fraction: balance.maxSkew_fraction,
  };
  const text =
    `broker ${busiest} leads ${formatCount(most)} of ${formatCount(total)} partitions; mean ${formatCount(mean, 1)}, ` +
    `at most ${formatCount(limit, 1)} (+${formatPercent(balance.maxSkew_fraction)})`;
  return [
    most <= limit
      ? pass(id, text, { measured: most, limit, evidence })
      : fail(id, text, { measured: most, limit, evidence }),
  ];
}
