/**
 * The name an uploaded file is kept under in a staged import: only what a browser sends as a
 * name — no path, no control characters or direction overrides, at most 200 characters.
 */

/**
 * @example cleanUploadFileName('C:\\fakepath\\台账.xlsx') // '台账.xlsx'
 */
export function cleanUploadFileName(name: string): string {
  return (
    [
      ...(name.split(/[/\\]/).pop() ?? '')
        // eslint-disable-next-line no-control-regex -- control characters are what is removed
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
        .trim(),
    ]
      .slice(0, 200)
      .join('') || '未命名文件'
  );
}
