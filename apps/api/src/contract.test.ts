import { buildASTSchema, parse, type GraphQLEnumType, type GraphQLInputObjectType } from 'graphql';
import { CoopType, MemberRole } from '@principle-six/db';
import { coopInputSchema, signUpSchema } from '@principle-six/schema';
import { typeDefs } from '@principle-six/schema/sdl';
import { COOP_TYPE_KEYS } from '@principle-six/taxonomy';

// The SDL is the contract; the validators, the taxonomy and the database must agree with it.
const schema = buildASTSchema(parse(typeDefs.join('\n')));
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
const inputFields = (name: string) => Object.keys((schema.getType(name) as GraphQLInputObjectType).getFields()).sort();
const zodKeys = (s: { in: { shape: object } } | { shape: object }) =>
  Object.keys('shape' in s ? s.shape : s.in.shape).sort();

describe('the GraphQL contract', () => {
  it('has one kind-of-co-op list in SDL, taxonomy and database', () => {
    expect(enumValues('CoopType')).toEqual(COOP_TYPE_KEYS);
    expect(Object.values(CoopType)).toEqual(COOP_TYPE_KEYS);
    expect(enumValues('MemberRole')).toEqual(Object.values(MemberRole));
  });

  it('validates exactly the fields of each input type', () => {
    expect(zodKeys(coopInputSchema as never)).toEqual(inputFields('CoopInput'));
    expect(zodKeys(signUpSchema)).toEqual(inputFields('SignUpInput'));
  });
});
