import { graphql } from '../../gql';

export const MeetingAttendeeFields = graphql(`
  fragment MeetingAttendeeFields on MeetingAttendee {
    userId
    displayName
    role
    status
    note
    attendance
    substituteName
    coop {
      id
      slug
      name
    }
    broughtBy {
      id
      name
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      agenda
      startsAt
      endsAt
      format
      venue
      onlineUrl
      cancelledAt
      goingCount
      icsUrl
      viewerCanRsvp
      viewerCanManage
      council {
        id
        slug
        name
        timeZone
        viewerCoops {
          coop {
            id
            name
          }
          status
        }
      }
      viewerAttendee {
        ...MeetingAttendeeFields
      }
      attendees {
        ...MeetingAttendeeFields
      }
      pitchRound {
        id
        status
      }
    }
  }
`);

export const MeetingEditQuery = graphql(`
  query MeetingForEditing($id: ID!) {
    meeting(id: $id) {
      id
      title
      agenda
      startsAt
      endsAt
      format
      venue
      onlineUrl
      cancelledAt
      viewerCanManage
      council {
        id
        slug
        name
        timeZone
      }
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($councilId: ID!, $input: MeetingInput!) {
    scheduleMeeting(councilId: $councilId, input: $input) {
      meeting {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      meeting {
        id
        title
        agenda
        startsAt
        endsAt
        format
        venue
        onlineUrl
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!) {
    cancelMeeting(id: $id) {
      meeting {
        id
        cancelledAt
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RsvpMutation = graphql(`
  mutation Rsvp($input: RsvpInput!) {
    rsvp(input: $input) {
      attendee {
        ...MeetingAttendeeFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AskToVisitMutation = graphql(`
  mutation AskToVisit($input: VisitRequestInput!) {
    askToVisit(input: $input) {
      attendee {
        ...MeetingAttendeeFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AnswerVisitorMutation = graphql(`
  mutation AnswerVisitor($input: VisitorAnswerInput!) {
    answerVisitor(input: $input) {
      attendee {
        ...MeetingAttendeeFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      meeting {
        id
        attendees {
          ...MeetingAttendeeFields
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
