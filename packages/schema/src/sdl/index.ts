import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The GraphQL contract: every .graphql file in this folder, in name order. */
export const SDL_DIR = __dirname;

export const typeDefs: string[] = readdirSync(SDL_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(path.join(SDL_DIR, file), 'utf8'));
