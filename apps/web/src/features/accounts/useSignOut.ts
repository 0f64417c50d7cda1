import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutMutation } from './graphql';

/** Signs out, forgets everything cached for the person, and goes to the front page. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutMutation);
  return async () => {
    await signOut();
    await client.clearStore();
    await client.refetchQueries({ include: 'active' });
    void navigate('/');
  };
}
