/** A table file that cannot be imported at all (as opposed to rows with errors); the message is Chinese. */
export class SheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetFileError';
  }
}
