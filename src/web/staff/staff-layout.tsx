/**
 * The back-office page frame every staff page shares: skip link, a header with the platform name,
 * the signed-in person and 退出, the main navigation (only the sections the person may enter:
 * `staffMenu`, from the access policy), landmarks (banner, navigation, main, contentinfo). Render with `renderPage(<StaffLayout …/>)`.
 */
import type { Child } from 'hono/jsx';
import type { Actor } from '../../domain/access/roles.ts';
import { staffMenu, type StaffSection } from '../../domain/access/staff-menu.ts';
import { Document } from '../layout/document.tsx';
import { CsrfField } from '../middleware/csrf-field.tsx';

/** The back office's name. */
export const STAFF_SITE_NAME = '政府信息公开工作平台';

/** A navigation entry key (the back office's sections, domain/access/staff-menu.ts). */
export type { StaffSection };

/** The frame's title, person, token, section and trail. */
export type StaffLayoutProps = {
  title: string;
  actor: Actor;
  /** `c.get('csrfToken')` (for the 退出 form). */
  csrfToken: string;
  /** The highlighted navigation entry. */
  section?: StaffSection | null;
  /** Trail above the heading, e.g. [{ href: '/staff/accounts', label: '账号管理' }]. */
  breadcrumbs?: ReadonlyArray<{ href: string; label: string }>;
  children?: Child;
};

/** The brand block shared by the staff header and the sign-in page. */
export function StaffBrand() {
  return (
    <a class="staff-brand" href="/staff">
      <span class="staff-emblem" aria-hidden="true">
        公
      </span>
      <span class="staff-brand-text">
        {STAFF_SITE_NAME}
        <small>管理后台</small>
      </span>
    </a>
  );
}

/** The whole staff page. */
export function StaffLayout(props: StaffLayoutProps) {
  const { actor } = props;
  const isRestricted = actor.mustChangePassword;
  return (
    <Document meta={{ title: props.title, siteName: STAFF_SITE_NAME }} bodyClass="staff">
      <a class="skip-link" href="#main">
        跳到主要内容
      </a>
      <header class="staff-header">
        <div class="staff-header-inner">
          <StaffBrand />
          <div class="staff-user">
            <span class="staff-user-name">
              <span class="visually-hidden">当前用户：</span>
              {actor.displayName}
            </span>
            <a href="/staff/password">修改密码</a>
            <form method="post" action="/staff/logout" class="inline-form">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="header-button">
                退出
              </button>
            </form>
          </div>
        </div>
        {isRestricted ? null : (
          <nav class="staff-nav" aria-label="主导航">
            <ul>
              {staffMenu(actor).map((item) => (
                <li>
                  <a href={item.href} aria-current={item.key === props.section ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" class="staff-main" tabindex={-1}>
        {props.breadcrumbs && props.breadcrumbs.length > 0 ? (
          <nav class="breadcrumbs" aria-label="位置">
            <ol>
              {props.breadcrumbs.map((b) => (
                <li>
                  <a href={b.href}>{b.label}</a>
                </li>
              ))}
              <li aria-current="page">{props.title}</li>
            </ol>
          </nav>
        ) : null}
        {props.children}
      </main>
      <footer class="staff-footer">
        <p>
          {STAFF_SITE_NAME} · 依据《中华人民共和国政府信息公开条例》开展工作 · 本系统所有操作均记入审计日志
        </p>
      </footer>
    </Document>
  );
}
