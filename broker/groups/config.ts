// Limits and timeouts of the group coordinator, with defaults chosen for a testing tool.
import { UserError } from '../../common/errors.ts';

export interface GroupCoordinatorConfig {
  /**
   * How long a rebalance of an Empty group waits for more members before completing, extended
   * by the same again (up to the rebalance timeout) while members keep arriving. Kafka's
   * group.initial.rebalance.delay.ms, whose default there is 3000; 0 completes as soon as every
   * known member joined.
   */
  readonly initialRebalanceDelay_ms: number;
  /** Kafka's group.min.session.timeout.ms (default 6000 there); lower here so tests can detect dead members fast. */
  readonly minSessionTimeout_ms: number;
  /** Kafka's group.max.session.timeout.ms (default 1800000 there too). */
  readonly maxSessionTimeout_ms: number;
  /** Kafka's group.max.size (unbounded there); a join beyond it gets GROUP_MAX_SIZE_REACHED. */
  readonly maxMembersPerGroup: number;
  /** Groups this coordinator holds at most; creating one more answers COORDINATOR_NOT_AVAILABLE. No Kafka equivalent. */
  readonly maxGroups: number;
  /** How long a new member's first JoinGroup may wait for the join phase (Kafka's fixed NewMemberJoinTimeoutMs). */
  readonly newMemberJoinTimeout_ms: number;
  /** An Empty group with no members and no offsets is forgotten after this long (Kafka: at its next cleanup, every offsets.retention.check.interval.ms). */
  readonly emptyGroupRetention_ms: number;
  /** Kafka's offset.metadata.max.bytes: longer commit metadata gets OFFSET_METADATA_TOO_LARGE. */
  readonly maxOffsetMetadata_bytes: number;
  /** OffsetCommits of one group waiting for the store; more answer COORDINATOR_NOT_AVAILABLE. No Kafka equivalent. */
  readonly maxInFlightCommitsPerGroup: number;
}

export const defaultGroupCoordinatorConfig: GroupCoordinatorConfig = {
  initialRebalanceDelay_ms: 300,
  minSessionTimeout_ms: 1_000,
  maxSessionTimeout_ms: 1_800_000,
  maxMembersPerGroup: 1_000,
  maxGroups: 10_000,
  newMemberJoinTimeout_ms: 300_000,
  emptyGroupRetention_ms: 600_000,
  maxOffsetMetadata_bytes: 4_096,
  maxInFlightCommitsPerGroup: 1_000,
};

/** Defaults overlaid with `overrides`, checked once here so the coordinator can trust the numbers. */
export function resolveGroupCoordinatorConfig(
  overrides: Partial<GroupCoordinatorConfig> = {},
): GroupCoordinatorConfig {
  const config: GroupCoordinatorConfig = { ...defaultGroupCoordinatorConfig, ...overrides };
  for (const [name, value] of Object.entries(config)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new UserError(
        `group coordinator setting ${name} must be a whole number >= 0, got ${String(value)}`,
      );
    }
  }
  const atLeastOne = ['maxMembersPerGroup', 'maxGroups', 'maxInFlightCommitsPerGroup'] as const;
  for (const name of atLeastOne) {
    if (config[name] < 1) {
      throw new UserError(`group coordinator setting ${name} must be >= 1, got ${config[name]}`);
    }
  }
  if (config.minSessionTimeout_ms > config.maxSessionTimeout_ms) {
    throw new UserError(
      `group coordinator minSessionTimeout_ms (${config.minSessionTimeout_ms}) is above maxSessionTimeout_ms (${config.maxSessionTimeout_ms})`,
      { hint: 'raise maxSessionTimeout_ms or lower minSessionTimeout_ms' },
    );
  }
  return config;
}
