/**
 * Publishing test helpers: people with roles on one organ (two 公开专员, a 审核人, two 领导), a
 * form for a normative document and its 解读, and a Word file with a given text.
 */
import { Document, Packer, Paragraph } from 'docx';
import type { ItemSubmission } from '../src/app/publishing/item-input.ts';
import type { Actor, Role } from '../src/domain/access/roles.ts';

/** An actor with `roles` on `organId`. */
export function actorOn(organId: number, accountId: number, name: string, roles: readonly Role[]): Actor {
  return {
    accountId,
    username: `user${accountId}`,
    displayName: name,
    roles: roles.map((role) => ({ organId, role })),
    mustChangePassword: false,
  };
}

/** The organ's people: 起草 (handler), 审核 (reviewer), 签发 (approver; `drafterApprover` also drafts). */
export function peopleOf(organId: number) {
  return {
    drafter: actorOn(organId, 101, '李起草', ['handler']),
    reviewer: actorOn(organId, 102, '王审核', ['reviewer']),
    approver: actorOn(organId, 103, '赵签发', ['approver']),
    drafterApprover: actorOn(organId, 104, '钱兼任', ['handler', 'approver']),
  };
}

/** A submission with defaults; `fields` override the metadata. */
export function submission(
  fields: Record<string, string>,
  over: Partial<ItemSubmission> = {},
): ItemSubmission {
  return {
    fields: { genre: '通知', writtenOn: '2026-11-20', topic: '综合政务\\政务公开', ...fields },
    bodyFormat: 'text',
    body: '第一条 为规范管理，制定本办法。\n第二条 本办法自发布之日起施行。',
    bodyDocx: null,
    columns: [],
    documents: [],
    ...over,
  };
}

/** A .docx whose paragraphs are `lines`. */
export async function docxWith(lines: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
