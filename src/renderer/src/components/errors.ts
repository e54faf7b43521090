import { isApiError } from '../api/client';

/** A sentence for people: the core's message, never a stack trace. */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message;
  if (e instanceof Error && e.message) return e.message.split('\n')[0];
  return 'An unexpected error occurred.';
}
