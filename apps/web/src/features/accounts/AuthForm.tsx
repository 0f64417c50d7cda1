import { Alert, Button, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/** The frame both account forms share: a title, the fields, one general error and a submit button. */
export function AuthForm(props: {
  title: string;
  submitLabel: string;
  submitting: boolean;
  generalError: string | null;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <Paper maw={440} mx="auto" my="xl" p="lg" withBorder>
      <form onSubmit={props.onSubmit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {props.title}
          </Title>
          {props.generalError && (
            <Alert color="red" role="alert">
              {props.generalError}
            </Alert>
          )}
          {props.children}
          <Button type="submit" loading={props.submitting}>
            {props.submitLabel}
          </Button>
          {props.footer}
        </Stack>
      </form>
    </Paper>
  );
}
