/**
 * 登记申请 by staff: an application that came 当面, by post, letter, fax or e-mail (or an online
 * one typed in). The person must work in the chosen organ; the receipt date follows 第三十一条
 * for the channel and may not lie in the future or before 2008-05-01 (the 2007 条例 took effect).
 */
import type { Actor } from '../../domain/access/roles.ts';
import { can } from '../../domain/access/policy.ts';
import { compareDates, localDate, parseLocalDate, type LocalDate } from '../../domain/calendar/local-date.ts';
import { CHANNEL_RULES, isIntakeChannel } from '../../domain/case/channels.ts';
import { auditActorOf } from '../organs/organ-writes.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { parseId } from '../organs/create-organ.ts';
import { loadApplicantSecret } from './applicant-secret.ts';
import { registerCase, type AttachmentUpload, type Registered } from './register-case.ts';
import { type FieldErrors, invalid, NOT_FOUND, type Result } from '../failures.ts';
import type { CaseDeps } from './case-deps.ts';

const EARLIEST = localDate('2008-05-01');

function receiptDate(
  text: string | undefined,
  channel: string,
  today: LocalDate,
  errors: FieldErrors,
): LocalDate | null {
  const label = isIntakeChannel(channel) ? CHANNEL_RULES[channel].receiptEvent : '收到日期';
  const date = parseLocalDate(text ?? '');
  if (date === null) {
    errors.receivedOn = `请按“年-月-日”填写${label}`;
  } else if (compareDates(date, today) > 0) {
    errors.receivedOn = `${label}不能晚于今天`;
  } else if (compareDates(date, EARLIEST) < 0) {
    errors.receivedOn = `${label}不能早于 2008年5月1日（条例施行之日）`;
  }
  return errors.receivedOn ? null : date;
}

/**
 * @param fields the form: organId, channel, receivedOn and the 第二十九条 fields
 */
export async function intakeCase(
  deps: CaseDeps,
  actor: Actor | null,
  fields: Readonly<Record<string, string | undefined>>,
  attachments: readonly AttachmentUpload[],
): Promise<Result<{ case: Registered }, 'invalid' | 'not_found'>> {
  const today = deps.clock.today() as LocalDate;
  const at = deps.clock.now();
  const organId = parseId(fields.organId);
  return deps.db.transaction(async (tx) => {
    const registry = await loadOrganRegistry(tx);
    const organ = organId === null ? undefined : registry.byId.get(organId);
    if (!actor || !organ || !can(actor, 'work.handle', organ.id, registry.tree)) {
      return organId === null ? invalid({ organId: '请选择受理机关' }) : NOT_FOUND;
    }
    const errors: FieldErrors = {};
    const channel = fields.channel ?? '';
    if (!isIntakeChannel(channel)) {
      errors.channel = '请选择申请渠道';
    }
    const receivedOn = receiptDate(fields.receivedOn, channel, today, errors);
    if (!isIntakeChannel(channel) || receivedOn === null) {
      return invalid(errors);
    }
    const secret = await loadApplicantSecret(tx);
    const result = await registerCase(
      tx,
      { organ, channel, receivedOn, fields, attachments, source: 'staff', actor: auditActorOf(actor) },
      today,
      at,
      secret,
    );
    return result.ok ? { ok: true as const, case: result.case } : invalid({ ...errors, ...result.errors });
  });
}
