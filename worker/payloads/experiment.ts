// The experiment lifecycle generator: a load file's events, lazily and in schedule order, with expected counts and rates.
import { createHash } from 'node:crypto';
import { assert } from '../../common/errors.ts';
import type { Load, LoadEntry } from './load-file.ts';
import { Rng } from './rng.ts';
import { type ExperimentValues, RECORD_NAME_HEADER, RECORD_NAMES, type RecordName } from './schemas.ts';

export interface ExperimentOptions {
  /** K: run the schedule K times faster (rates x K, durations / K). Default 1. */
  readonly timeScale?: number;
  /**
   * M: run M copies of every experiment (distinct ids), copy j starting j/M of a sample period
   * after copy 0 so that copies do not send in lockstep. Default 1.
   */
  readonly rateMultiplier?: number;
  /** Seed of ids and temperatures: the same seed gives the same events. Default 1. */
  readonly seed?: number | string;
  /** Wall-clock time of schedule time 0, for the `timestamp` fields. Default 0. */
  readonly epochStart_ms?: number;
}

/** One experiment (one copy of a load entry) as scheduled. */
export interface PlannedExperiment {
  readonly id: string;
  readonly sensors: readonly string[];
  /** Index of the load file entry. */
  readonly entry: number;
  /** Which copy (0..M-1) of the entry. */
  readonly copy: number;
  /** Unique per experiment in the schedule; orders events scheduled at the same time. */
  readonly ordinal: number;
  /** Schedule time of experiment_configured (after scaling). */
  readonly start_ms: number;
  /** Time between samples (after scaling). */
  readonly samplePeriod_ms: number;
  readonly stabilizationSamples: number;
  readonly carryOutSamples: number;
  readonly researcher: string;
  readonly startTemperature: number;
  readonly lowerThreshold: number;
  readonly upperThreshold: number;
}

/** One event to produce, at schedule time `at_ms` (ms after the schedule starts). */
export type ExperimentEvent = {
  [N in RecordName]: {
    readonly at_ms: number;
    /** The experiment id: all events of one experiment land on one partition, in order. */
    readonly key: string;
    readonly recordName: N;
    /** `{ record_name }`, shared and frozen: copy it before adding headers. */
    readonly headers: Readonly<Record<typeof RECORD_NAME_HEADER, string>>;
    readonly value: ExperimentValues[N];
    /** `PlannedExperiment.ordinal` of the experiment. */
    readonly experiment: number;
  };
}[RecordName];

export interface LoadSummary {
  /** Experiments in the schedule (entries x M). */
  readonly experiments: number;
  readonly events: number;
  readonly eventsByRecordName: Readonly<Record<RecordName, number>>;
  /** Schedule time of the last event. */
  readonly duration_ms: number;
  /** `[s]`: events scheduled in `[s, s+1)` seconds of the schedule. */
  readonly eventsPerSecond: readonly number[];
  readonly peakEventsPerSecond: number;
}

/** Chance that a carry-out sample of a sensor is an excursion outside the allowed range. */
export const EXCURSION_PROBABILITY = 0.01;

/** Length of `measurement_hash`. */
export const MEASUREMENT_HASH_LENGTH = 300;

/**
 * `measurement_hash` of a sample: the hex SHA-256 chain h0 = sha256(experiment + ":" +
 * measurement_id), h(i+1) = sha256(hex of h(i)), concatenated and cut to 300 characters. A consumer
 * verifies a measurement by recomputing it; in Python:
 * `h = sha256(f"{e}:{m}".encode()).hexdigest(); s = h` then
 * `while len(s) < 300: h = sha256(h.encode()).hexdigest(); s += h`, then `s[:300]`.
 */
export function measurementHash(experiment: string, measurementId: string): string {
  let h = createHash('sha256').update(`${experiment}:${measurementId}`).digest('hex');
  let out = h;
  while (out.length < MEASUREMENT_HASH_LENGTH) {
    h = createHash('sha256').update(h).digest('hex');
    out += h;
  }
  return out.slice(0, MEASUREMENT_HASH_LENGTH);
}

const HEADERS = Object.fromEntries(
  RECORD_NAMES.map((name) => [name, Object.freeze({ [RECORD_NAME_HEADER]: name })]),
);

interface ResolvedOptions {
  readonly timeScale: number;
  readonly rateMultiplier: number;
  readonly seed: number | string;
  readonly epochStart_ms: number;
}

function resolve(options: ExperimentOptions): ResolvedOptions {
  const timeScale = options.timeScale ?? 1;
  const rateMultiplier = options.rateMultiplier ?? 1;
  assert(
    Number.isFinite(timeScale) && timeScale > 0,
    () => `timeScale must be a number > 0, got ${timeScale}`,
  );
  assert(
    Number.isSafeInteger(rateMultiplier) && rateMultiplier >= 1,
    () => `rateMultiplier must be an integer >= 1, got ${rateMultiplier}`,
  );
  return { timeScale, rateMultiplier, seed: options.seed ?? 1, epochStart_ms: options.epochStart_ms ?? 0 };
}

function plan(entry: LoadEntry, index: number, copy: number, o: ResolvedOptions): PlannedExperiment {
  const rng = new Rng(o.seed, 'experiment', index, copy);
  const id = rng.uuid4();
  const sensors = Array.from({ length: entry.numSensors }, () => rng.uuid4());
  return {
    id,
    sensors,
    entry: index,
    copy,
    ordinal: index * o.rateMultiplier + copy,
    start_ms: (entry.start_s * 1000 + (copy * entry.samplePeriod_ms) / o.rateMultiplier) / o.timeScale,
    samplePeriod_ms: entry.samplePeriod_ms / o.timeScale,
    stabilizationSamples: entry.stabilizationSamples,
    carryOutSamples: entry.carryOutSamples,
    researcher: entry.researcher,
    startTemperature: entry.startTemperature,
    lowerThreshold: entry.lowerThreshold,
    upperThreshold: entry.upperThreshold,
  };
}

/** Schedule time of sample k (k counts stabilization then carry-out samples from 0). */
function sampleAt(p: PlannedExperiment, k: number): number {
  return p.start_ms + k * p.samplePeriod_ms;
}

/** Every experiment of the schedule (entries x copies), in start order. */
export function planExperiments(load: Load, options: ExperimentOptions = {}): PlannedExperiment[] {
  const o = resolve(options);
  const out: PlannedExperiment[] = [];
  load.forEach((entry, index) => {
    for (let copy = 0; copy < o.rateMultiplier; copy++) out.push(plan(entry, index, copy, o));
  });
  return out.sort((a, b) => a.start_ms - b.start_ms || a.ordinal - b.ordinal);
}

/** What an experiment emits next. */
const Phase = {
  configured: 0,
  stabilizing: 1,
  stabilizationSample: 2,
  started: 3,
  carryOutSample: 4,
  terminated: 5,
  done: 6,
} as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/** The state machine of one experiment: its next event and when it is due. */
class ExperimentRun {
  readonly plan: PlannedExperiment;
  readonly #rng: Rng;
  readonly #epochStart_ms: number;
  #phase: Phase = Phase.configured;
  #sample = 0;
  #sensor = 0;
  /** Temperature per sensor: the stabilization curve's target, then the carry-out random walk. */
  #target: Float64Array;
  #walk: Float64Array;
  #measurementId = '';
  #hash = '';
  #timestamp = 0;
  #reading: Float32Array;
  nextAt_ms: number;
  /** Set when its first event is taken (and the entry's next copy scheduled). */
  started = false;

  constructor(p: PlannedExperiment, epochStart_ms: number, seed: number | string) {
    this.plan = p;
    this.#rng = new Rng(seed, 'temperatures', p.entry, p.copy);
    this.#epochStart_ms = epochStart_ms;
    this.nextAt_ms = p.start_ms;
    const n = p.sensors.length;
    this.#target = new Float64Array(n);
    this.#walk = new Float64Array(n);
    this.#reading = new Float32Array(n);
    const width = p.upperThreshold - p.lowerThreshold;
    for (let i = 0; i < n; i++) this.#target[i] = p.lowerThreshold + width * (0.25 + 0.5 * this.#rng.next());
  }

  get done(): boolean {
    return this.#phase === Phase.done;
  }

  next(): ExperimentEvent {
    const p = this.plan;
    const at_ms = this.nextAt_ms;
    const timestamp = (this.#epochStart_ms + at_ms) / 1000;
    const experiment = p.ordinal;
    const key = p.id;
    switch (this.#phase) {
      case Phase.configured:
        this.#phase = Phase.stabilizing;
        return {
          at_ms,
          key,
          recordName: 'experiment_configured',
          headers: HEADERS.experiment_configured,
          value: {
            experiment: p.id,
            researcher: p.researcher,
            sensors: p.sensors,
            temperature_range: {
              upper_threshold: Math.fround(p.upperThreshold),
              lower_threshold: Math.fround(p.lowerThreshold),
            },
          },
          experiment,
        };
      case Phase.stabilizing:
        this.#advanceToSample(p.stabilizationSamples > 0 ? Phase.stabilizationSample : Phase.started);
        return {
          at_ms,
          key,
          recordName: 'stabilization_started',
          headers: HEADERS.stabilization_started,
          value: { experiment: p.id, timestamp },
          experiment,
        };
      case Phase.started:
        this.#advanceToSample(p.carryOutSamples > 0 ? Phase.carryOutSample : Phase.terminated);
        return {
          at_ms,
          key,
          recordName: 'experiment_started',
          headers: HEADERS.experiment_started,
          value: { experiment: p.id, timestamp },
          experiment,
        };
      case Phase.terminated:
        this.#phase = Phase.done;
        return {
          at_ms,
          key,
          recordName: 'experiment_terminated',
          headers: HEADERS.experiment_terminated,
          value: { experiment: p.id, timestamp },
          experiment,
        };
      case Phase.stabilizationSample:
      case Phase.carryOutSample:
        return this.#sensorEvent(at_ms, timestamp);
      default:
        throw new Error(`invariant violated: experiment ${p.id} has no event after experiment_terminated`);
    }
  }

  #advanceToSample(phase: Phase): void {
    const p = this.plan;
    this.#phase = phase;
    if (phase === Phase.started) this.nextAt_ms = sampleAt(p, p.stabilizationSamples);
    else if (phase === Phase.terminated)
      this.nextAt_ms = sampleAt(p, p.stabilizationSamples + p.carryOutSamples);
    else this.nextAt_ms = sampleAt(p, this.#sample);
  }

  #sensorEvent(at_ms: number, timestamp: number): ExperimentEvent {
    const p = this.plan;
    if (this.#sensor === 0) this.#takeSample(timestamp);
    const i = this.#sensor;
    const event: ExperimentEvent = {
      at_ms,
      key: p.id,
      recordName: 'sensor_temperature_measured',
      headers: HEADERS.sensor_temperature_measured,
      value: {
        experiment: p.id,
        sensor: p.sensors[i],
        measurement_id: this.#measurementId,
        timestamp: this.#timestamp,
        temperature: this.#reading[i],
        measurement_hash: this.#hash,
      },
      experiment: p.ordinal,
    };
    if (++this.#sensor === p.sensors.length) {
      this.#sensor = 0;
      this.#sample++;
      if (this.#sample === p.stabilizationSamples && this.#phase === Phase.stabilizationSample) {
        this.#advanceToSample(Phase.started);
      } else if (this.#sample === p.stabilizationSamples + p.carryOutSamples) {
        this.#advanceToSample(Phase.terminated);
      } else {
        this.nextAt_ms = sampleAt(p, this.#sample);
      }
    }
    return event;
  }

  /** New readings of every sensor for the current sample. */
  #takeSample(timestamp: number): void {
    const p = this.plan;
    const rng = this.#rng;
    const lower = p.lowerThreshold;
    const upper = p.upperThreshold;
    const width = upper - lower;
    this.#measurementId = rng.uuid4();
    this.#hash = measurementHash(p.id, this.#measurementId);
    this.#timestamp = timestamp;
    const n = p.sensors.length;
    if (this.#phase === Phase.stabilizationSample) {
      // Ease out from the start temperature to a point inside the range, reached at the last sample.
      const f = (this.#sample + 1) / p.stabilizationSamples;
      const eased = 1 - (1 - f) * (1 - f);
      for (let i = 0; i < n; i++) {
        const noise = rng.normal() * 0.01 * width * (1 - f);
        let t = p.startTemperature + (this.#target[i] - p.startTemperature) * eased + noise;
        if (f === 1) t = Math.min(upper, Math.max(lower, t));
        this.#walk[i] = t;
        this.#reading[i] = t;
      }
      return;
    }
    if (this.#sample === p.stabilizationSamples) {
      // No stabilization samples (or their last one left us outside): start inside the range.
      for (let i = 0; i < n; i++) {
        if (p.stabilizationSamples === 0) this.#walk[i] = this.#target[i];
        this.#walk[i] = Math.min(upper, Math.max(lower, this.#walk[i]));
      }
    }
    // Carry-out: a random walk reflected into the range, with rare single-sample excursions.
    for (let i = 0; i < n; i++) {
      let w = this.#walk[i] + rng.normal() * 0.02 * width;
      if (w > upper) w = upper - (w - upper);
      if (w < lower) w = lower + (lower - w);
      w = Math.min(upper, Math.max(lower, w));
      this.#walk[i] = w;
      if (rng.next() < EXCURSION_PROBABILITY) {
        const by = (0.05 + 0.2 * rng.next()) * Math.max(width, 1);
        this.#reading[i] = rng.next() < 0.5 ? upper + by : lower - by;
      } else {
        this.#reading[i] = w;
      }
    }
  }
}

/** A binary min-heap of runs by (next event time, ordinal). */
class RunHeap {
  readonly #items: ExperimentRun[] = [];

  get size(): number {
    return this.#items.length;
  }

  get top(): ExperimentRun {
    return this.#items[0];
  }

  push(run: ExperimentRun): void {
    const items = this.#items;
    items.push(run);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!RunHeap.#before(run, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = run;
  }

  pop(): ExperimentRun {
    const items = this.#items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  /** Restores the order after the top's next event time grew. */
  siftTop(): void {
    this.#siftDown(0);
  }

  #siftDown(start: number): void {
    const items = this.#items;
    const n = items.length;
    const run = items[start];
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && RunHeap.#before(items[right], items[left]) ? right : left;
      if (!RunHeap.#before(items[child], run)) break;
      items[i] = items[child];
      i = child;
    }
    items[i] = run;
  }

  static #before(a: ExperimentRun, b: ExperimentRun): boolean {
    return a.nextAt_ms < b.nextAt_ms || (a.nextAt_ms === b.nextAt_ms && a.plan.ordinal < b.plan.ordinal);
  }
}

/**
 * The events of a load, merged across experiments in schedule order (ties: lower ordinal first,
 * each experiment's own order kept). Lazy: memory holds the running experiments, never the
 * events, so a week-long schedule costs no more than a minute-long one.
 *
 * Per experiment: experiment_configured and stabilization_started at its start; sample k
 * (k = 0.., stabilization then carry-out) at start + k x period, one event per sensor;
 * experiment_started at start + S x period (just before carry-out sample 0); experiment_terminated
 * at start + (S + C) x period, one period after the last sample (as the original producer sleeps
 * after each sample).
 */
export function* experimentEvents(
  load: Load,
  options: ExperimentOptions = {},
): IterableIterator<ExperimentEvent> {
  const o = resolve(options);
  const heap = new RunHeap();
  for (const [index, entry] of load.entries()) {
    heap.push(new ExperimentRun(plan(entry, index, 0, o), o.epochStart_ms, o.seed));
  }
  while (heap.size > 0) {
    const run = heap.top;
    if (!run.started) {
      // The next copy of this entry is created only now, so pending copies cost one run per entry.
      const { entry, copy } = run.plan;
      if (copy + 1 < o.rateMultiplier) {
        heap.push(new ExperimentRun(plan(load[entry], entry, copy + 1, o), o.epochStart_ms, o.seed));
      }
      run.started = true;
      assert(heap.top === run, 'a later copy cannot be scheduled before the copy that created it');
    }
    const event = run.next();
    if (run.done) {
      heap.pop();
    } else {
      heap.siftTop();
    }
    yield event;
  }
}

/** Expected counts and rates of a load, from its schedule alone (O(samples), not O(events)). */
export function summary(load: Load, options: ExperimentOptions = {}): LoadSummary {
  const o = resolve(options);
  const byName = Object.fromEntries(RECORD_NAMES.map((name) => [name, 0])) as Record<RecordName, number>;
  const perSecond: number[] = [];
  const bump = (at_ms: number, n: number) => {
    const s = Math.floor(at_ms / 1000);
    while (perSecond.length <= s) perSecond.push(0);
    perSecond[s] += n;
  };
  let duration_ms = 0;
  let experiments = 0;
  load.forEach((entry, index) => {
    for (let copy = 0; copy < o.rateMultiplier; copy++) {
      experiments++;
      // Only the timing fields matter here: skip id generation.
      const p = { ...plan({ ...entry, numSensors: 0 }, index, copy, o), sensors: [] };
      const samples = p.stabilizationSamples + p.carryOutSamples;
      byName.experiment_configured++;
      byName.stabilization_started++;
      byName.experiment_started++;
      byName.experiment_terminated++;
      byName.sensor_temperature_measured += samples * entry.numSensors;
      bump(p.start_ms, 2);
      for (let k = 0; k < samples; k++) bump(sampleAt(p, k), entry.numSensors);
      bump(sampleAt(p, p.stabilizationSamples), 1);
      const end = sampleAt(p, samples);
      bump(end, 1);
      duration_ms = Math.max(duration_ms, end);
    }
  });
  const events = RECORD_NAMES.reduce((sum, name) => sum + byName[name], 0);
  return {
    experiments,
    events,
    eventsByRecordName: byName,
    duration_ms,
    eventsPerSecond: perSecond,
    peakEventsPerSecond: perSecond.reduce((a, b) => Math.max(a, b), 0),
  };
}
