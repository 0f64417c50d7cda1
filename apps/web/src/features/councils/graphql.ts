import { graphql } from '../../gql';

export const MeetingRowFields = graphql(`
  fragment MeetingRowFields on Meeting {
    id
    title
    startsAt
    endsAt
    format
    venue
    cancelledAt
    goingCount
    council {
      id
      slug
      name
      timeZone
    }
  }
`);

export const CouncilsQuery = graphql(`
  query Councils($first: Int!, $after: String, $query: String) {
    councils(first: $first, after: $after, query: $query) {
      edges {
        node {
          id
          slug
          name
          area
          description
          memberCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    upcomingMeetings(first: 6) {
      ...MeetingRowFields
    }
  }
`);

export const CouncilQuery = graphql(`
  query Council($slug: String!) {
    council(slug: $slug) {
      id
      slug
      name
      description
      area
      website
      timeZone
      memberCount
      calendarUrl
      viewerIsOrganiser
      organisers {
        userId
        displayName
      }
      viewerCoops {
        coop {
          id
          name
          slug
        }
        status
        canAct
      }
      upcomingMeetings(first: 5) {
        ...MeetingRowFields
      }
      pastMeetings(first: 10) {
        ...MeetingRowFields
      }
    }
  }
`);

/** The member list and the map: up to 500 a page. */
export const CouncilMembersQuery = graphql(`
  query CouncilMembers($slug: String!, $first: Int!, $after: String) {
    council(slug: $slug) {
      id
      members(first: $first, after: $after) {
        edges {
          node {
            status
            joinedAt
            placeName
            coop {
              id
              slug
              name
              latitude
              longitude
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const PendingMembersQuery = graphql(`
  query CouncilPendingMembers($slug: String!) {
    council(slug: $slug) {
      id
      pendingMembers {
        status
        route
        message
        createdAt
        coop {
          id
          slug
          name
          place {
            name
          }
        }
      }
    }
  }
`);

export const CouncilFields = graphql(`
  fragment CouncilEditFields on Council {
    id
    slug
    name
    description
    area
    website
    timeZone
  }
`);

export const CreateCouncilMutation = graphql(`
  mutation CreateCouncil($input: CouncilInput!) {
    createCouncil(input: $input) {
      council {
        ...CouncilEditFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCouncilMutation = graphql(`
  mutation UpdateCouncil($id: ID!, $input: CouncilInput!) {
    updateCouncil(id: $id, input: $input) {
      council {
        ...CouncilEditFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);


export const AskToJoinMutation = graphql(`
  mutation AskToJoinCouncil($input: CouncilJoinInput!) {
    askToJoinCouncil(input: $input) {
      member {
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const InviteCoopMutation = graphql(`
  mutation InviteCoopToCouncil($input: CouncilJoinInput!) {
    inviteCoopToCouncil(input: $input) {
      member {
        status
        coop {
          id
          name
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AnswerJoinMutation = graphql(`
  mutation AnswerCouncilJoin($input: CouncilJoinAnswerInput!) {
    answerCouncilJoin(input: $input) {
      member {
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const LeaveCouncilMutation = graphql(`
  mutation LeaveCouncil($input: LeaveCouncilInput!) {
    leaveCouncil(input: $input) {
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddOrganiserMutation = graphql(`
  mutation AddCouncilOrganiser($input: CouncilOrganiserInput!) {
    addCouncilOrganiser(input: $input) {
      council {
        id
        organisers {
          userId
          displayName
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveOrganiserMutation = graphql(`
  mutation RemoveCouncilOrganiser($input: CouncilOrganiserInput!) {
    removeCouncilOrganiser(input: $input) {
      council {
        id
        viewerIsOrganiser
        organisers {
          userId
          displayName
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ImportMembersMutation = graphql(`
  mutation ImportCouncilMembers($input: CouncilImportInput!) {
    importCouncilMembers(input: $input) {
      report {
        matched
        created
        alreadyMembers
        refused
        rows {
          row
          outcome
          message
          coop {
            id
            slug
            name
          }
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CouncilDashboardQuery = graphql(`
  query CouncilDashboard($slug: String!) {
    council(slug: $slug) {
      id
      name
      dashboard {
        from
        to
        meetingsHeld
        rule
        coops {
          coop {
            id
            slug
            name
          }
          meetingsAttended
          referralsGiven
          referralsReceived
          businessClosed {
            amount
            currency
          }
          introductions
          visitorsBrought
          light
          lightReason
        }
        months {
          month
          meetings
          attendance
          referrals
          introductions
        }
        referralLinks {
          fromCoopId
          toCoopId
          count
        }
      }
    }
  }
`);
