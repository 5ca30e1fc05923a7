/**
 * The one transition table of a published item (先审查后公开, 三审), on the workflow machinery the
 * case table uses: 草稿 → 待审核 → 待签发 → 已发布 (or 定时发布 → 已发布) → 已撤回. The table
 * enforces every write and offers the staff page its buttons. Where an action leads is `nextStatus`.
 */
import type { Role } from '../access/roles.ts';
import {
  offeredActions,
  refusalFor,
  type OfferedAction,
  type TransitionTable,
} from '../workflow/transition-table.ts';
import { KINDS_WITH_VALIDITY, type ItemKind, type ItemStatus } from './vocabulary.ts';

export const ITEM_ACTIONS = [
  'edit',
  'submitForReview',
  'approveReview',
  'returnReview',
  'sign',
  'returnSigning',
  'cancelSchedule',
  'revise',
  'changeValidity',
  'withdraw',
] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

/** What the guards look at. */
export type ItemFacts = { status: ItemStatus; kind: ItemKind; draftedBy: number | null };
/** Who is asking, and the organ's setting on 签发 by the drafter (default: not allowed). */
export type ItemContext = { accountId: number; drafterMaySign: boolean };

const DRAFTERS: readonly Role[] = ['handler', 'admin'];
const SIGNERS: readonly Role[] = ['approver'];

export const ITEM_TABLE: TransitionTable<ItemAction, ItemStatus, ItemFacts, ItemContext> = {
  actions: ITEM_ACTIONS,
  stateOf: (item) => item.status,
  messages: { noRole: '您在本机关没有办理此操作的角色', wrongState: '信息当前状态下不能进行此操作' },
  rules: {
    edit: { label: '修改草稿', from: ['draft'], roles: DRAFTERS },
    submitForReview: { label: '提交审核', from: ['draft'], roles: DRAFTERS },
    approveReview: { label: '审核通过', from: ['inReview'], roles: ['reviewer'] },
    returnReview: { label: '审核退回', from: ['inReview'], roles: ['reviewer'] },
    sign: {
      label: '签发',
      from: ['inSigning'],
      roles: SIGNERS,
      guard: (item, ctx) =>
        item.draftedBy === ctx.accountId && !ctx.drafterMaySign
          ? '起草人不能签发自己起草的信息（本机关未开启“允许起草人签发”）'
          : null,
    },
    returnSigning: { label: '签发退回', from: ['inSigning'], roles: SIGNERS },
    cancelSchedule: { label: '取消定时发布', from: ['scheduled'], roles: SIGNERS },
    revise: { label: '修订（发布新版本）', from: ['published'], roles: SIGNERS },
    changeValidity: {
      label: '变更有效性',
      from: ['published'],
      roles: [...DRAFTERS, ...SIGNERS],
      guard: (item) =>
        KINDS_WITH_VALIDITY.includes(item.kind) ? null : '只有规章和行政规范性文件标注有效性',
    },
    withdraw: { label: '撤回', from: ['published', 'scheduled'], roles: SIGNERS },
  },
};

/** Why `action` cannot be taken now, or null when it can. */
export function itemRefusal(
  action: ItemAction,
  roles: readonly Role[],
  item: ItemFacts,
  ctx: ItemContext,
): string | null {
  return refusalFor(ITEM_TABLE, action, roles, item, ctx);
}

/** The buttons of the item page. */
export function itemActions(
  roles: readonly Role[],
  item: ItemFacts,
  ctx: ItemContext,
): OfferedAction<ItemAction>[] {
  return offeredActions(ITEM_TABLE, roles, item, ctx);
}

/**
 * The status after `action`. 签发 with a time still ahead is 定时发布; revisions and 有效性 changes
 * keep the item published.
 */
export function nextStatus(action: ItemAction, current: ItemStatus, scheduled = false): ItemStatus {
  switch (action) {
    case 'submitForReview':
      return 'inReview';
    case 'approveReview':
    case 'cancelSchedule':
      return 'inSigning';
    case 'returnReview':
    case 'returnSigning':
      return 'draft';
    case 'sign':
      return scheduled ? 'scheduled' : 'published';
    case 'withdraw':
      return 'withdrawn';
    case 'edit':
    case 'revise':
    case 'changeValidity':
      return current;
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** True for a known action name (from a form). */
export function isItemAction(value: string): value is ItemAction {
  return (ITEM_ACTIONS as readonly string[]).includes(value);
}
