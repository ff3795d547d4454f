// Writes scenarios/suite.schema.json from the zod schema in scenarios/schema.ts (`npm run generate:schema`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSuiteJsonSchema } from './schema.ts';

const path = fileURLToPath(new URL('./suite.schema.json', import.meta.url));
writeFileSync(path, renderSuiteJsonSchema());
process.stdout.write(`wrote ${path}\n`);
