// The edge of every form: Adaptive Cards send each input as a string (multi-selects
// comma-separated, toggles 'true'/'false'). A form's schema accepts its own fields as strings
// and drops everything else; a field sent as anything but a string is reported on that field,
// so the form comes back with the message next to it and every other value kept.
import { z } from 'zod';

type FormShape<F extends string> = { [K in F]: z.ZodOptional<z.ZodString> };

export function formSchema<F extends string>(fields: readonly F[]): z.ZodObject<FormShape<F>> {
  return z.object(Object.fromEntries(fields.map((field) => [field, z.string().optional()])) as FormShape<F>);
}

/** Card ids (record, network, session): short opaque strings. */
export const cardId = z.string().min(1).max(255);

/** The fields a schema refused (sent as something other than what a card sends), each 'unreadable'. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields = error.issues.map((issue) => String(issue.path[0] ?? '')).filter((field) => field !== '');
  return Object.fromEntries(fields.map((field) => [field, 'unreadable']));
}

/** Every string the card sent, as it sent it: what the person typed is never lost. */
export function typedStrings(data: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
