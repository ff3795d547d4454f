// The Overview dashboard: verdicts now, the pass/fail timeline of tasks and assertions, active alerts.
import { type DashboardSpec, selector as s, stat, stateTimeline, table, timeseries } from '../grafana.ts';
import {
  assertionMappings,
  byCluster,
  bySuite,
  byTask,
  cluster,
  datasource,
  faultWindows,
  jobs,
  phaseMappings,
  suite,
  task,
  taskStatusMappings,
  upMappings,
  zeroIsGood,
} from './common.ts';

export const overview: DashboardSpec = {
  uid: 'longhaul-overview',
  title: 'longhaul / Overview',
  description:
    'Did the suite pass? Verdicts of every task and assertion over time, and the alerts firing now.',
  variables: [datasource, cluster, suite, task],
  annotations: [faultWindows],
  sections: [
    {
      title: 'Now',
      rows: [
        [
          stat(
            'Tasks failing',
            'Tasks whose last verdict is FAIL (an assertion did not meet its expectation).',
            [{ expr: `count(${s('longhaul_task_status', byTask)} == 0) or vector(0)`, instant: true }],
            { w: 4, h: 5, thresholds: zeroIsGood },
          ),
          stat(
            'Assertions unexpected',
            "Assertions whose last outcome differs from the task's expect: failed SLAs, or self-test mutations that were not caught.",
            [{ expr: `sum(${s('longhaul_assertion_unexpected', byTask)}) or vector(0)`, instant: true }],
            { w: 4, h: 5, thresholds: zeroIsGood },
          ),
          stat(
            'Continuity violations',
            'Records lost, duplicated, reordered or inconsistent, found by verdicts in the time range.',
            [
              {
                expr: `sum(increase(${s('longhaul_continuity_violations_total', byTask)}[$__range])) or vector(0)`,
                instant: true,
              },
            ],
            { w: 4, h: 5, thresholds: zeroIsGood, decimals: 0 },
          ),
          stat(
            'Runs by status',
            'Suite runs (soak iterations) that finished in the time range, by status.',
            [
              {
                expr: `sum by (status) (increase(${s('longhaul_runs_total', bySuite)}[$__range]))`,
                legend: '{{status}}',
                instant: true,
              },
            ],
            { w: 4, h: 5, decimals: 0 },
          ),
          stat(
            'Iteration',
            'Iteration of the current or last run: 1 for `longhaul run`, counting up in a soak.',
            [{ expr: `max by (suite) (${s('longhaul_run_iteration', bySuite)})`, legend: '{{suite}}' }],
            { w: 4, h: 5 },
          ),
          stat(
            'Controller',
            'Whether Prometheus can scrape the controller. Its metrics, and so every verdict panel, exist only while it runs.',
            [{ expr: `max(${s('up', byCluster, [`job="${jobs.controller}"`])})`, instant: true }],
            { w: 4, h: 5, mappings: upMappings },
          ),
        ],
        [
          table(
            'Last verdict per task',
            'The status of the last verdict of each task. Details (measured values, evidence) are in the run report.',
            [{ expr: `max by (suite, task) (${s('longhaul_task_status', byTask)})`, instant: true }],
            { w: 12, h: 8, mappings: taskStatusMappings },
          ),
          table(
            'Active alerts',
            'longhaul alerts pending or firing now (deploy/prometheus/rules.yml), from Prometheus ALERTS series.',
            [
              {
                expr: 'max by (alertname, severity, alertstate, suite, task, assertion) (ALERTS{alertname=~"Longhaul.*", cluster=~"$cluster"})',
                instant: true,
              },
            ],
            { w: 12, h: 8, hideColumns: ['Value'] },
          ),
        ],
      ],
    },
    {
      title: 'Timeline',
      rows: [
        [
          stateTimeline(
            'Task verdicts',
            'The last verdict of each task over time: it changes when the task is judged again (the next iteration of a soak).',
            [
              {
                expr: `max by (suite, task) (${s('longhaul_task_status', byTask)})`,
                legend: '{{suite}} / {{task}}',
              },
            ],
            { w: 24, h: 6, mappings: taskStatusMappings },
          ),
        ],
        [
          stateTimeline(
            'Task phases',
            'Which phase each task is in: prepare, warmup, workload (faults happen here), cleanup (heal, drain, final read).',
            [
              {
                expr: `max by (suite, task) (${s('longhaul_task_phase', byTask)})`,
                legend: '{{suite}} / {{task}}',
              },
            ],
            { w: 24, h: 6, mappings: phaseMappings },
          ),
        ],
        [
          stateTimeline(
            'Assertions',
            'The last outcome of every assertion of every task: pass, fail or skipped.',
            [
              {
                expr: `max by (task, assertion) (${s('longhaul_assertion_status', byTask)})`,
                legend: '{{task}} {{assertion}}',
              },
            ],
            { w: 24, h: 12, mappings: assertionMappings },
          ),
        ],
        [
          timeseries(
            'Alerts firing',
            'longhaul alerts firing over time, by alert and severity.',
            [
              {
                expr: 'count by (alertname, severity) (ALERTS{alertname=~"Longhaul.*", alertstate="firing", cluster=~"$cluster"})',
                legend: '{{alertname}} ({{severity}})',
              },
            ],
            { w: 24, h: 7, bars: true, stack: true, decimals: 0 },
          ),
        ],
      ],
    },
  ],
};
