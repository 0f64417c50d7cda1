export { importCoops, type ImportOptions, type ImportProgress, type ImportReport } from './import-coops';
export { ImportFileError } from './import-file-error';
export { FORMATS, PITCH_COLUMNS, PRINCIPLE_SIX_SOURCE, type ImportFormat } from './formats';
export type { ImportRecord, RowWarning, SkippedRow } from './import-record';
