/**
 * A drafted sentence that knows the figures it was written from (issue 12: 「each drafted sentence
 * knows the figure it came from, so that when the data changes the draft shows which sentences are
 * stale」). Sentences are written with the `sentence` tag: every interpolated `Figure` is printed
 * and remembered; strings are printed as they are.
 */

/** A figure from the records, under a stable key (a contract path or a `records.` name). */
export type Figure = { key: string; value: number };

/** One sentence of the draft. */
export type DraftedSentence = { text: string; figures: Figure[] };

/** Prints numbers as reports do: integers plainly, amounts without float noise. */
function printed(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/**
 * Tag for drafted sentences.
 * @example sentence`共收到政府信息公开申请${{ key: 'applications.newlyReceived[6]', value: 61 }}件。`
 * // { text: '共收到政府信息公开申请61件。', figures: [{ key: 'applications.newlyReceived[6]', value: 61 }] }
 */
export function sentence(parts: TemplateStringsArray, ...values: (Figure | string)[]): DraftedSentence {
  const figures: Figure[] = [];
  let text = parts[0] ?? '';
  values.forEach((value, i) => {
    if (typeof value === 'string') {
      text += value;
    } else {
      figures.push(value);
      text += printed(value.value);
    }
    text += parts[i + 1] ?? '';
  });
  return { text, figures };
}

/** The sentence, also depending on figures it does not print (「未收到…」 depends on the 0). */
export function dependingOn(drafted: DraftedSentence, ...figures: Figure[]): DraftedSentence {
  return { text: drafted.text, figures: [...drafted.figures, ...figures] };
}

/** Joins drafted pieces (each with its figures) into one sentence. */
export function joinSentences(pieces: readonly DraftedSentence[], separator: string): DraftedSentence {
  return {
    text: pieces.map((p) => p.text).join(separator),
    figures: pieces.flatMap((p) => p.figures),
  };
}

/** A figure whose value changed (or is gone) since the sentence was drafted. */
export type StaleFigure = { key: string; drafted: number; now: number | null };

/**
 * The sentences whose figures no longer match the records, with what changed.
 * @param now the current figures (key → value); a key missing here is reported with `now: null`
 */
export function staleSentences(
  sentences: readonly DraftedSentence[],
  now: ReadonlyMap<string, number>,
): { index: number; changed: StaleFigure[] }[] {
  return sentences.flatMap((s, index) => {
    const changed = s.figures
      .filter((f) => now.get(f.key) !== f.value)
      .map((f) => ({ key: f.key, drafted: f.value, now: now.get(f.key) ?? null }));
    return changed.length > 0 ? [{ index, changed }] : [];
  });
}
