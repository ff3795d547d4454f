// Specification of the fake clock the coordinator's tests run on.
import { describe, expect, it } from 'vitest';
import { FakeTime } from './fake-time.ts';

describe('FakeTime', () => {
  it('runs due timers in due order, ties in scheduling order, each at its due time', () => {
    const time = new FakeTime(1_000);
    const fired: string[] = [];
    time.setTimer(20, () => fired.push(`b@${time.now_ms()}`));
    time.setTimer(10, () => fired.push(`a@${time.now_ms()}`));
    time.setTimer(20, () => fired.push(`c@${time.now_ms()}`));
    time.advance(15);
    expect(fired).toEqual(['a@1010']);
    time.advance(5);
    expect(fired).toEqual(['a@1010', 'b@1020', 'c@1020']);
    expect(time.now_ms()).toBe(1_020);
  });

  it('runs timers scheduled by callbacks within the same advance, and never cancelled ones', () => {
    const time = new FakeTime();
    const fired: number[] = [];
    const cancelled = time.setTimer(5, () => fired.push(-1));
    time.setTimer(10, () => time.setTimer(10, () => fired.push(time.now_ms())));
    cancelled.cancel();
    time.advance(25);
    expect(fired).toEqual([20]);
    expect(time.pendingTimers).toBe(0);
    expect(() => time.advance(-1)).toThrow(/must be >= 0/);
  });
});
