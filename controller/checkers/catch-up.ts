// catchup.drain and catchup.producerLatency assertions: a backlog drained in time without hurting producers.
import { enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { formatCount, formatDuration_ms, formatPercent, formatRate } from './format.ts';
import { fail, pass, skip } from './result.ts';

/**
 * catchup.drain: consumers reached the end offsets of the backlog within `drainWithin`.
 * catchup.producerLatency: produce p99 during the drain <= p99 of the warmup's second half x
 * (1 + maxProducerP99Increase), or the warmup p99 + producerP99Slack when that is larger (a
 * percentage of a 15 ms baseline is scheduling noise on a shared machine).
 */
export function checkCatchUp(history: TaskHistory): AssertionResult[] {
  const task = history.task;
  if (task.kind !== 'catch-up') return [];
  const enabled = new Set(enabledAssertions(task));
  const record = history.catchUp;
  const results: AssertionResult[] = [];

  if (enabled.has('catchup.drain')) {
    const id = 'catchup.drain';
    const limit_ms = task.drainWithin_ms;
    if (record === undefined) {
      results.push(
        fail(id, 'no catch-up measurement was recorded: the drain was never timed', { limit: limit_ms }),
      );
    } else {
      const backlog = `${formatCount(record.backlogRecords)} records (${formatCount(record.backlogBytes)} bytes)`;
      const evidence = { ...record, drainWithin_ms: limit_ms };
      if (record.drain_ms === undefined) {
        results.push(
          fail(id, `consumers never reached the end of the backlog of ${backlog}`, {
            limit: limit_ms,
            evidence,
          }),
        );
      } else {
        const rate =
          record.drain_ms > 0 ? ` at ${formatRate((record.backlogRecords * 1000) / record.drain_ms)}` : '';
        const text = `backlog of ${backlog} drained in ${formatDuration_ms(record.drain_ms)}${rate}`;
        results.push(
          record.drain_ms <= limit_ms
            ? pass(id, `${text} <= ${formatDuration_ms(limit_ms)}`, {
                measured: record.drain_ms,
                limit: limit_ms,
                evidence,
              })
            : fail(id, `${text} > ${formatDuration_ms(limit_ms)}`, {
                measured: record.drain_ms,
                limit: limit_ms,
                evidence,
              }),
        );
      }
    }
  }

  const increase = task.maxProducerP99Increase_fraction;
  if (enabled.has('catchup.producerLatency') && increase !== undefined) {
    const id = 'catchup.producerLatency';
    const baseline_ms = record?.baselineProduceP99_ms;
    const drain_ms = record?.drainProduceP99_ms;
    if (baseline_ms === undefined || drain_ms === undefined) {
      const missing =
        baseline_ms === undefined ? 'no warmup produce p99 (baseline)' : 'no produce p99 during the drain';
      results.push(skip(id, `${missing} was recorded`, { evidence: record }));
    } else {
      const slack_ms = task.producerP99Slack_ms;
      const relative_ms = baseline_ms * (1 + increase);
      const limit_ms = Math.max(relative_ms, baseline_ms + slack_ms);
      const change = baseline_ms > 0 ? drain_ms / baseline_ms - 1 : 0;
      const bound =
        limit_ms > relative_ms
          ? `at most +${formatDuration_ms(slack_ms)} (slack, more than +${formatPercent(increase)})`
          : `at most +${formatPercent(increase)}`;
      const text =
        `producers' p99 during the drain ${formatDuration_ms(drain_ms)} vs warmup ${formatDuration_ms(baseline_ms)} ` +
        `(${change >= 0 ? '+' : ''}${formatPercent(change)}, ${bound}: ${formatDuration_ms(limit_ms)})`;
      const evidence = {
        baselineProduceP99_ms: baseline_ms,
        drainProduceP99_ms: drain_ms,
        maxIncrease_fraction: increase,
        slack_ms,
      };
      results.push(
        drain_ms <= limit_ms
          ? pass(id, text, { measured: drain_ms, limit: limit_ms, evidence })
          : fail(id, text, { measured: drain_ms, limit: limit_ms, evidence }),
      );
    }
  }
  return results;
}
