import { useApolloClient } from '@apollo/client/react';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AuthPayloadFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { applyServerErrors } from '../../lib/form-errors';

/**
 * What signing in and signing up share once the form is valid: send it, show the server's
 * errors beside their fields, or start afresh as the signed-in person and go on.
 */
export function useAuthSubmit<T>(
  form: UseFormReturnType<T>,
  send: (values: T) => Promise<AuthPayloadFieldsFragment | undefined>,
  destination: string,
) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [generalError, setGeneralError] = useState<string | null>(null);

  const onSubmit = form.onSubmit(async (values) => {
    setGeneralError(null);
    try {
      const errors = (await send(values as T))?.errors ?? [];
      if (errors.length) {
        setGeneralError(applyServerErrors(form, errors)[0] ?? null);
        return;
      }
      // The cache was filled as a visitor; everything is refetched as the signed-in person.
      await client.resetStore();
      void navigate(destination);
    } catch (error) {
      setGeneralError(describeError(error));
    }
  });

  return { onSubmit, generalError };
}
