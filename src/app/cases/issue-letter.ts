/**
 * Issues the letter a fact calls for: composes it from the versioned template in force on the
 * fact's date (domain/letters) with the organ's and the applicant's data, and stores it with the
 * template id and version used. The letter is fixed once issued; reprints read the stored text.
 */
import type { Queryable } from '../../db/db.ts';
import { insertLetter } from '../../db/queries/case-records.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { CaseFile } from '../../domain/case/case-file.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import { letterPayloadFor } from '../../domain/case/letter-for-event.ts';
import { composeLetter, type Letter } from '../../domain/letters/compose-letter.ts';
import type { LetterInput } from '../../domain/letters/letter-input.ts';
import { workOfficeName } from '../portal/site.ts';
import type { LoadedCase } from './load-case.ts';

/** The organ as letters name it. */
function letterOrgan(loaded: LoadedCase): LetterInput['organ'] {
  const organ = loaded.registry.byId.get(loaded.row.organId)!;
  const parent = organ.parentId === null ? undefined : loaded.registry.byId.get(organ.parentId);
  return {
    name: organ.name,
    officeName: workOfficeName(organ),
    ...(organ.address ? { address: organ.address } : {}),
    ...(organ.phone ? { phone: organ.phone } : {}),
    ...(organ.postcode ? { postcode: organ.postcode } : {}),
    ...(parent ? { reviewOrgan: parent.name } : {}),
  };
}

/**
 * Composes the letter a fact calls for, without storing it (the 答复书 shown at 审核 and 签发 is
 * composed this way from the drafted reply, as if signed on the day it is viewed).
 * @returns the letter, or null when the fact sends none
 * @throws LetterInputError when the facts cannot make the letter
 */
export function composeLetterFor(
  loaded: LoadedCase,
  data: CaseEventData,
  next: CaseFile,
  due: LocalDate | null,
): Letter | null {
  const payload = letterPayloadFor(data, next, due);
  if (!payload) {
    return null;
  }
  const applicant = loaded.row.applicant as { name?: string; address?: string };
  const sequence = data.kind === 'consultationSent' ? data.consultation : undefined;
  return composeLetter({
    organ: letterOrgan(loaded),
    caseNumber: loaded.row.caseNumber,
    letterDate: data.on,
    applicant: { name: applicant.name ?? '', ...(applicant.address ? { address: applicant.address } : {}) },
    application: { received: next.received, summary: loaded.row.summary },
    ...(sequence !== undefined && sequence > 1 ? { sequence } : {}),
    payload,
  });
}

/**
 * @returns the stored letter's id, or null when the fact sends no letter
 */
export async function issueLetterFor(
  tx: Queryable,
  loaded: LoadedCase,
  data: CaseEventData,
  next: CaseFile,
  due: LocalDate | null,
  at: Date,
): Promise<number | null> {
  const letter = composeLetterFor(loaded, data, next, due);
  if (!letter) {
    return null;
  }
  return insertLetter(tx, {
    caseId: loaded.row.id,
    kind: letter.kind,
    templateId: letter.templateId,
    templateVersion: String(letter.templateVersion),
    letter,
    issuedOn: data.on,
    createdAt: at,
  });
}
