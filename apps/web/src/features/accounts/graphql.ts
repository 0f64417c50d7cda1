import { graphql } from '../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      user {
        id
        displayName
        email
      }
      memberships {
        role
        coop {
          id
          slug
          name
        }
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      viewer {
        user {
          id
          displayName
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        user {
          id
          displayName
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      ok
    }
  }
`);
