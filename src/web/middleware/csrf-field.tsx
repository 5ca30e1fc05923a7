/** The hidden CSRF field every form carries. */
import { CSRF_FIELD } from './csrf.ts';

/**
 * @param props.token `c.get('csrfToken')`
 * @example <form method="post"><CsrfField token={c.get('csrfToken')} />…</form>
 */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}
