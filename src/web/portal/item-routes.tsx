/**
 * Public routes of 主动公开: a column's list, an item (301 to the organ that published it, 410 once
 * withdrawn), an attachment, the 规范性文件 library, the 主动公开事项目录. Pages are rendered per request (items change
 * without the directory snapshot changing).
 */
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import {
  libraryFilter,
  loadColumnPage,
  loadLibrary,
  loadPublicFile,
  loadPublicItem,
} from '../../app/portal/item-pages.ts';
import { loadPublicDirectory } from '../../app/portal/public-directory.ts';
import { parseItemId } from '../../app/publishing/item-access.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import { queryParam } from '../middleware/query.ts';
import { renderPage } from '../layout/document.tsx';
import type { RouteModule } from '../routes.ts';
import { frameOrgan, loadFrame, organBase } from './frame.ts';
import { DirectoryPage } from './directory-page.tsx';
import { ColumnListPage, ItemPage, LibraryPage, WithdrawnItemPage } from './item-pages.tsx';
import { sendPage } from './routes.tsx';

const SLUG = ':slug{[a-z0-9][a-z0-9-]{0,62}}';

// QR codes of page URLs, kept (a PNG costs milliseconds to draw; the URL of an item never changes)
const QR_CACHE = new Map<string, string>();
const QR_CACHE_SIZE = 2000;

async function qrCodeOf(url: string): Promise<string> {
  const cached = QR_CACHE.get(url);
  if (cached !== undefined) {
    return cached;
  }
  const made = await QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
  if (QR_CACHE.size >= QR_CACHE_SIZE) {
    QR_CACHE.delete(QR_CACHE.keys().next().value!);
  }
  QR_CACHE.set(url, made);
  return made;
}

/** Registers the public 主动公开 routes. */
export const registerItemRoutes: RouteModule = (app, deps) => {
  const directory = portalDirectoryFor(deps.db);
  const frameOf = (c: Context<AppEnv>) => loadFrame(c, directory, c.req.param('slug') ?? '');

  app.get(`/o/${SLUG}/gk/c/:column{[a-z0-9-]{1,63}}`, async (c) => {
    const frame = await frameOf(c);
    const organ = frameOrgan(frame);
    const pageText = queryParam(c, 'page') ?? '';
    const page = /^\d{1,6}$/.test(pageText) ? Number(pageText) : 1;
    const data = await loadColumnPage(deps.db, organ.id, c.req.param('column'), page);
    if (data === null) {
      throw notFound('该栏目');
    }
    return sendPage(c, renderPage(<ColumnListPage frame={frame} organ={organ} data={data} />));
  });

  // the 主动公开事项目录: read per request (staff edits show at once)
  app.get(`/o/${SLUG}/gk/directory`, async (c) => {
    const frame = await frameOf(c);
    const organ = frameOrgan(frame);
    const groups = await loadPublicDirectory(deps.db, organ.id);
    return sendPage(c, renderPage(<DirectoryPage frame={frame} organ={organ} groups={groups} />));
  });

  app.get(`/o/${SLUG}/gk/items/:id{[1-9][0-9]{0,14}}`, async (c) => {
    const frame = await frameOf(c);
    const organ = frameOrgan(frame);
    const item = await loadPublicItem(deps.db, parseItemId(c.req.param('id'))!);
    if (item === null) {
      throw notFound('该信息');
    }
    if (item.row.organId !== organ.id) {
      const owner = frame.snapshot.byId.get(item.row.organId);
      if (!owner) {
        throw notFound('该信息');
      }
      return c.redirect(`${organBase(owner)}/gk/items/${item.row.id}`, 301);
    }
    if (item.row.status === 'withdrawn') {
      c.status(410);
      return sendPage(c, renderPage(<WithdrawnItemPage frame={frame} organ={organ} item={item} />));
    }
    const url = `http://${frame.site.domain}${organBase(organ)}/gk/items/${item.row.id}`;
    const qr = await qrCodeOf(url);
    return sendPage(c, renderPage(<ItemPage frame={frame} organ={organ} item={item} qr={qr} url={url} />));
  });

  app.get(`/o/${SLUG}/gk/files/:id{[1-9][0-9]{0,14}}`, async (c) => {
    const frame = await frameOf(c);
    const organ = frameOrgan(frame);
    const file = await loadPublicFile(deps.db, organ.id, Number(c.req.param('id')));
    if (file === null) {
      throw notFound('该附件');
    }
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.mediaType,
      'content-disposition': contentDisposition(
        `attachment-${file.id}`,
        file.name.replace(/\.[^.]*$/, ''),
        file.name.split('.').pop() ?? 'bin',
      ),
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=300',
    });
  });

  app.get(`/o/${SLUG}/gk/library`, async (c) => {
    const frame = await frameOf(c);
    const organ = frameOrgan(frame);
    const filter = libraryFilter(queryParam(c, 'validity'), queryParam(c, 'year'));
    const lines = await loadLibrary(deps.db, organ.id, filter);
    return sendPage(
      c,
      renderPage(
        <LibraryPage
          frame={frame}
          organ={organ}
          lines={lines}
          validity={filter.validity}
          year={filter.year}
        />,
      ),
    );
  });
};
