import { z } from 'zod';
import { requiredText } from './text';

export const PASSWORD_MIN_LENGTH = 10;

/** Single-line text like every name (so a line break or hidden character gets its own message). */
export const emailSchema = requiredText('your email address', 1, 254)
  .toLowerCase()
  .pipe(z.email('Enter an email address like name@example.coop.'));

export const signUpSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: 'Choose a password.' })
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`)
    .max(256, 'Use a password of 256 characters or fewer.'),
  displayName: requiredText('your name', 1, 80),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.'),
});

export type SignUpValues = z.output<typeof signUpSchema>;
export type SignInValues = z.output<typeof signInSchema>;
