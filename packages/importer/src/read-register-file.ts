import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { FORMATS, findFormat, type ImportFormat, type Row } from './formats';
import { ImportFileError } from './import-file-error';

export interface RegisterFile {
  format: ImportFormat;
  rows: { line: number; row: Row }[];
}

/**
 * Reads a whole register file and checks it before anything is written: UTF-8, a header of a
 * format we know (or of the one asked for), and no row cut short. The files are a few MB, so
 * holding them in memory lets a broken last line fail the import before the first write.
 */
export async function readRegisterFile(file: string, formatId?: string): Promise<RegisterFile> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ImportFileError(`Cannot read ${file}: ${(error as Error).message}`, name);
  }
  const text = decodeUtf8(bytes, name);
  if (text.trim() === '') throw new ImportFileError(`${name} is empty.`, name);

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    throw csvProblem(error, name);
  }
  const [headerRecord, ...body] = records;
  const header = headerRecord!.record.map((h) => h.trim());
  const format = chooseFormat(header, name, formatId);

  let previousEnd = headerRecord!.info.lines;
  const rows = body.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length !== header.length) {
      throw new ImportFileError(
        `Line ${line} of ${name} has ${record.length} fields where the header has ${header.length}` +
          ' (a truncated or damaged line). Nothing was imported.',
        name,
        line,
      );
    }
    const row: Row = {};
    header.forEach((column, i) => {
      // Some publishers repeat a column name; the first one wins.
      if (!(column in row)) row[column] = record[i] ?? '';
    });
    return { line, row };
  });
  return { format, rows };
}

function decodeUtf8(bytes: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw new ImportFileError(
      `${name} is not UTF-8 text (the first character that is not is on line ${line}). ` +
        'Save it as "CSV UTF-8" and import it again. Nothing was imported.',
      name,
      line,
    );
  }
}

function chooseFormat(header: string[], name: string, formatId?: string): ImportFormat {
  const format = formatId ? findFormat(formatId) : FORMATS.find((f) => f.claims(header));
  if (formatId && !format) {
    throw new ImportFileError(
      `There is no import format called "${formatId}". Known formats: ${FORMATS.map((f) => f.id).join(', ')}.`,
      name,
    );
  }
  if (!format) {
    throw new ImportFileError(
      `The header of ${name} is not one we know. It should be the header of one of: ` +
        `${FORMATS.map((f) => `${f.description} (first columns: ${f.requiredColumns.slice(0, 3).join(', ')})`).join('; ')}. ` +
        'Nothing was imported.',
      name,
      1,
    );
  }
  const missing = format.requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ImportFileError(
      `The header of ${name} lacks ${missing.length === 1 ? 'a column' : 'columns'} that ${format.description} has: ` +
        `${missing.map((c) => `"${c}"`).join(', ')}. Check the first line of the file. Nothing was imported.`,
      name,
      1,
    );
  }
  return format;
}

function csvProblem(error: unknown, name: string): ImportFileError {
  if (!(error instanceof CsvError)) throw error;
  const line = (error as CsvError & { lines?: number }).lines ?? null;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new ImportFileError(
        `${name} ends inside a quoted field (opened on or after line ${line ?? '?'}): the file looks cut off. ` +
          'Get a complete copy and import it again. Nothing was imported.',
        name,
        line,
      );
    default:
      return new ImportFileError(`${name} is not valid CSV near line ${line ?? '?'}: ${error.message}. Nothing was imported.`, name, line);
  }
}
