// Constructors of assertion results, so every checker words and shapes its verdicts the same way.
import type { AssertionId } from '../../scenarios/suite.ts';
import type { AssertionResult } from '../model.ts';

export interface ResultFields {
  readonly measured?: number;
  readonly limit?: number;
  readonly evidence?: unknown;
}

export function pass(id: AssertionId, message: string, fields: ResultFields = {}): AssertionResult {
  return { id, status: 'pass', message, ...defined(fields) };
}

export function fail(id: AssertionId, message: string, fields: ResultFields = {}): AssertionResult {
  return { id, status: 'fail', message, ...defined(fields) };
}

/** A failure that is not proof of the product's fault: the input was incomplete (see the model). */
export function inconclusive(id: AssertionId, message: string, fields: ResultFields = {}): AssertionResult {
  return { id, status: 'fail', message, ...defined(fields), inconclusive: true };
}

export function skip(id: AssertionId, message: string, fields: ResultFields = {}): AssertionResult {
  return { id, status: 'skipped', message, ...defined(fields) };
}

/** Leaves out undefined fields so results compare and serialise cleanly. */
function defined(fields: ResultFields): ResultFields {
  const out: { measured?: number; limit?: number; evidence?: unknown } = {};
  if (fields.measured !== undefined) out.measured = fields.measured;
  if (fields.limit !== undefined) out.limit = fields.limit;
  if (fields.evidence !== undefined) out.evidence = fields.evidence;
  return out;
}
