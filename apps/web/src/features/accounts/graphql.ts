import { graphql } from '../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      user {
        id
        displayName
        email
        emailVerified
      }
      siteRole
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

export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
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
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...AuthPayloadFields
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

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      verified
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail {
      sent
      errors {
        ...UserErrorFields
      }
    }
  }
`);
