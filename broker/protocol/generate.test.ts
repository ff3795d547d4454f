// The checked-in generated/ folder is exactly what the generator makes from the specs (no drift, no hand edits).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../test/helpers/tmp.ts';
import { isCI } from '../../test/helpers/tools.ts';
import { Reader, Writer } from './buffer.ts';
import type { MessageCodec } from './codec.ts';
import { defaultOutDir, defaultSpecsDir, stripJsonComments, writeGenerated } from './generate.ts';

const specsMissing = !existsSync(defaultSpecsDir);
if (specsMissing && !isCI) {
  console.warn(
    `skipping the generated-code drift test: Kafka specs not found at ${defaultSpecsDir} ` +
      '(clone the shared folder beside the repository; under CI=true this test fails instead)',
  );
}

describe('generator', () => {
  afterAll(removeTempDirs);

  it('strips // comments but not // inside strings', () => {
    expect(JSON.parse(stripJsonComments('{ "a": "x // y", // note\n "b": 1 }'))).toEqual({
      a: 'x // y',
      b: 1,
    });
    expect(JSON.parse(stripJsonComments('{ "a": "q\\"//" } // end'))).toEqual({ a: 'q"//' });
  });

  // Skipped only on a developer machine without the specs; CI must have them (../shared beside the repo).
  it.skipIf(specsMissing && !isCI)(
    'regenerating from the specs reproduces the checked-in files exactly',
    () => {
      expect(existsSync(defaultSpecsDir), `Kafka specs must exist at ${defaultSpecsDir}`).toBe(true);
      const outDir = tempDir('longhaul-protocol-generate-');
      const output = writeGenerated(defaultSpecsDir, outDir);
      const produced = readdirSync(outDir).sort();
      const checkedIn = readdirSync(defaultOutDir).sort();
      expect(produced).toEqual(checkedIn);
      const stale = produced.filter(
        (name) =>
          readFileSync(join(outDir, name), 'utf8') !== readFileSync(join(defaultOutDir, name), 'utf8'),
      );
      expect(
        stale,
        'generated files differ from the specs: run `npm run generate` and commit the result',
      ).toEqual([]);
      expect(output.messageCount).toBeGreaterThanOrEqual(180);
    },
  );

  // Rules no current spec exercises, checked against the encoding Kafka's MessageDataGenerator emits.
  it('handles field-level flexibleVersions, hex defaults and tagged nullable structs as Kafka does', async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    // Beside generated/ so that the generated '../buffer.ts' imports resolve.
    const outDir = join(here, `.generated-test-${process.pid}`);
    const specsDir = tempDir('longhaul-protocol-specs-');
    writeFileSync(
      join(specsDir, 'SyntheticData.json'),
      `// A made-up data message.
      {
        "type": "data", "name": "SyntheticData", "validVersions": "0-1", "flexibleVersions": "1+",
        "fields": [
          { "name": "Id", "type": "int32", "versions": "0+", "default": "0x7fffffff" },
          { "name": "Label", "type": "string", "versions": "0+", "nullableVersions": "0+", "flexibleVersions": "none" },
          { "name": "Cursor", "type": "Point", "versions": "1+", "nullableVersions": "1+", "default": "null",
            "taggedVersions": "1+", "tag": 0 },
          { "name": "Origin", "type": "Point", "versions": "1+", "nullableVersions": "1+",
            "taggedVersions": "1+", "tag": 1 }
        ],
        "commonStructs": [
          { "name": "Point", "versions": "0+", "fields": [
            { "name": "Position", "type": "int64", "versions": "0+", "default": "-1" } ] }
        ]
      }`,
    );
    try {
      writeGenerated(specsDir, outDir);
      const module = (await import(join(outDir, 'synthetic-data.ts'))) as {
        syntheticDataCodec: MessageCodec<Record<string, unknown>>;
      };
      const codec = module.syntheticDataCodec;
      expect(codec.create()).toEqual({ id: 0x7fffffff, label: '', cursor: null, origin: { position: -1n } });
      const hexOf = (value: Record<string, unknown>, version: number): string => {
        const w = new Writer();
        codec.encode(w, value, version);
        const bytes = w.toBuffer();
        expect(codec.decode(new Reader(bytes), version)).toEqual(value);
        return bytes.toString('hex');
      };
      const base = { id: 1, label: 'ab', cursor: null, origin: { position: -1n } };
      expect(hexOf(base, 0)).toBe('00000001' + '0002' + '6162');
      // v1 is flexible, but Label keeps its int16 length; both tagged structs are at their default.
      expect(hexOf(base, 1)).toBe('00000001' + '0002' + '6162' + '00');
      // A present tagged nullable struct: uvarint marker 1, then the struct (and its tagged section).
      expect(hexOf({ ...base, cursor: { position: 5n } }, 1)).toBe(
        '00000001' + '0002' + '6162' + '01' + '00' + '0a' + '01' + '0000000000000005' + '00',
      );
      // Null where the default is a struct: tag, size 1, marker 0.
      expect(hexOf({ ...base, origin: null }, 1)).toBe(
        '00000001' + '0002' + '6162' + '01' + '01' + '01' + '00',
      );
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
