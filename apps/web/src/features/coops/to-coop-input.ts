import type { CoopInput } from '../../gql/graphql';
import type { CoopFormValues } from './CoopForm';

/** Form values as the API takes them: blanks in optional fields are sent as null. */
export function toCoopInput(values: CoopFormValues): CoopInput {
  const blankToNull = (v: string) => (v.trim() ? v : null);
  return {
    ...values,
    coopType: values.coopType as CoopInput['coopType'],
    postcode: blankToNull(values.postcode),
    address: blankToNull(values.address),
    website: blankToNull(values.website),
    contactEmail: blankToNull(values.contactEmail),
    contactPhone: blankToNull(values.contactPhone),
    memberNotes: blankToNull(values.memberNotes),
  };
}
