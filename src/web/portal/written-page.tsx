/**
 * A page the organ wrote itself (指南 or 制度; app/portal/portal-pages.ts): its sanitized body with
 * 「更新于…」, the date of the version shown.
 */
import { raw } from 'hono/html';
import type { PortalPageVersion } from '../../db/queries/portal-pages.ts';
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';

/** The 「更新于…」 line and the body. */
export function WrittenPageBody(props: { version: PortalPageVersion }) {
  return (
    <>
      <p class="pt-revised pt-page-updated">更新于 {beijingMinute(props.version.savedAt)}</p>
      <div class="pt-item-body pt-page-body">{raw(props.version.bodyHtml)}</div>
    </>
  );
}
