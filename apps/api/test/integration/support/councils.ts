import type { TestClient } from './test-client';
import { ERRORS } from './scenarios';

export const COUNCIL_FIELDS = 'id slug name description area website timeZone memberCount viewerIsOrganiser calendarUrl';

export const CREATE_COUNCIL = `mutation ($input: CouncilInput!) { createCouncil(input: $input) { council { ${COUNCIL_FIELDS} } ${ERRORS} } }`;
export const UPDATE_COUNCIL = `mutation ($id: ID!, $input: CouncilInput!) { updateCouncil(id: $id, input: $input) { council { ${COUNCIL_FIELDS} } ${ERRORS} } }`;
export const ADD_ORGANISER = `mutation ($input: CouncilOrganiserInput!) { addCouncilOrganiser(input: $input) { council { organisers { userId displayName } } ${ERRORS} } }`;
export const REMOVE_ORGANISER = `mutation ($input: CouncilOrganiserInput!) { removeCouncilOrganiser(input: $input) { council { organisers { userId } } ${ERRORS} } }`;
const MEMBER_FIELDS = 'status route message coop { id name }';
export const INVITE_COOP = `mutation ($input: CouncilJoinInput!) { inviteCoopToCouncil(input: $input) { member { ${MEMBER_FIELDS} } ${ERRORS} } }`;
export const ASK_TO_JOIN = `mutation ($input: CouncilJoinInput!) { askToJoinCouncil(input: $input) { member { ${MEMBER_FIELDS} } ${ERRORS} } }`;
export const ANSWER_JOIN = `mutation ($input: CouncilJoinAnswerInput!) { answerCouncilJoin(input: $input) { member { ${MEMBER_FIELDS} } ${ERRORS} } }`;
export const LEAVE_COUNCIL = `mutation ($input: LeaveCouncilInput!) { leaveCouncil(input: $input) { member { status } ${ERRORS} } }`;
export const IMPORT_MEMBERS = `mutation ($input: CouncilImportInput!) {
  importCouncilMembers(input: $input) {
    report { matched created alreadyMembers refused rows { row outcome message coop { id name place { name } } } }
    ${ERRORS}
  }
}`;
export const COUNCIL = `query ($slug: String!) {
  council(slug: $slug) {
    ${COUNCIL_FIELDS}
    organisers { userId displayName }
    members(first: 100) { edges { node { ${MEMBER_FIELDS} } } pageInfo { hasNextPage endCursor } }
    pendingMembers { ${MEMBER_FIELDS} }
    viewerCoops { coop { id } status canAct }
    upcomingMeetings { id title }
  }
}`;

const MEETING_FIELDS = 'id title agenda startsAt endsAt format venue onlineUrl cancelledAt goingCount viewerCanRsvp viewerCanManage icsUrl';
export const SCHEDULE_MEETING = `mutation ($councilId: ID!, $input: MeetingInput!) { scheduleMeeting(councilId: $councilId, input: $input) { meeting { ${MEETING_FIELDS} } ${ERRORS} } }`;
export const UPDATE_MEETING = `mutation ($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { meeting { ${MEETING_FIELDS} } ${ERRORS} } }`;
export const CANCEL_MEETING = `mutation ($id: ID!) { cancelMeeting(id: $id) { meeting { ${MEETING_FIELDS} } ${ERRORS} } }`;
const ATTENDEE_FIELDS = 'userId displayName role status attendance substituteName note coop { id } broughtBy { id }';
export const RSVP = `mutation ($input: RsvpInput!) { rsvp(input: $input) { attendee { ${ATTENDEE_FIELDS} } ${ERRORS} } }`;
export const ASK_TO_VISIT = `mutation ($input: VisitRequestInput!) { askToVisit(input: $input) { attendee { ${ATTENDEE_FIELDS} } ${ERRORS} } }`;
export const ANSWER_VISITOR = `mutation ($input: VisitorAnswerInput!) { answerVisitor(input: $input) { attendee { ${ATTENDEE_FIELDS} } ${ERRORS} } }`;
export const RECORD_ATTENDANCE = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { meeting { id } ${ERRORS} } }`;
export const MEETING = `query ($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} attendees { ${ATTENDEE_FIELDS} } viewerAttendee { status } } }`;

export function councilInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Northern Worker Co-op Council',
    description: 'Worker co-ops across the north of England, meeting monthly to trade and learn.',
    area: 'North of England',
    website: 'https://northern.example.coop',
    timeZone: 'Europe/London',
    ...overrides,
  };
}

/** A meeting `days` from now, an hour and a half long. */
export function meetingInput(days = 7, overrides: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + days * 86_400_000);
  return {
    title: 'Monthly trading meeting',
    agenda: '1. Welcome\n2. 60-second pitches\n3. Referrals passed',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
    format: 'HYBRID',
    venue: 'Friends Meeting House, Manchester',
    onlineUrl: 'https://meet.example.org/northern',
    ...overrides,
  };
}

export async function createCouncil(client: TestClient, overrides: Record<string, unknown> = {}) {
  const { createCouncil } = await client.data(CREATE_COUNCIL, { input: councilInput(overrides) });
  if (createCouncil.errors.length) throw new Error(JSON.stringify(createCouncil.errors));
  return createCouncil.council as { id: string; slug: string; name: string };
}

export async function scheduleMeeting(client: TestClient, councilId: string, days = 7, overrides: Record<string, unknown> = {}) {
  const { scheduleMeeting } = await client.data(SCHEDULE_MEETING, { councilId, input: meetingInput(days, overrides) });
  if (scheduleMeeting.errors.length) throw new Error(JSON.stringify(scheduleMeeting.errors));
  return scheduleMeeting.meeting as { id: string; title: string };
}

/** Mutation payloads: the errors array, for asserting on. */
export async function errorsOf(client: TestClient, query: string, variables: Record<string, unknown>) {
  const data = await client.data(query, variables);
  return (Object.values(data)[0] as { errors: { code: string; field: string | null; message: string }[] }).errors;
}
