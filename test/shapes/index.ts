/**
 * Report shapes: the ways a published report reaches the web as text, generated from known data.
 * `BASE_SHAPES` flatten a report (pipe rows like seed 000, GitHub markdown, tab rows like seed 001,
 * one cell per line like seeds 002/004, column-major, pdftotext -layout / -raw, OCR markdown with
 * placeholder headers, an extractor's filled grid, everything run together on one line);
 * `MODIFIERS` add site navigation, page footers or label variants on top. `ShapeOptions.nullText`
 * prints blank cells as 「/」 or 「—」 instead of nothing.
 * @example shape(randomReport(3, '2021'), 'layout', ['withPageFooters'])
 */
import type { AnnualReport } from '../../src/domain/report/model.ts';
import { cellPerLinePipe, cellPerLineTab, columnMajor } from './cell-shapes.ts';
import { layout, raw } from './layout-shapes.ts';
import { filledGrid, markdown, ocrMarkdown, pipeRows, tabRows } from './line-shapes.ts';
import type { ShapeOptions } from './document.ts';
import { runTogether, withLabelVariants, withNavigation, withPageFooters } from './modifiers.ts';

export type { ShapeOptions } from './document.ts';

export { createRng, randomReport, NO_SECTIONS, type Rng } from './random-report.ts';
export { singleOtherRow } from './modifiers.ts';

export type ShapeName =
  | 'pipeRows'
  | 'markdown'
  | 'tabRows'
  | 'cellPerLinePipe'
  | 'cellPerLineTab'
  | 'columnMajor'
  | 'layout'
  | 'raw'
  | 'ocrMarkdown'
  | 'filledGrid'
  | 'runTogether';

export const BASE_SHAPES: Record<ShapeName, (report: AnnualReport, options?: ShapeOptions) => string> = {
  pipeRows,
  markdown,
  tabRows,
  cellPerLinePipe,
  cellPerLineTab,
  columnMajor,
  layout,
  raw,
  ocrMarkdown,
  filledGrid,
  runTogether,
};

export type ModifierName = 'withNavigation' | 'withPageFooters' | 'withLabelVariants';

export const MODIFIERS: Record<ModifierName, (text: string, report: AnnualReport) => string> = {
  withNavigation,
  withPageFooters: (text) => withPageFooters(text),
  withLabelVariants: (text) => withLabelVariants(text),
};

/** Applies modifiers in order to a base shape. */
export function shape(
  report: AnnualReport,
  base: ShapeName,
  modifiers: readonly ModifierName[] = [],
  options: ShapeOptions = {},
): string {
  return modifiers.reduce((text, m) => MODIFIERS[m](text, report), BASE_SHAPES[base](report, options));
}
