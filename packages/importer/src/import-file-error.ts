/** A file that cannot be imported at all; the message says what to put right. Nothing was written. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
