/** Reads the item editor's posted form into a submission (through the one form reader). */
import type { Context } from 'hono';
import type { ItemSubmission } from '../../app/publishing/item-input.ts';
import type { AppEnv } from '../context.ts';
import { readUpload, textValues, uploadedFile, type UploadBody } from '../middleware/form.ts';

/** Every text value of a repeatable field. */
export function listValues(body: UploadBody, key: string): string[] {
  return [body[key] ?? []].flat().filter((v): v is string => typeof v === 'string');
}

/** The submission and the raw values (to show the form again). */
export async function readItemSubmission(
  c: Context<AppEnv>,
): Promise<{ submission: ItemSubmission; values: Record<string, string>; version: number | null }> {
  const body = await readUpload(c);
  const values = textValues(body);
  const docx = uploadedFile(body, 'bodyDocx');
  const bytes = docx !== undefined && docx.size > 0 ? new Uint8Array(await docx.arrayBuffer()) : null;
  const reportFile = uploadedFile(body, 'reportFile');
  return {
    values,
    version: /^\d{1,9}$/.test(values.version ?? '') ? Number(values.version) : null,
    submission: {
      fields: values,
      bodyFormat: values.bodyFormat ?? 'text',
      body: values.body ?? '',
      bodyDocx: bytes,
      columns: listValues(body, 'columns'),
      documents: listValues(body, 'documents'),
      report: {
        year: values.reportYear ?? '',
        source: values.reportSource ?? 'upload',
        organs: listValues(body, 'rollupOrgans'),
        file:
          reportFile === undefined || (reportFile.size === 0 && reportFile.name === '')
            ? null
            : { name: reportFile.name, bytes: new Uint8Array(await reportFile.arrayBuffer()) },
      },
    },
  };
}
