/**
 * docs/FINDINGS.md from the code tables (`npm run findings-doc` writes it; a test keeps it in sync).
 */
import { CHECK_FINDING_CODES, type CodeSpec } from '../src/domain/report/check/finding-codes.ts';
import { INPUT_FINDING_CODES, PARSE_FINDING_CODES } from '../src/domain/report/parse/finding-codes.ts';

const SEVERITY = { error: '错误 error', warning: '警告 warning', info: '提示 info' } as const;

function table(codes: Record<string, CodeSpec>): string {
  const rows = Object.entries(codes).map(
    ([code, spec]) => `| \`${code}\` | ${SEVERITY[spec.severity]} | ${spec.meaning} |`,
  );
  return ['| code | severity | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The text of docs/FINDINGS.md. */
export function findingsDoc(): string {
  return `# Findings

Every finding has a stable \`code\`, a \`severity\` (error / warning / info), a location (\`where\`:
part, row as a contract path, column, source line and character offsets) and a message in Chinese.
Codes never change meaning; new checks get new codes. This file is generated from
\`src/domain/report/*/finding-codes.ts\` by \`npm run findings-doc\`.

\`gongkai report check\` exits 1 when any finding is an error.

## Parser — what could not be read (\`src/domain/report/parse\`)

${table(PARSE_FINDING_CODES)}

## Checker — what is wrong (\`src/domain/report/check\`)

${table(CHECK_FINDING_CODES)}

## Batch input (\`gongkai report batch\`)

${table(INPUT_FINDING_CODES)}
`;
}
