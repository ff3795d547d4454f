// The suite loader: units, defaults, cross-checks, and errors that name file:line:col and field.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, UserError } from '../common/errors.ts';
import { tempDir } from '../test/helpers/tmp.ts';
import { formatProblem, loadSuite, type ParseOptions, parseSuite, SuiteError } from './load.ts';
import { closest } from './suggest.ts';
import { enabledAssertions, type LoadFile, type Task } from './suite.ts';

/** Joins lines, so that a test can count them: line 1 is the first argument. */
const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

const fakeLoad: LoadFile = {
  path: '/loads/fake.json',
  experiments: [
    {
      start_time: 0,
      researcher: 'r@example.org',
      num_sensors: 2,
      sample_rate: 1000,
      start_temperature: 0,
      stabilization_samples: 10,
      carry_out_samples: 30,
      temp_range: { lower_threshold: 1, upper_threshold: 2 },
    },
  ],
  length_ms: 40_000,
};
const withFakeLoads: ParseOptions = { readLoadFile: () => fakeLoad };

/** The formatted problems of text that must not load. */
function problemsOf(text: string, options: ParseOptions = withFakeLoads): string[] {
  try {
    parseSuite(text, 'suite.yaml', options);
  } catch (error) {
    if (error instanceof SuiteError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the suite to be invalid');
}

function onlyTask(text: string): Task {
  const suite = parseSuite(text, 'suite.yaml', withFakeLoads);
  expect(suite.tasks).toHaveLength(1);
  return suite.tasks[0];
}

describe('a valid suite', () => {
  it('gets built-in defaults for everything it leaves out', () => {
    const suite = parseSuite(
      yaml('tasks:', '  - name: steady', '    kind: produce-consume'),
      'dir/my suite.yaml',
    );
    expect(suite.name).toBe('my-suite');
    expect(suite.target).toEqual({ kind: 'embedded', brokers: 3, storage: 'fs' });
    expect(suite.workers).toBe(2);
    expect(suite.soak.interval_ms).toBe(10_000);
    const [task] = suite.tasks;
    expect(task).toMatchObject({
      name: 'steady',
      kind: 'produce-consume',
      topic: 'longhaul-my-suite-steady',
      partitions: 6,
      producers: 1,
      consumers: 1,
      rate: { kind: 'records', perSecond: 1000 },
      profile: { kind: 'constant' },
      payload: {
        kind: 'experiment',
        load: undefined,
        timeScale: 1,
        rateMultiplier: 1,
        encoding: 'container',
      },
      acks: -1,
      idempotent: true,
      compression: 'none',
      warmup_ms: 5_000,
      duration_ms: 30_000,
      timeouts: { prepare_ms: 120_000, warmup_ms: 65_000, workload_ms: 150_000, cleanup_ms: 60_000 },
      retries: 2,
      expect: { verdict: 'pass' },
    });
    expect(enabledAssertions(task)).toEqual([
      'continuity.lost',
      'continuity.duplicated',
      'continuity.reordered',
      'continuity.inconsistent',
      'throughput.window',
      'progress.stall',
      'task.timeout',
    ]);
  });

  it('parses durations, sizes, rates and percentages into numbers with units in their names', () => {
    const task = onlyTask(
      yaml(
        'tasks:',
        '  - name: t',
        '    kind: catch-up',
        '    rate: 10MiB/s',
        '    warmup: 1m30s',
        '    duration: 2m',
        '    backlog: 200MiB',
        '    backlogRate: 5000',
        '    drainWithin: 90s',
        '    maxProducerP99Increase: 50%',
        '    profile: { ramp: { from: 0%, to: 150%, over: 20s } }',
        '    payload: { fixed: { size: { histogram: [{ size: 100B, weight: 9 }, { size: 1KiB, weight: 1 }] } } }',
        '    assert:',
        '      produceLatency: { p50: 5ms, p99: 250ms, p999: 1s }',
        '      throughput: { tolerance: 5%, window: 5s }',
      ),
    );
    expect(task).toMatchObject({
      kind: 'catch-up',
      rate: { kind: 'bytes', perSecond: 10 * 1024 * 1024 },
      warmup_ms: 90_000,
      duration_ms: 120_000,
      backlog: { kind: 'bytes', size_bytes: 200 * 1024 * 1024 },
      backlogRate: { kind: 'records', perSecond: 5000 },
      drainWithin_ms: 90_000,
      maxProducerP99Increase_fraction: 0.5,
      profile: { kind: 'ramp', from_fraction: 0, to_fraction: 1.5, over_ms: 20_000 },
      payload: {
        kind: 'fixed',
        pattern: 'longhaul ',
        size: {
          kind: 'histogram',
          buckets: [
            { size_bytes: 100, weight: 9 },
            { size_bytes: 1024, weight: 1 },
          ],
        },
      },
    });
    expect(task.assert.produceLatency).toEqual({ p50_ms: 5, p99_ms: 250, p999_ms: 1000 });
    expect(task.assert.throughput).toEqual({ tolerance_fraction: 0.05, window_ms: 5000 });
    expect(enabledAssertions(task)).toContain('catchup.producerLatency');
  });

  it('merges defaults into every task: task values win, assert and timeouts merge key by key', () => {
    const suite = parseSuite(
      yaml(
        'defaults:',
        '  partitions: 12',
        '  rate: 500/s',
        '  acks: 1',
        '  duration: 1m',
        '  timeouts: { prepare: 5m, cleanup: 10s }',
        '  assert:',
        '    produceLatency: { p99: 100ms, p999: 1s }',
        '    stall: 10s',
        'tasks:',
        '  - name: inherits',
        '    kind: produce-consume',
        '  - name: overrides',
        '    kind: produce-consume',
        '    partitions: 3',
        '    rate: max',
        '    timeouts: { cleanup: 30s }',
        '    assert:',
        '      produceLatency: { p999: false, max: 5s }',
        '      stall: false',
        '      continuity: { reordered: true }',
      ),
      'suite.yaml',
    );
    const [inherits, overrides] = suite.tasks;
    expect(inherits).toMatchObject({
      partitions: 12,
      rate: { kind: 'records', perSecond: 500 },
      acks: 1,
      duration_ms: 60_000,
    });
    // Idempotence follows acks unless set: acks 1 means plain at-least-once producers.
    expect(inherits.idempotent).toBe(false);
    expect(inherits.assert.continuity).toEqual({
      lost: true,
      duplicated: false,
      reordered: false,
      inconsistent: true,
    });
    expect(inherits.assert.produceLatency).toEqual({ p99_ms: 100, p999_ms: 1000 });
    expect(inherits.assert.stall_ms).toBe(10_000);
    expect(inherits.timeouts).toEqual({
      prepare_ms: 300_000,
      warmup_ms: 65_000,
      workload_ms: 180_000,
      cleanup_ms: 10_000,
    });

    expect(overrides).toMatchObject({ partitions: 3, rate: { kind: 'max' } });
    expect(overrides.timeouts).toMatchObject({ prepare_ms: 300_000, cleanup_ms: 30_000 });
    expect(overrides.assert.produceLatency).toEqual({ p99_ms: 100, max_ms: 5000 });
    expect(overrides.assert.stall_ms).toBeUndefined();
    expect(overrides.assert.continuity.reordered).toBe(true);
    // rate: max has no target, so the default throughput assertion does not apply.
    expect(overrides.assert.throughput).toBeUndefined();
  });

  it('asserts recovery only on fault kinds, and fills fault timing from the duration', () => {
    const suite = parseSuite(
      yaml(
        'defaults: { assert: { recovery: 20s } }',
        'tasks:',
        '  - { name: plain, kind: produce-consume }',
        '  - { name: kill, kind: broker-kill, duration: 40s, target: [1, 2], restartAfter: never }',
      ),
      'suite.yaml',
    );
    const [plain, kill] = suite.tasks;
    expect(plain.assert.recovery_ms).toBeUndefined();
    expect(kill).toMatchObject({
      kind: 'broker-kill',
      target: { kind: 'ids', ids: [1, 2] },
      at_ms: 10_000,
      count: 1,
      interval_ms: 10_000,
      restartAfter_ms: undefined,
    });
    expect(kill.assert.recovery_ms).toBe(20_000);
    expect(enabledAssertions(kill)).toEqual(expect.arrayContaining(['recovery.time', 'fault.healed']));
  });

  it('reads load files relative to the suite file; a replay lasts as long as its file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'suites'));
    mkdirSync(join(dir, 'loads'));
    copyFileSync(new URL('./loads/2.json', import.meta.url), join(dir, 'loads', '2.json'));
    const file = join(dir, 'suites', 'replay.yaml');
    writeFileSync(
      file,
      yaml(
        'tasks:',
        '  - name: replay',
        '    kind: experiment-replay',
        '    load: ../loads/2.json',
        '    timeScale: 4',
        '  - name: experiments',
        '    kind: produce-consume',
        '    payload: { experiment: { load: ../loads/2.json, rateMultiplier: 3 } }',
      ),
    );
    const [replay, experiments] = loadSuite(file).tasks;
    expect(replay.rate).toEqual({ kind: 'load-file' });
    expect(replay.payload).toMatchObject({
      kind: 'experiment',
      timeScale: 4,
      load: { path: join(dir, 'loads', '2.json') },
    });
    // loads/2.json: 60 samples 1s apart from t=0 outlast 90 samples 0.2s apart from t=30s.
    expect(replay.duration_ms).toBe(15_000);
    expect(replay.assert.lifecycle).toBe(true);
    expect(experiments.payload).toMatchObject({ kind: 'experiment', rateMultiplier: 3 });
    expect(experiments.payload.kind === 'experiment' && experiments.payload.load?.experiments).toHaveLength(
      2,
    );
    expect(experiments.duration_ms).toBe(30_000);
  });

  it('lets top-level x- keys hold YAML anchors, and resolves merge keys', () => {
    const suite = parseSuite(
      yaml(
        'x-calm: &calm',
        '  produceLatency: false',
        '  stall: 1m',
        'tasks:',
        '  - name: a',
        '    kind: broker-pause',
        '    assert:',
        '      <<: *calm',
        '      recovery: 5s',
      ),
      'suite.yaml',
    );
    expect(suite.tasks[0].assert).toMatchObject({ produceLatency: {}, stall_ms: 60_000, recovery_ms: 5000 });
  });
});

describe('an invalid suite', () => {
  it('is a UserError (exit 2) that lists every problem', () => {
    let caught: unknown;
    try {
      parseSuite(
        yaml('tasks:', '  - name: a', '    kind: produce-consume', '    rate: fast', '    warmup: soon'),
        'x.yaml',
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SuiteError);
    expect(caught).toBeInstanceOf(UserError);
    const error = caught as SuiteError;
    expect(error.exitCode).toBe(ExitCode.couldNotRun);
    expect(error.problems.map((problem) => [problem.line, problem.path])).toEqual([
      [4, 'tasks[0].rate'],
      [5, 'tasks[0].warmup'],
    ]);
    expect(error.message).toContain(
      'invalid suite x.yaml (2 problems):\nx.yaml:4:11: tasks[0].rate: invalid rate "fast"',
    );
  });

  it('names the line and field of an unknown key, with a suggestion', () => {
    expect(
      problemsOf(
        yaml(
          'name: typo',
          'defaults:',
          '  partitons: 3',
          'tasks:',
          '  - name: a',
          '    kind: broker-kill',
          '    restart_after: 5s',
          '    bogus: 1',
        ),
      ),
    ).toEqual([
      'suite.yaml:3:3: defaults.partitons: unknown key "partitons" (did you mean "partitions"?)',
      'suite.yaml:7:5: tasks[0].restart_after: unknown key "restart_after" (did you mean "restartAfter"?)',
      'suite.yaml:8:5: tasks[0].bogus: unknown key "bogus"',
    ]);
  });

  it('names the line of a bad duration, and refuses durations without a unit', () => {
    expect(
      problemsOf(
        yaml('tasks:', '  - name: a', '    kind: produce-consume', '    duration: 30 sec', '    warmup: 5'),
      ),
    ).toEqual([
      'suite.yaml:4:15: tasks[0].duration: invalid duration "30 sec": expected e.g. 500ms, 30s, 5m, 2h or 1h30m',
      'suite.yaml:5:13: tasks[0].warmup: duration 5 has no unit: write e.g. 5s or 5ms',
    ]);
  });

  it('names the line of a bad rate', () => {
    expect(
      problemsOf(
        yaml('defaults:', '  rate: 10 parsecs/s', 'tasks:', '  - { name: a, kind: produce-consume }'),
      ),
    ).toEqual(['suite.yaml:2:9: defaults.rate: invalid rate "10 parsecs/s": unknown unit "parsecs"']);
  });

  it('names the line of a duplicate task name', () => {
    expect(
      problemsOf(
        yaml(
          'tasks:',
          '  - name: same',
          '    kind: produce-consume',
          '  - name: other',
          '    kind: produce-consume',
          '  - name: same',
          '    kind: broker-kill',
        ),
      ),
    ).toEqual(['suite.yaml:6:11: tasks[2].name: task name "same" is already used by tasks[0]']);
  });

  it('names the line of a load file that does not exist', () => {
    const dir = tempDir();
    const file = join(dir, 'suite.yaml');
    writeFileSync(
      file,
      yaml(
        'tasks:',
        '  - name: a',
        '    kind: produce-consume',
        '    payload:',
        '      experiment:',
        '        load: loads/missing.json',
      ),
    );
    expect(() => loadSuite(file)).toThrow(
      `${file}:6:15: tasks[0].payload.experiment.load: load file loads/missing.json (${join(dir, 'loads', 'missing.json')}) does not exist`,
    );
  });

  it('names the line of a load file that is not an experiment load file, and what is wrong in it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'load.json'), JSON.stringify([{ start_time: 0, researcher: 'r@example.org' }]));
    const file = join(dir, 'suite.yaml');
    writeFileSync(
      file,
      yaml('tasks:', '  - name: replay', '    kind: experiment-replay', '    load: load.json'),
    );
    expect(() => loadSuite(file)).toThrow(
      new RegExp(
        `${file}:4:11: tasks\\[0\\]\\.load: load file load\\.json \\(.*\\) is not an experiment load file: \\[0\\]\\.num_sensors: `,
      ),
    );
  });

  it('names the line of a YAML syntax error', () => {
    expect(
      problemsOf(yaml('name: broken', 'tasks:', '  - name: a', '    kind: [produce-consume', 'workers: 2')),
    ).toEqual([
      expect.stringMatching(
        /^suite\.yaml:5:1: YAML: Flow sequence in block collection must be sufficiently indented/,
      ),
    ]);
    expect(problemsOf(yaml('tasks: []', 'name: a', 'name: b'))).toEqual([
      'suite.yaml:3:1: YAML: Map keys must be unique',
    ]);
  });

  it('suggests the closest task kind, assertion id or word', () => {
    expect(
      problemsOf(
        yaml(
          'tasks:',
          '  - name: a',
          '    kind: brokr-kill',
          '  - name: b',
          '    kind: network-fault',
          '    fault: blakhole',
          '  - name: c',
          '    kind: self-test-mutation',
          '    mutation: drop-acked',
          '    expect: { fail: [continuity.lots] }',
        ),
      ),
    ).toEqual([
      'suite.yaml:3:11: tasks[0].kind: unknown task kind "brokr-kill" (did you mean "broker-kill"?)',
      'suite.yaml:6:12: tasks[1].fault: unknown network fault "blakhole" (did you mean "blackhole"?)',
      'suite.yaml:10:22: tasks[2].expect.fail[0]: unknown assertion id "continuity.lots" (did you mean "continuity.lost"?)',
    ]);
  });

  it('reports missing fields, and problems inside the one branch of a choice that fits', () => {
    expect(
      problemsOf(
        yaml(
          'tasks:',
          '  - kind: produce-consume',
          '  - name: b',
          '  - name: c',
          '    kind: produce-consume',
          '    payload: { random: { size: huge } }',
          '  - name: d',
          '    kind: produce-consume',
          '    payload: { randm: { size: 1KiB } }',
          '  - name: e',
          '    kind: produce-consume',
          '    payload: {}',
        ),
      ),
    ).toEqual([
      'suite.yaml:2:5: tasks[0].name: missing required field "name"',
      expect.stringMatching(
        /^suite\.yaml:3:5: tasks\[1\]\.kind: missing field "kind": one of produce-consume, /,
      ),
      'suite.yaml:6:32: tasks[2].payload.random.size: invalid size "huge": expected e.g. 512, 1KiB, 200MiB, 1.5GB',
      'suite.yaml:9:16: tasks[3].payload.randm: unknown key "randm" (did you mean "random"?)',
      'suite.yaml:12:14: tasks[4].payload: payload needs one of: experiment, random, fixed',
    ]);
  });

  it('points at the anchor when the bad value comes through an alias', () => {
    expect(
      problemsOf(
        yaml(
          'x-limits: &limits',
          '  p99: 100',
          'tasks:',
          '  - name: a',
          '    kind: produce-consume',
          '    assert: { produceLatency: *limits }',
        ),
      ),
    ).toEqual([
      'suite.yaml:2:8: tasks[0].assert.produceLatency.p99: duration 100 has no unit: write e.g. 100s or 100ms',
    ]);
  });

  it('explains an empty file and a file that is not a mapping', () => {
    expect(problemsOf('# nothing yet\n')).toEqual([
      'suite.yaml:1:1: the file is empty: a suite needs at least `tasks:`',
    ]);
    expect(problemsOf('- a\n- b\n')).toEqual([
      'suite.yaml:1:1: a suite file is a mapping with keys such as name, target, defaults and tasks',
    ]);
    expect(problemsOf('name: x\n')).toEqual(['suite.yaml:1:1: tasks: missing required field "tasks"']);
  });

  it('says which suite file does not exist', () => {
    expect(() => loadSuite('/nonexistent/suite.yaml')).toThrow(
      'suite file /nonexistent/suite.yaml does not exist',
    );
  });
});

describe('cross-checks', () => {
  it('refuses tasks that need the embedded target in a suite with an external one', () => {
    expect(
      problemsOf(
        yaml(
          'target: { external: { bootstrap: "kafka-1:9092,kafka-2:9092" } }',
          'tasks:',
          '  - { name: ok, kind: network-fault, fault: blackhole }',
          '  - { name: kill, kind: broker-kill }',
          '  - { name: mutate, kind: self-test-mutation, mutation: duplicate }',
        ),
      ),
    ).toEqual([
      "suite.yaml:4:25: tasks[1].kind: broker-kill needs control of the broker processes, which only the embedded target gives; this suite's target is external",
      "suite.yaml:5:27: tasks[2].kind: self-test-mutation needs brokers started with --enable-fault-injection, which only the embedded target does; this suite's target is external",
    ]);
  });

  it('checks brokers, partitions and workers against the target and the topic', () => {
    expect(
      problemsOf(
        yaml(
          'target: { embedded: { brokers: 1 } }',
          'workers: 2',
          'defaults: { partitions: 4 }',
          'tasks:',
          '  - { name: a, kind: partition-reassign, move: [1, 4] }',
          '  - { name: b, kind: network-fault, fault: reset, target: [0, 3] }',
          '  - { name: c, kind: worker-preemption, count: 3 }',
          '  - { name: d, kind: scale, to: 1 }',
          '  - { name: e, kind: produce-consume, replicationFactor: 3 }',
        ),
      ),
    ).toEqual([
      'suite.yaml:5:22: tasks[0].kind: partition-reassign needs an embedded target with at least 2 brokers',
      'suite.yaml:5:52: tasks[0].move[1]: partition 4 does not exist: the topic has 4',
      'suite.yaml:6:59: tasks[1].target: broker 3 does not exist: the embedded target has brokers 0..0',
      "suite.yaml:7:48: tasks[2].count: count 3 is above the suite's worker count (2)",
      'suite.yaml:8:33: tasks[3].to: the embedded target already runs 1 broker(s): scale to another count',
      "suite.yaml:9:58: tasks[4].replicationFactor: replicationFactor 3 is above the embedded target's broker count (1)",
    ]);
  });

  it('lets tasks share a topic only with the same partition count', () => {
    expect(
      problemsOf(
        yaml(
          'tasks:',
          '  - { name: write, kind: produce-consume, topic: shared }',
          '  - { name: again, kind: produce-consume, topic: shared }',
          '  - { name: other, kind: produce-consume, topic: shared, partitions: 3 }',
        ),
      ),
    ).toEqual([
      'suite.yaml:4:70: tasks[2].partitions: topic shared has 6 partitions in task "write": use the same count, or another topic',
    ]);
  });

  it('reports a contradiction in defaults once, where it is written', () => {
    expect(
      problemsOf(
        yaml(
          'defaults:',
          '  acks: 1',
          '  idempotent: true',
          'tasks:',
          '  - { name: a, kind: produce-consume }',
          '  - { name: b, kind: produce-consume }',
        ),
      ),
    ).toEqual([
      'suite.yaml:2:9: defaults.acks: idempotent producers need acks: all, and acks is 1: set acks: all, or idempotent: false',
    ]);
  });

  it('checks that a fault fits in the workload phase', () => {
    expect(
      problemsOf(
        yaml(
          'tasks:',
          '  - name: late',
          '    kind: broker-kill',
          '    duration: 30s',
          '    count: 3',
          '    at: 10s',
          '    interval: 10s',
        ),
      ),
    ).toEqual([
      'suite.yaml:6:9: tasks[0].at: the last of 3 kills (with its restart) ends at 35.0s into the workload, which lasts 30.0s: start it earlier (at) or lengthen duration',
    ]);
  });

  it('checks that an expected failure is one the task asserts', () => {
    expect(
      problemsOf(
        yaml(
          'tasks:',
          '  - name: a',
          '    kind: self-test-mutation',
          '    mutation: reorder',
          '    assert: { continuity: { reordered: false } }',
          '    expect: { fail: [continuity.reordered] }',
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /^suite\.yaml:6:22: tasks\[0\]\.expect\.fail\[0\]: continuity\.reordered is not asserted by this task, so it cannot fail; asserted: continuity\.lost, /,
      ),
    ]);
  });

  it('refuses settings that contradict each other on the same task', () => {
    expect(
      problemsOf(
        yaml(
          'target: { embedded: { brokers: 2, storage: memory } }',
          'tasks:',
          '  - name: a',
          '    kind: produce-consume',
          '    acks: 0',
          '    idempotent: true',
          '    rate: max',
          '    profile: { spike: { to: 200%, every: 10s, for: 2s } }',
          '  - name: b',
          '    kind: produce-consume',
          '    rate: 100/s',
          '    payload: { experiment: { load: fake.json } }',
          '    assert: { recovery: 10s }',
        ),
      ),
    ).toEqual([
      'suite.yaml:1:44: target.embedded.storage: storage: memory cannot be shared by 2 broker processes: use storage: fs, or brokers: 1',
      'suite.yaml:5:11: tasks[0].acks: idempotent producers need acks: all, and acks is 0: set acks: all, or idempotent: false',
      'suite.yaml:8:14: tasks[0].profile: a spike profile shapes a target rate, and this task has none (its rate is max)',
      "suite.yaml:11:11: tasks[1].rate: the payload's load file (payload.experiment.load) sets the rate: remove rate, or use a payload without a load file",
      'suite.yaml:13:25: tasks[1].assert.recovery: produce-consume injects no fault, so there is no recovery to time',
    ]);
  });
});

describe('did-you-mean', () => {
  it('matches across case and separators, and stays quiet when nothing is close', () => {
    expect(closest('time_scale', ['timeScale', 'rateMultiplier'])).toBe('timeScale');
    expect(closest('PARTITIONS', ['partitions', 'producers'])).toBe('partitions');
    expect(closest('zzz', ['partitions', 'producers'])).toBeUndefined();
  });
});
