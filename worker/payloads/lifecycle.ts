// Validation of consumed experiment events: per experiment id, lifecycle order, complete samples and sample counts.
import { measurementHash, type PlannedExperiment } from './experiment.ts';
import type {
  ExperimentConfigured,
  ExperimentMilestone,
  RecordName,
  SensorTemperatureMeasured,
} from './schemas.ts';

export type ViolationKind =
  /** An event of an experiment whose experiment_configured was not seen. */
  | 'before-configured'
  /** experiment_configured again for a running experiment. */
  | 'reconfigured'
  /** A lifecycle event or measurement in the wrong phase. */
  | 'out-of-order'
  /** Any event after experiment_terminated. */
  | 'after-terminated'
  /** A measurement from a sensor the experiment was not configured with. */
  | 'unknown-sensor'
  /** A sensor twice in one sample (one measurement_id). */
  | 'repeated-sensor'
  /** A sample that ended without one event per configured sensor. */
  | 'incomplete-sample'
  /** Events of one sample with different timestamps or hashes. */
  | 'sample-mismatch'
  /** measurement_hash is not the hash of the measurement. */
  | 'bad-hash'
  /** A timestamp earlier than the experiment's previous event. */
  | 'time-backwards'
  /** Stabilization or carry-out ended after a number of samples other than expected. */
  | 'sample-count'
  /** Not terminated when the validation finished (only with `finish({ complete: true })`). */
  | 'unterminated'
  /** A value that is not an experiment event. */
  | 'malformed';

export interface LifecycleViolation {
  readonly kind: ViolationKind;
  readonly experiment: string;
  readonly recordName: string;
  readonly detail: string;
}

export interface ExpectedSamples {
  readonly stabilizationSamples: number;
  readonly carryOutSamples: number;
}

export interface LifecycleOptions {
  /** Examples kept (default 10); counts are exact. */
  readonly maxExamples?: number;
  /** Expected sample counts of an experiment, when known (e.g. `expectedSamples(planExperiments(...))`). */
  readonly expected?: (experimentId: string) => ExpectedSamples | undefined;
  /** Recompute every sample's measurement_hash (default true). */
  readonly verifyHash?: boolean;
  /** Ids of terminated experiments remembered to catch late events (default 1,000,000; oldest forgotten first). */
  readonly maxTerminatedRemembered?: number;
}

export interface LifecycleReport {
  readonly ok: boolean;
  readonly events: number;
  readonly configured: number;
  readonly terminated: number;
  /** Configured and not terminated yet. */
  readonly running: number;
  readonly violations: {
    readonly count: number;
    readonly byKind: Readonly<Partial<Record<ViolationKind, number>>>;
    readonly examples: readonly LifecycleViolation[];
  };
}

/** The sample counts of planned experiments, for `LifecycleOptions.expected`. */
export function expectedSamples(
  plans: Iterable<PlannedExperiment>,
): (experimentId: string) => ExpectedSamples | undefined {
  const byId = new Map<string, ExpectedSamples>();
  for (const p of plans) {
    byId.set(p.id, { stabilizationSamples: p.stabilizationSamples, carryOutSamples: p.carryOutSamples });
  }
  return (id) => byId.get(id);
}

const Phase = { configured: 0, stabilizing: 1, started: 2 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

interface Running {
  phase: Phase;
  readonly sensors: ReadonlySet<string>;
  lastTimestamp: number;
  stabilizationSamples: number;
  carryOutSamples: number;
  /** The sample in progress. */
  measurementId: string | undefined;
  sampleTimestamp: number;
  sampleHash: string;
  sampleSensors: Set<string>;
}

/**
 * Checks consumed events experiment by experiment. Feed it each distinct record once, in the
 * order of its partition (a re-read after a rebalance looks like an out-of-order replay: drop
 * repeats by their continuity stamp first).
 */
export class LifecycleValidator {
  readonly #maxExamples: number;
  readonly #expected: LifecycleOptions['expected'];
  readonly #verifyHash: boolean;
  readonly #maxTerminated: number;
  readonly #running = new Map<string, Running>();
  /** Insertion-ordered, so the oldest is forgotten first. */
  readonly #terminated = new Set<string>();
  #terminatedCount = 0;
  #configured = 0;
  #events = 0;
  #violations = 0;
  readonly #byKind: Partial<Record<ViolationKind, number>> = {};
  readonly #examples: LifecycleViolation[] = [];

  constructor(options: LifecycleOptions = {}) {
    this.#maxExamples = options.maxExamples ?? 10;
    this.#expected = options.expected;
    this.#verifyHash = options.verifyHash ?? true;
    this.#maxTerminated = options.maxTerminatedRemembered ?? 1_000_000;
  }

  /** Checks one event (`value` as decoded, e.g. by `decodePayload`). */
  observe(recordName: RecordName, value: unknown): void {
    this.#events++;
    const experiment = (value as { experiment?: unknown } | null)?.experiment;
    if (typeof experiment !== 'string') {
      this.#violate('malformed', String(experiment), recordName, 'value has no experiment id');
      return;
    }
    if (this.#terminated.has(experiment)) {
      this.#violate('after-terminated', experiment, recordName, 'event after experiment_terminated');
      return;
    }
    if (recordName === 'experiment_configured') {
      this.#configure(experiment, value as ExperimentConfigured);
      return;
    }
    const run = this.#running.get(experiment);
    if (run === undefined) {
      this.#violate(
        'before-configured',
        experiment,
        recordName,
        'no experiment_configured seen for this experiment',
      );
      return;
    }
    const timestamp = (value as ExperimentMilestone).timestamp;
    if (timestamp < run.lastTimestamp) {
      this.#violate(
        'time-backwards',
        experiment,
        recordName,
        `timestamp ${timestamp} < previous ${run.lastTimestamp}`,
      );
    } else {
      run.lastTimestamp = timestamp;
    }
    switch (recordName) {
      case 'stabilization_started':
        if (run.phase !== Phase.configured)
          this.#violate('out-of-order', experiment, recordName, 'not right after experiment_configured');
        run.phase = Phase.stabilizing;
        break;
      case 'sensor_temperature_measured':
        this.#measurement(experiment, run, value as SensorTemperatureMeasured);
        break;
      case 'experiment_started':
        if (run.phase !== Phase.stabilizing)
          this.#violate('out-of-order', experiment, recordName, 'not after stabilization_started');
        this.#closeSample(experiment, run, recordName);
        this.#checkCount(
          experiment,
          recordName,
          'stabilization',
          run.stabilizationSamples,
          this.#expected?.(experiment)?.stabilizationSamples,
        );
        run.phase = Phase.started;
        break;
      case 'experiment_terminated':
        if (run.phase !== Phase.started)
          this.#violate('out-of-order', experiment, recordName, 'not after experiment_started');
        this.#closeSample(experiment, run, recordName);
        this.#checkCount(
          experiment,
          recordName,
          'carry-out',
          run.carryOutSamples,
          this.#expected?.(experiment)?.carryOutSamples,
        );
        this.#running.delete(experiment);
        this.#terminatedCount++;
        this.#terminated.add(experiment);
        if (this.#terminated.size > this.#maxTerminated)
          this.#terminated.delete(this.#terminated.values().next().value!);
        break;
    }
  }

  /** The report so far; `complete: true` when no more events will come (running experiments are violations). */
  finish(options: { complete?: boolean } = {}): LifecycleReport {
    if (options.complete) {
      for (const [experiment, run] of this.#running) {
        this.#closeSample(experiment, run, 'experiment_terminated');
        this.#violate('unterminated', experiment, 'experiment_terminated', 'experiment never terminated');
      }
      this.#running.clear();
    }
    return {
      ok: this.#violations === 0,
      events: this.#events,
      configured: this.#configured,
      terminated: this.#terminatedCount,
      running: this.#running.size,
      violations: { count: this.#violations, byKind: { ...this.#byKind }, examples: [...this.#examples] },
    };
  }

  #configure(experiment: string, value: ExperimentConfigured): void {
    if (this.#running.has(experiment)) {
      this.#violate(
        'reconfigured',
        experiment,
        'experiment_configured',
        'experiment_configured again while running',
      );
    }
    if (!Array.isArray(value.sensors)) {
      this.#violate('malformed', experiment, 'experiment_configured', 'no sensor list');
      return;
    }
    this.#configured++;
    this.#running.set(experiment, {
      phase: Phase.configured,
      sensors: new Set(value.sensors),
      lastTimestamp: Number.NEGATIVE_INFINITY,
      stabilizationSamples: 0,
      carryOutSamples: 0,
      measurementId: undefined,
      sampleTimestamp: 0,
      sampleHash: '',
      sampleSensors: new Set(),
    });
  }

  #measurement(experiment: string, run: Running, m: SensorTemperatureMeasured): void {
    const name = 'sensor_temperature_measured';
    if (run.phase === Phase.configured) {
      this.#violate('out-of-order', experiment, name, 'measurement before stabilization_started');
      run.phase = Phase.stabilizing;
    }
    if (m.measurement_id !== run.measurementId) {
      this.#closeSample(experiment, run, name);
      run.measurementId = m.measurement_id;
      run.sampleTimestamp = m.timestamp;
      run.sampleHash = m.measurement_hash;
      if (run.phase === Phase.stabilizing) run.stabilizationSamples++;
      else run.carryOutSamples++;
      if (this.#verifyHash && m.measurement_hash !== measurementHash(experiment, m.measurement_id)) {
        this.#violate(
          'bad-hash',
          experiment,
          name,
          `measurement ${m.measurement_id} has a hash that is not its own`,
        );
      }
    } else if (m.timestamp !== run.sampleTimestamp || m.measurement_hash !== run.sampleHash) {
      this.#violate(
        'sample-mismatch',
        experiment,
        name,
        `measurement ${m.measurement_id}: sensors disagree on timestamp or hash`,
      );
    }
    if (!run.sensors.has(m.sensor)) {
      this.#violate('unknown-sensor', experiment, name, `sensor ${m.sensor} is not configured`);
    } else if (run.sampleSensors.has(m.sensor)) {
      this.#violate(
        'repeated-sensor',
        experiment,
        name,
        `sensor ${m.sensor} twice in measurement ${m.measurement_id}`,
      );
    } else {
      run.sampleSensors.add(m.sensor);
    }
  }

  #closeSample(experiment: string, run: Running, recordName: string): void {
    if (run.measurementId === undefined) return;
    if (run.sampleSensors.size !== run.sensors.size) {
      this.#violate(
        'incomplete-sample',
        experiment,
        recordName,
        `measurement ${run.measurementId} has ${run.sampleSensors.size} of ${run.sensors.size} sensors`,
      );
    }
    run.measurementId = undefined;
    run.sampleSensors.clear();
  }

  #checkCount(
    experiment: string,
    recordName: string,
    phase: string,
    actual: number,
    expected: number | undefined,
  ): void {
    if (expected !== undefined && actual !== expected) {
      this.#violate(
        'sample-count',
        experiment,
        recordName,
        `${phase} had ${actual} samples, expected ${expected}`,
      );
    }
  }

  #violate(kind: ViolationKind, experiment: string, recordName: string, detail: string): void {
    this.#violations++;
    this.#byKind[kind] = (this.#byKind[kind] ?? 0) + 1;
    if (this.#examples.length < this.#maxExamples)
      this.#examples.push({ kind, experiment, recordName, detail });
  }
}
