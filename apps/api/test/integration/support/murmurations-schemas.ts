import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { SHARED_DATA } from './shared-data';

/**
 * The Murmurations Library's JSON Schemas, read from ../shared/data at test time (GPL-3.0: never
 * copied into the project). A schema names its fields as "../fields/x.json", relative to its own
 * $id, so each field file is registered under the address that reference resolves to.
 */
const LIBRARY = path.join(SHARED_DATA, 'murmurations-library');

function loadLibrary(): Ajv {
  // strict off: the library's files carry keywords of its own (enumNames, metadata).
  const ajv = new Ajv({ strict: false, allErrors: true });
  const schemaIds: string[] = [];
  for (const file of readdirSync(path.join(LIBRARY, 'schemas'))) {
    const schema = JSON.parse(readFileSync(path.join(LIBRARY, 'schemas', file), 'utf8')) as { $id: string; $schema?: string };
    // They name draft-07 as https://json-schema.org/draft-07/schema#, an address Ajv does not
    // know (it has http://...); draft-07 is Ajv's default, so the name is dropped rather than
    // the meta-schema fetched.
    delete schema.$schema;
    schemaIds.push(schema.$id);
    ajv.addSchema(schema);
  }
  const base = new URL('../fields/', schemaIds[0]!);
  for (const file of readdirSync(path.join(LIBRARY, 'fields'))) {
    const field = JSON.parse(readFileSync(path.join(LIBRARY, 'fields', file), 'utf8')) as Record<string, unknown>;
    delete field.$schema;
    ajv.addSchema(field, new URL(file, base).toString());
  }
  return ajv;
}

let ajv: Ajv | null = null;

/** The validator for a schema by its name (organizations_schema-v1.0.0). */
export function murmurationsValidator(name: string): ValidateFunction {
  ajv ??= loadLibrary();
  const id = Object.keys((ajv as unknown as { schemas: Record<string, unknown> }).schemas).find((key) => key.endsWith(`/schemas/${name}`));
  if (!id) throw new Error(`No Murmurations schema named ${name}`);
  return ajv.getSchema(id)!;
}

/** The validation errors for a profile, as short strings ([] when it is valid). */
export function murmurationsErrors(name: string, profile: unknown): string[] {
  const validate = murmurationsValidator(name);
  return validate(profile) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
