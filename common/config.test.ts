import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempDir } from '../test/helpers/tmp.ts';
import { envName, resolveConfig, zBool } from './config.ts';

const schema = z.object({
  listen: z.string().default('127.0.0.1:9092'),
  nodeId: z.coerce.number().int().min(0).default(0),
  enableFaultInjection: zBool.default(false),
});

describe('layered configuration', () => {
  it('maps option names to LONGHAUL_ variables', () => {
    expect(envName('nodeId')).toBe('LONGHAUL_NODE_ID');
    expect(envName('enableFaultInjection')).toBe('LONGHAUL_ENABLE_FAULT_INJECTION');
  });

  it('takes flags over environment over file over defaults', () => {
    const file = join(tempDir(), 'config.yaml');
    writeFileSync(file, 'listen: 127.0.0.1:1111\nnodeId: 7\nenableFaultInjection: true\n');
    expect(resolveConfig(schema, { flags: {}, env: {} })).toEqual({
      listen: '127.0.0.1:9092',
      nodeId: 0,
      enableFaultInjection: false,
    });
    expect(resolveConfig(schema, { flags: {}, env: {}, file })).toEqual({
      listen: '127.0.0.1:1111',
      nodeId: 7,
      enableFaultInjection: true,
    });
    expect(resolveConfig(schema, { flags: {}, env: { LONGHAUL_NODE_ID: '3' }, file }).nodeId).toBe(3);
    expect(resolveConfig(schema, { flags: { nodeId: 5 }, env: { LONGHAUL_NODE_ID: '3' }, file }).nodeId).toBe(
      5,
    );
  });

  it('names the option and where a bad value came from', () => {
    expect(() => resolveConfig(schema, { flags: {}, env: { LONGHAUL_NODE_ID: 'x' } })).toThrow(
      /nodeId \(from environment variable LONGHAUL_NODE_ID\)/,
    );
    const file = join(tempDir(), 'bad.yaml');
    writeFileSync(file, 'lissen: 1\n');
    expect(() => resolveConfig(schema, { flags: {}, file })).toThrow(/unknown option\(s\): lissen/);
    expect(() =>
      resolveConfig(schema, { flags: {}, env: { LONGHAUL_ENABLE_FAULT_INJECTION: 'maybe' } }),
    ).toThrow(
      /enableFaultInjection \(from environment variable LONGHAUL_ENABLE_FAULT_INJECTION\).*expected true or false/,
    );
  });
});
