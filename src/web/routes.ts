/**
 * Every route module of the app, in mount order. Add one line per module (one file per resource).
 */
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from './context.ts';
import { registerSecurityMiddleware } from './middleware/register.ts';
import { registerAccountRoutes } from './staff/accounts.tsx';
import { registerAuditRoutes } from './staff/audit.tsx';
import { registerApplicationRoutes } from './apply/routes.tsx';
import { registerCalculatorRoutes } from './calculator/routes.tsx';
import { registerCalendarRoutes } from './staff/calendar.tsx';
import { registerCaseArchiveRoutes } from './staff/case-archive.tsx';
import { registerCaseLedgerRoutes } from './staff/cases-ledger.tsx';
import { registerCaseRoutes } from './staff/cases.tsx';
import { registerLoginRoutes } from './staff/login.tsx';
import { registerOrganImportRoutes } from './staff/organs-import.tsx';
import { registerOrganRoutes } from './staff/organs.tsx';
import { registerPasswordRoutes } from './staff/password.tsx';
import { registerStatisticsRoutes } from './staff/statistics.tsx';
import { registerWorkbenchRoutes } from './staff/workbench.tsx';
import { registerItemBulkRoutes } from './staff/item-bulk.tsx';
import { registerItemReviewRoutes } from './staff/item-review.tsx';
import { registerItemImportRoutes } from './staff/items-import.tsx';
import { registerSiteSettingsRoutes } from './staff/site-settings.tsx';
import { registerSitePageRoutes } from './staff/site-pages.tsx';
import { registerItemSettingsRoutes } from './staff/item-settings.tsx';
import { registerGazetteStaffRoutes } from './staff/gazette.tsx';
import { registerCatalogueColumnRoutes } from './staff/catalogue-columns.tsx';
import { registerDirectoryRoutes } from './staff/directory.tsx';
import { registerItemStepRoutes } from './staff/item-steps.tsx';
import { registerItemProseRoutes } from './staff/item-prose.tsx';
import { registerReportStatusRoutes } from './staff/report-status.tsx';
import { registerStaffItemRoutes } from './staff/items.tsx';
import { registerItemRoutes } from './portal/item-routes.tsx';
import { registerGazetteRoutes } from './portal/gazette-routes.tsx';
import { registerFeedRoutes } from './portal/feed-routes.ts';
import { registerCrawlerFiles } from './portal/crawler-files.ts';
import { openDataRoutes } from './api/register.tsx';
import { registerPortalRoutes } from './portal/routes.tsx';
import { registerSearchRoutes } from './portal/search-routes.tsx';
import { registerReportCheckRoutes } from './report-check/routes.tsx';
import { registerPublicReplyRoutes } from './staff/case-public-reply.tsx';
import { registerReplyPortalRoutes } from './portal/reply-routes.tsx';
import { registerReportFiguresRoutes } from './staff/report-figures.tsx';
import { registerReportFiguresImportRoutes } from './staff/report-figures-import.tsx';
import { registerReportDeadlineRoutes } from './staff/report-deadlines.tsx';

export type RouteModule = (app: Hono<AppEnv>, deps: AppDeps) => void;

export const ROUTE_MODULES: readonly RouteModule[] = [
  registerSecurityMiddleware, // first: body limit, session, CSRF, the /staff guard
  registerLoginRoutes,
  registerPasswordRoutes,
  registerWorkbenchRoutes,
  registerOrganRoutes,
  registerOrganImportRoutes,
  registerAccountRoutes,
  registerAuditRoutes,
  registerItemSettingsRoutes,
  registerGazetteStaffRoutes,
  registerCatalogueColumnRoutes,
  registerDirectoryRoutes,
  registerSiteSettingsRoutes,
  registerSitePageRoutes,
  registerItemBulkRoutes,
  registerItemReviewRoutes,
  registerItemImportRoutes,
  registerStaffItemRoutes,
  registerItemStepRoutes,
  registerItemProseRoutes,
  registerCaseRoutes,
  registerCaseLedgerRoutes,
  registerCaseArchiveRoutes,
  registerPublicReplyRoutes,
  registerCalendarRoutes,
  registerCalculatorRoutes,
  registerStatisticsRoutes,
  registerReportStatusRoutes,
  registerReportFiguresImportRoutes, // before …/figures: its paths are longer
  registerReportFiguresRoutes,
  registerReportDeadlineRoutes,
  registerFeedRoutes,
  registerItemRoutes,
  registerGazetteRoutes,
  registerSearchRoutes,
  registerReplyPortalRoutes,
  registerPortalRoutes,
  registerCrawlerFiles,
  openDataRoutes(),
  registerReportCheckRoutes,
  registerApplicationRoutes,
];
