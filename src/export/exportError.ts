// Misuse of an export (a bad format, date, hop count or table, an entity the store does not know):
// a typed error with a stable name and a code the CLI prints and the HTTP route answers with.
//
//   throw new ExportError('UNKNOWN_ENTITY', 'entity "Kim Jong Eun": no such entity in the store');
export type ExportErrorCode = 'BAD_FORMAT' | 'BAD_DATE' | 'BAD_HOPS' | 'BAD_TABLE' | 'UNKNOWN_ENTITY';

export class ExportError extends Error {
  override readonly name = 'ExportError';
  readonly code: ExportErrorCode;

  constructor(code: ExportErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
