// Specification of the coordinator's settings: defaults and validation.
import { describe, expect, it } from 'vitest';
import { defaultGroupCoordinatorConfig, resolveGroupCoordinatorConfig } from './config.ts';

describe('group coordinator config', () => {
  it('defaults suit a testing tool: a short initial rebalance delay and short minimum session', () => {
    expect(resolveGroupCoordinatorConfig()).toEqual(defaultGroupCoordinatorConfig);
    expect(defaultGroupCoordinatorConfig.initialRebalanceDelay_ms).toBe(300);
    expect(resolveGroupCoordinatorConfig({ initialRebalanceDelay_ms: 0 }).initialRebalanceDelay_ms).toBe(0);
  });

  it('rejects settings that cannot work, naming them', () => {
    expect(() => resolveGroupCoordinatorConfig({ maxMembersPerGroup: 0 })).toThrow(
      /maxMembersPerGroup must be >= 1/,
    );
    expect(() => resolveGroupCoordinatorConfig({ initialRebalanceDelay_ms: -1 })).toThrow(
      /initialRebalanceDelay_ms/,
    );
    expect(() => resolveGroupCoordinatorConfig({ maxGroups: 1.5 })).toThrow(/maxGroups/);
    expect(() =>
      resolveGroupCoordinatorConfig({ minSessionTimeout_ms: 10_000, maxSessionTimeout_ms: 5_000 }),
    ).toThrow(/minSessionTimeout_ms \(10000\) is above maxSessionTimeout_ms \(5000\)/);
  });
});
