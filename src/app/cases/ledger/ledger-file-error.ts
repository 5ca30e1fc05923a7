/** A ledger file that cannot be imported at all (as opposed to rows with errors); the message is Chinese. */
export class LedgerFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerFileError';
  }
}
