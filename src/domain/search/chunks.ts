/**
 * Long text → overlapping chunks that PostgreSQL indexes without losing a phrase: at most
 * CHUNK_UNITS units (far below the 16,383 positions a tsvector keeps) and never a lexeme more often
 * than the 256 positions it keeps. Chunks overlap by MAX_QUERY_UNITS − 1 units, so every phrase a
 * query can hold lies wholly inside one chunk.
 */
import { MAX_POSITIONS_PER_LEXEME } from './lexemes.ts';
import { foldedChars } from './normalize.ts';
import { MAX_QUERY_UNITS } from './query.ts';

export const CHUNK_UNITS = 2000;

export type Chunk = { units: string[]; text: string };

type Unit = { unit: string; at: number };

/** Where the chunk that starts at unit `start` ends (exclusive). */
function chunkEnd(units: readonly Unit[], start: number, size: number): number {
  const counts = new Map<string, number>();
  let end = start;
  while (end < units.length && end - start < size) {
    const lexeme = units[end]!.unit + (units[end + 1]?.unit ?? '');
    const count = (counts.get(lexeme) ?? 0) + 1;
    if (count >= MAX_POSITIONS_PER_LEXEME) {
      break;
    }
    counts.set(lexeme, count);
    end += 1;
  }
  return end;
}

/**
 * Splits a text into chunks (none for a text without units).
 * @param size units per chunk (tests pass small sizes; must exceed the overlap)
 */
export function chunkText(text: string, size = CHUNK_UNITS): Chunk[] {
  const chars = foldedChars(text);
  const units: Unit[] = [];
  chars.forEach((c, at) => {
    if (c.unit !== '') {
      units.push({ unit: c.unit, at });
    }
  });
  const overlap = MAX_QUERY_UNITS - 1;
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < units.length) {
    const end = chunkEnd(units, start, size);
    const slice = units.slice(start, end);
    const text = chars
      .slice(slice[0]!.at, slice[slice.length - 1]!.at + 1)
      .map((c) => c.char)
      .join('');
    chunks.push({ units: slice.map((u) => u.unit), text });
    if (end >= units.length) {
      break;
    }
    start = Math.max(end - overlap, start + 1);
  }
  return chunks;
}
