// The acked-ledger file that `produce --ledger-out` writes and `consume --check-ledger` reads.
import { readFileSync, writeFileSync } from 'node:fs';
import { UserError } from '../../common/errors.ts';
import { Ledger } from '../../common/ledger.ts';

/** `{ v: 1, kind, topic, runId, ledger: LedgerWire }` as JSON. */
export interface LedgerFile {
  readonly topic: string;
  readonly runId: string;
  readonly ledger: Ledger;
}

const KIND = 'longhaul-acked-ledger';

export function writeLedgerFile(path: string, file: LedgerFile): void {
  const body = { v: 1, kind: KIND, topic: file.topic, runId: file.runId, ledger: file.ledger.encode() };
  try {
    writeFileSync(path, `${JSON.stringify(body)}\n`);
  } catch (error) {
    throw new UserError(`cannot write the ledger to ${path}: ${(error as Error).message}`);
  }
}

export function readLedgerFile(path: string): LedgerFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`cannot read ledger file ${path}: ${(error as Error).message}`, {
      hint: 'pass a file written by longhaul produce --ledger-out',
    });
  }
  const body = json as { v?: unknown; kind?: unknown; topic?: unknown; runId?: unknown; ledger?: unknown };
  if (
    body?.v !== 1 ||
    body.kind !== KIND ||
    typeof body.topic !== 'string' ||
    typeof body.runId !== 'string'
  ) {
    throw new UserError(`${path} is not a longhaul ledger file (v 1, kind ${KIND})`, {
      hint: 'pass a file written by longhaul produce --ledger-out',
    });
  }
  try {
    return { topic: body.topic, runId: body.runId, ledger: Ledger.decode(body.ledger) };
  } catch (error) {
    throw new UserError(`ledger file ${path}: ${(error as Error).message}`);
  }
}
