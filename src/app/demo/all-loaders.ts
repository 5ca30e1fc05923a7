/**
 * Imports every module that registers demo content (one line each), so that `gongkai demo` sees
 * them. Example: `import '../portal/demo-annual-reports.ts';`
 */
import './annual-reports.ts';
import './demo-cases.ts';
import './demo-items.ts';
import './demo-gazette.ts';
import './demo-figures.ts';
import './demo-year-cases.ts';

export {};
