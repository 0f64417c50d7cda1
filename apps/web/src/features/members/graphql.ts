import { graphql } from '../../gql';

export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      token
      invitation {
        id
        role
        expiresAt
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ok
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      role
      status
      expiresAt
      coop {
        id
        slug
        name
        place {
          id
          name
          countryName
        }
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      membership {
        role
        coop {
          id
          slug
          name
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
        role
        user {
          id
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: MemberInput!) {
    removeMember(input: $input) {
      ok
      errors {
        ...UserErrorFields
      }
    }
  }
`);
