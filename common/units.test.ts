import { describe, expect, it } from 'vitest';
import { parseDuration_ms, parseRate, parseSize_bytes } from './units.ts';

describe('units', () => {
  it('parses durations as users write them', () => {
    expect(parseDuration_ms('30s')).toBe(30_000);
    expect(parseDuration_ms('250ms')).toBe(250);
    expect(parseDuration_ms('1h30m')).toBe(5_400_000);
    expect(parseDuration_ms('2.5m')).toBe(150_000);
    expect(parseDuration_ms('1500')).toBe(1500);
    expect(() => parseDuration_ms('30 seconds')).toThrow(/invalid duration "30 seconds"/);
    expect(() => parseDuration_ms('')).toThrow(/invalid duration/);
  });

  it('parses binary and decimal sizes', () => {
    expect(parseSize_bytes('1KiB')).toBe(1024);
    expect(parseSize_bytes('200MiB')).toBe(200 * 1024 * 1024);
    expect(parseSize_bytes('1.5GB')).toBe(1_500_000_000);
    expect(parseSize_bytes('512')).toBe(512);
    expect(() => parseSize_bytes('12 parsecs')).toThrow(/invalid size/);
  });

  it('parses record and byte rates', () => {
    expect(parseRate('5000')).toEqual({ kind: 'records', perSecond: 5000 });
    expect(parseRate('5000/s')).toEqual({ kind: 'records', perSecond: 5000 });
    expect(parseRate('10MiB/s')).toEqual({ kind: 'bytes', perSecond: 10 * 1024 * 1024 });
    expect(() => parseRate('fast')).toThrow(/invalid rate/);
    expect(() => parseRate('0')).toThrow(/must be > 0/);
  });
});
