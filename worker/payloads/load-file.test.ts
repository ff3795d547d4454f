import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.ts';
import { parseLoad, readLoadFile } from './load-file.ts';

const entry = {
  start_time: 0,
  researcher: 'researcher@example.org',
  num_sensors: 10,
  sample_rate: 1000,
  start_temperature: 0,
  stabilization_samples: 10,
  carry_out_samples: 50,
  temp_range: { lower_threshold: 100, upper_threshold: 150 },
};

describe('load files', () => {
  it('reads the experiment-producer format into unit-named entries', () => {
    const load = readLoadFile(new URL('./loads/2.json', import.meta.url).pathname);
    expect(load).toHaveLength(2);
    expect(load[1]).toEqual({
      start_s: 30,
      researcher: 'researcher@example.org',
      numSensors: 8,
      samplePeriod_ms: 200,
      startTemperature: 0,
      stabilizationSamples: 10,
      carryOutSamples: 80,
      lowerThreshold: 10,
      upperThreshold: 20,
    });
  });

  it('names the file, the array index and the field of every problem', () => {
    const bad = [
      entry,
      { ...entry, num_sensors: '8', temp_range: { lower_threshold: 30, upper_threshold: 20 } },
      { ...entry, sample_rat: 5 },
    ];
    let message = '';
    try {
      parseLoad(bad, 'loads/bad.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^load file loads\/bad\.json is invalid:/);
    expect(message).toMatch(/\[1\]\.num_sensors: .*expected number/);
    expect(message).toMatch(/\[1\]\.temp_range\.lower_threshold: lower_threshold must be <= upper_threshold/);
    expect(message).toMatch(/\[2\]: .*sample_rat/);
    expect(message).not.toMatch(/\[0\]/);
  });

  it('rejects files that are not a non-empty JSON array', () => {
    expect(() => parseLoad([], 'x.json')).toThrow(/at least one experiment/);
    expect(() => parseLoad({}, 'x.json')).toThrow(/x\.json is invalid:\n {2}\(top level\)/);
    expect(() => parseLoad([{ ...entry, num_sensors: 0 }], 'x.json')).toThrow(/\[0\]\.num_sensors/);
    expect(() => parseLoad([{ ...entry, sample_rate: 0 }], 'x.json')).toThrow(/\[0\]\.sample_rate/);
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '[{"start_time": 0,');
    expect(() => readLoadFile(join(dir, 'broken.json'))).toThrow(/broken\.json is not valid JSON/);
    expect(() => readLoadFile(join(dir, 'missing.json'))).toThrow(/cannot read load file .*missing\.json/);
  });
});
