import { graphql } from '../../gql';

/** A round as every screen shows it: the same document for the query, the mutations and the subscription. */
export const PitchRoundFields = graphql(`
  fragment PitchRoundFields on PitchRound {
    id
    meetingId
    status
    version
    pitchSeconds
    clockStartedAt
    clockRanMs
    serverTime
    current {
      coopId
      slug
      name
      place
      provides
      whyBuy
      wantToTalkTo
      categories
      openNeeds {
        id
        title
      }
    }
    next {
      coopId
      name
    }
    slots {
      coopId
      name
      position
      status
    }
  }
`);

export const PitchRoundPageQuery = graphql(`
  query PitchRoundPage($id: ID!) {
    meeting(id: $id) {
      id
      title
      startsAt
      viewerCanManage
      council {
        id
        slug
        name
      }
      pitchRound {
        ...PitchRoundFields
      }
      viewerTaps {
        coopId
        kind
      }
    }
  }
`);

export const PitchRoundSubscription = graphql(`
  subscription PitchRoundLive($meetingId: ID!) {
    pitchRound(meetingId: $meetingId) {
      ...PitchRoundFields
    }
  }
`);

export const PreparePitchRoundMutation = graphql(`
  mutation PreparePitchRound($input: PreparePitchRoundInput!) {
    preparePitchRound(input: $input) {
      round {
        ...PitchRoundFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReorderPitchRoundMutation = graphql(`
  mutation ReorderPitchRound($input: ReorderPitchRoundInput!) {
    reorderPitchRound(input: $input) {
      round {
        ...PitchRoundFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ControlPitchRoundMutation = graphql(`
  mutation ControlPitchRound($input: ControlPitchRoundInput!) {
    controlPitchRound(input: $input) {
      round {
        ...PitchRoundFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const TapPitchMutation = graphql(`
  mutation TapPitch($input: TapPitchInput!) {
    tapPitch(input: $input) {
      tap {
        coopId
        kind
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const FollowUpsQuery = graphql(`
  query MeetingFollowUps($id: ID!) {
    meeting(id: $id) {
      id
      title
      followUps {
        kind
        coop {
          id
          slug
          name
          provides
          categories {
            code
            name
          }
        }
        fromCoop {
          id
          slug
          name
        }
        introduction {
          id
          contact {
            email
            phone
          }
        }
        referral {
          id
          stage
        }
      }
      pitchSummary {
        pitches
        skipped
        taps
        introductions
        referrals
        referralsWon
        byCoop {
          coop {
            id
            slug
            name
          }
          talk
          referral
          need
        }
      }
    }
  }
`);
