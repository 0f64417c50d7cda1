import { getNamedType, isNonNullType, isObjectType } from 'graphql';
import { buildSchema } from '../graphql/schema';
import { POLICIES } from './policies';

describe('rate-limited mutations', () => {
  const schema = buildSchema();
  const mutations = schema.getMutationType()!.getFields();

  it('name only mutations that exist', () => {
    expect(Object.keys(POLICIES).filter((name) => !mutations[name])).toEqual([]);
  });

  it('can each be refused with a payload the schema accepts: errors, and nothing required but flags', () => {
    for (const name of Object.keys(POLICIES)) {
      const payload = getNamedType(mutations[name]!.type);
      expect(isObjectType(payload)).toBe(true);
      if (!isObjectType(payload)) continue;
      const fields = payload.getFields();
      expect(fields.errors).toBeDefined();
      const required = Object.values(fields).filter((f) => isNonNullType(f.type) && f.name !== 'errors');
      expect(required.filter((f) => getNamedType(f.type).name !== 'Boolean').map((f) => `${name}.${f.name}`)).toEqual([]);
    }
  });
});
