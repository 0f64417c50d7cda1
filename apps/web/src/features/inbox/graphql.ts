import { graphql } from '../../gql';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    summary
    createdAt
    readAt
    coop {
      id
      slug
      name
    }
    council {
      id
      slug
      name
    }
    meeting {
      id
    }
    need {
      id
      title
      coop {
        id
        name
      }
      ...FulfilmentClaimFields
    }
    match {
      id
      offer {
        id
      }
    }
    referral {
      id
    }
    claim {
      id
    }
    introduction {
      id
      message
      from {
        id
        slug
        name
        website
      }
      contact {
        email
        phone
      }
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query UnreadCount {
    viewer {
      unreadNotificationCount
    }
  }
`);

export const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean) {
    viewer {
      unreadNotificationCount
      notificationPreferences {
        emailDigest
      }
    }
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const InboxEventsSubscription = graphql(`
  subscription InboxEvents {
    inbox {
      unreadCount
      notification {
        ...NotificationFields
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        emailDigest
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
