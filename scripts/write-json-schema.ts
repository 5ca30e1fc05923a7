/** Writes schema/annual-report.v1.schema.json from the zod model (`npm run schema`). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../src/domain/report/json-schema.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'schema', 'annual-report.v1.schema.json');
fs.writeFileSync(target, jsonSchemaText());
process.stdout.write(`wrote ${path.relative(root, target)}\n`);
