/** Writes docs/FINDINGS.md (`npm run findings-doc`). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingsDoc } from './findings-doc.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
fs.writeFileSync(path.join(root, 'docs', 'FINDINGS.md'), findingsDoc());
process.stdout.write('wrote docs/FINDINGS.md\n');
