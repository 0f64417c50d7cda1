import type { TFunction } from 'i18next';

/** A spreadsheet as the import reads it: the header row's names and the rows under it, as text. */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

/** The most rows a member list may have here (a national federation's list fits several times). */
export const MAX_SHEET_ROWS = 50_000;

/**
 * Reads a CSV (papaparse) or XLSX (read-excel-file) file in the browser. Both libraries are
 * loaded only when a file is chosen, so the rest of the app does not carry them. `t` words the
 * errors it throws and names a column without a header, in the language shown.
 */
export async function readSpreadsheet(file: File, t: TFunction<'councils'>): Promise<Sheet> {
  const table = /\.xlsx$/i.test(file.name) ? await readXlsx(file) : await readCsv(file, t);
  const [headerRow = [], ...rows] = table.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (headerRow.length === 0) throw new Error(t('import.noRows'));
  if (rows.length > MAX_SHEET_ROWS) throw new Error(t('import.tooManyRows', { rows: rows.length, max: MAX_SHEET_ROWS }));
  const headers = headerRow.map((h, i) => h.trim() || t('import.column', { number: i + 1 }));
  return { headers, rows };
}

async function readCsv(file: File, t: TFunction<'councils'>): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(file, {
      skipEmptyLines: 'greedy',
      complete: (result) => resolve(result.data.map((row) => row.map((cell) => String(cell ?? '')))),
      error: (error) => reject(new Error(t('import.notCsv', { reason: error.message }))),
    });
  });
}

async function readXlsx(file: File): Promise<string[][]> {
  const { readSheet } = await import('read-excel-file/browser');
  const data = await readSheet(file);
  return data.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))));
}

export type ImportField = 'name' | 'place' | 'website' | 'provides' | 'registerNumber';

/** The fields a row may fill, in the order shown; each is named by `import.field.<field>`. */
export const IMPORT_FIELDS: { field: ImportField; required?: boolean }[] = [
  { field: 'name', required: true },
  { field: 'place' },
  { field: 'website' },
  { field: 'provides' },
  { field: 'registerNumber' },
];

/** Words in a header that suggest each field; the organiser checks and changes the guess. */
const HINTS: Record<ImportField, RegExp> = {
  name: /^(co-?op(erative)?\s*)?(organi[sz]ation\s*)?name$|^name|co-?op$/i,
  place: /town|city|locality|place|location/i,
  website: /web|url|site/i,
  provides: /description|what|activit|services|provides|about/i,
  registerNumber: /identifier|regist|number|company|frn/i,
};

/** A first guess at which column holds each field, by its header. */
export function guessMapping(headers: string[]): Record<ImportField, number | null> {
  const taken = new Set<number>();
  const guess = {} as Record<ImportField, number | null>;
  for (const { field } of IMPORT_FIELDS) {
    const index = headers.findIndex((h, i) => !taken.has(i) && HINTS[field].test(h.trim()));
    guess[field] = index >= 0 ? index : null;
    if (index >= 0) taken.add(index);
  }
  return guess;
}
