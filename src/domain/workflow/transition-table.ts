/**
 * The machinery of a transition table, shared by every workflow (cases, published items): for each
 * action, the states it may start from, the roles that may take it and the guard that must hold.
 * The same table enforces writes (`refusalFor`) and offers the staff page its buttons
 * (`offeredActions`). A workflow supplies its table, its subject's state and its guards' context.
 */
import type { Role } from '../access/roles.ts';

/** One action of a workflow. A guard answers why the action is not available now (Chinese), or null. */
export type TransitionRule<State extends string, Subject, Context> = {
  label: string;
  from: readonly State[] | 'any';
  roles: readonly Role[];
  guard?: (subject: Subject, context: Context) => string | null;
};

export type TransitionTable<Action extends string, State extends string, Subject, Context> = {
  readonly actions: readonly Action[];
  readonly rules: { readonly [A in Action]: TransitionRule<State, Subject, Context> };
  readonly stateOf: (subject: Subject) => State;
  /** The refusal for a person without any of the rule's roles, and for a state the rule does not start from. */
  readonly messages: { noRole: string; wrongState: string };
};

function startsFrom<State extends string>(from: readonly State[] | 'any', state: State): boolean {
  return from === 'any' || from.includes(state);
}

/**
 * Why `action` cannot be taken now by someone with `roles`, or null when it can.
 * @example refusalFor(ITEM_TABLE, 'sign', ['reviewer'], item, context) // '您在本机关没有…'
 */
export function refusalFor<Action extends string, State extends string, Subject, Context>(
  table: TransitionTable<Action, State, Subject, Context>,
  action: Action,
  roles: readonly Role[],
  subject: Subject,
  context: Context,
): string | null {
  const rule = table.rules[action];
  if (!rule.roles.some((r) => roles.includes(r))) {
    return table.messages.noRole;
  }
  if (!startsFrom(rule.from, table.stateOf(subject))) {
    return table.messages.wrongState;
  }
  return rule.guard?.(subject, context) ?? null;
}

/** An action offered on a page, with the reason it is blocked now (or null). */
export type OfferedAction<Action extends string> = {
  action: Action;
  label: string;
  blockedBy: string | null;
};

/** Every action the person may take in the subject's state, in table order, with any guard's reason. */
export function offeredActions<Action extends string, State extends string, Subject, Context>(
  table: TransitionTable<Action, State, Subject, Context>,
  roles: readonly Role[],
  subject: Subject,
  context: Context,
): OfferedAction<Action>[] {
  const state = table.stateOf(subject);
  return table.actions.flatMap((action) => {
    const rule = table.rules[action];
    const allowed = rule.roles.some((r) => roles.includes(r)) && startsFrom(rule.from, state);
    return allowed ? [{ action, label: rule.label, blockedBy: rule.guard?.(subject, context) ?? null }] : [];
  });
}

/** The roles that could take `action` at all (for a 403 that names what is needed). */
export function rolesFor<Action extends string, State extends string, Subject, Context>(
  table: TransitionTable<Action, State, Subject, Context>,
  action: Action,
): readonly Role[] {
  return table.rules[action].roles;
}
