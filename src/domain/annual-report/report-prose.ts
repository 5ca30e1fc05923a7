/**
 * The prose of a report drafted from records (decision 039): per part, the drafted sentences with
 * their figures — the basis the part's text came from — and the staff's own text of the parts they
 * edited. The report's sections are the edited text where there is one, else the drafted text. A
 * sentence is stale when a figure it was drafted from differs from the records now. Pure.
 */
import type { AnnualReport, Sections } from '../report/model.ts';
import { PARTS, type PartKey } from '../report/layout.ts';
import { applicationFigures, reviewFigures } from './draft-facts.ts';
import { currentFigures, sectionsOf, type DraftedProse } from './draft-prose.ts';
import { staleSentences, type Figure } from './drafted-sentence.ts';
import { figureLabel } from './figure-labels.ts';

/** What item_reports.prose holds for a report drafted from records or summed over organs. */
export type ReportProse = {
  /** Per part, the drafted sentences its text came from (the basis of the stale check). */
  drafted: DraftedProse;
  /** The staff's text of the parts they edited ('' when they emptied one); absent parts are drafted. */
  edited: Partial<Record<PartKey, string>>;
};

/** Prose just drafted, nothing edited. */
export const freshProse = (drafted: DraftedProse): ReportProse => ({ drafted, edited: {} });

/** The parts the staff edited, in report order. */
export const editedParts = (prose: ReportProse): PartKey[] =>
  PARTS.map((p) => p.key).filter((k) => prose.edited[k] !== undefined);

/** The parts' numbers (一、三) for messages. */
export const partNumbers = (parts: readonly PartKey[]): string =>
  parts.map((k) => PARTS.find((p) => p.key === k)!.heading.split('、')[0]).join('、');

/**
 * The report's sections: edited text where there is one (empty → null), else the drafted text.
 * @example proseSections({ drafted, edited: { problems: '一是……' } }).problems // '一是……'
 */
export function proseSections(prose: ReportProse): Sections {
  const drafted = sectionsOf(prose.drafted);
  const sections = { ...drafted };
  for (const key of editedParts(prose)) {
    const text = prose.edited[key]!;
    sections[key] = text === '' ? null : text;
  }
  return sections;
}

/**
 * The prose after the report was drafted again from the records through the editor (decision 039):
 * an edited part keeps the staff's text and the drafted sentences it came from, so its stale
 * sentences still show; every other part takes the new draft. Nothing the staff wrote is lost.
 * @param previous the stored prose (null: none stored, e.g. another source before)
 */
export function proseKeepingEdits(previous: ReportProse | null, drafted: DraftedProse): ReportProse {
  if (previous === null) {
    return freshProse(drafted);
  }
  const next: DraftedProse = { ...drafted };
  for (const key of editedParts(previous)) {
    next[key] = previous.drafted[key];
  }
  return { drafted: next, edited: { ...previous.edited } };
}

/**
 * Every figure the records give now (key → value): those the new draft prints, and the table cells
 * the prose may quote even when the new draft leaves a zero out (「予以公开」 gone to 0).
 */
export function figuresNow(report: AnnualReport, drafted: DraftedProse): Map<string, number> {
  const now = currentFigures(drafted);
  const put = (figures: Record<string, Figure | null>) => {
    for (const f of Object.values(figures)) {
      if (f !== null && !now.has(f.key)) {
        now.set(f.key, f.value);
      }
    }
  };
  if (report.format === '2021') {
    if (report.applications !== null) {
      put(applicationFigures(report.applications));
    }
    if (report.reviewLitigation !== null) {
      put(reviewFigures(report.reviewLitigation));
    }
    const t = report.proactive;
    if (t !== null) {
      for (const row of ['rules', 'normativeDocuments'] as const) {
        for (const cell of ['issued', 'repealed', 'inForce'] as const) {
          put({ f: t[row][cell] === null ? null : { key: `proactive.${row}.${cell}`, value: t[row][cell] } });
        }
      }
      for (const row of ['licensing', 'penalties', 'coercion'] as const) {
        const v = t[row].decisions;
        put({ f: v === null ? null : { key: `proactive.${row}.decisions`, value: v } });
      }
      const fee = t.fees.amountWanYuan;
      put({ f: fee === null ? null : { key: 'proactive.fees.amountWanYuan', value: fee } });
    }
  }
  return now;
}

/** A figure that changed, in words. */
export type ChangedFigure = { key: string; label: string; drafted: number; now: number | null };

/** A drafted sentence whose figures no longer match the records. */
export type StaleSentence = {
  part: PartKey;
  text: string;
  /** The part's text was edited by staff (the sentence may have been reworded there). */
  edited: boolean;
  changed: ChangedFigure[];
};

/**
 * The stale sentences of the prose, in report order.
 * @param now the figures of the records now (figuresNow)
 */
export function staleProse(prose: ReportProse, now: ReadonlyMap<string, number>): StaleSentence[] {
  return PARTS.flatMap(({ key }) => {
    const sentences = prose.drafted[key];
    return staleSentences(sentences, now).map(({ index, changed }) => ({
      part: key,
      text: sentences[index]!.text,
      edited: prose.edited[key] !== undefined,
      changed: changed.map((c) => ({ ...c, label: figureLabel(c.key) })),
    }));
  });
}
