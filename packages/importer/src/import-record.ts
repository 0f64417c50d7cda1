import type { CoopTypeKey } from '@principle-six/taxonomy';

/** One co-op as a register row describes it, cleaned and mapped to our vocabulary. */
export interface ImportRecord {
  /** The line of the file the row starts on (1 is the header). */
  line: number;
  /** The register's identifier; Co-operatives UK uses one ID space (R000001) across its files. */
  sourceId: string;
  /**
   * The identifier space when the row names its own: `principle-six` for a co-op made on Principle
   * Six (our exports write `principle-six:<slug>`). Absent: the import's source.
   */
  source?: string;
  name: string;
  placeName: string;
  countryCode: string;
  region: string | null;
  postcode: string | null;
  address: string | null;
  /** What it provides in its own words; empty when the register has no description. */
  provides: string;
  coopType: CoopTypeKey;
  website: string | null;
  /** Why buy from it and who it wants to talk to: only our own exports carry these. Empty when absent. */
  whyBuy: string;
  wantToTalkTo: string;
  /** The taxonomy categories its SIC codes map to (a class, else a division), if any. */
  categoryCodes: string[];
  /** The postcode's centroid when the file carries it. */
  latitude: number | null;
  longitude: number | null;
}

/** A row the importer left out, and why, so that a person can check the file. */
export interface SkippedRow {
  line: number;
  sourceId: string | null;
  reason: string;
}

/** Something about a row that was imported anyway. */
export interface RowWarning {
  line: number;
  sourceId: string;
  message: string;
}

export type RowOutcome =
  | { kind: 'record'; record: ImportRecord; warnings: string[] }
  | { kind: 'skip'; reason: string; sourceId: string | null };
