// Shapes of the resource-centre directory. The shipped data modules and the documents an
// admin later stores are both checked against these, so the types are inferred from them.

import { z } from 'zod';

/** Lines in the two seed reports; a reference past the end is a typo, not a citation. */
export const SOURCE_LINE_COUNTS = { report2020: 12_121, annual2022: 463 } as const;

const SOURCE_REF = /^(A-)?L(\d{1,5})(?:-(\d{1,5}))?$/;

/**
 * A citation: `L1417-1583` (2020 final report) or `A-L361` (2022 annual report).
 * Facts from outside those reports are not cited here; they carry `origin: 'external'`.
 */
export const sourceRefSchema = z.string().superRefine((ref, ctx) => {
  const match = SOURCE_REF.exec(ref);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `not a line reference: ${ref}` });
    return;
  }
  const first = Number(match[2]);
  const last = match[3] === undefined ? first : Number(match[3]);
  const max = ref.startsWith('A-') ? SOURCE_LINE_COUNTS.annual2022 : SOURCE_LINE_COUNTS.report2020;
  if (first < 1 || last < first || last > max) {
    ctx.addIssue({ code: 'custom', message: `line range out of bounds: ${ref}` });
  }
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** Where a datum comes from: the seed reports, general knowledge outside them, or an admin. */
export const originSchema = z.enum(['sources', 'external', 'admin']);
export type Origin = z.infer<typeof originSchema>;

export const countyCodeSchema = z.string().regex(/^\d{2}$/);
export const municipalityCodeSchema = z.string().regex(/^\d{4}$/);

export const countySchema = z.object({
  code: countyCodeSchema,
  name: z.string().min(1),
  shortName: z.string().min(1),
  letterCode: z.string().regex(/^[A-Z]{1,2}$/),
});
export type County = z.infer<typeof countySchema>;

export const municipalitySchema = z.object({
  code: municipalityCodeSchema,
  name: z.string().min(1),
  countyCode: countyCodeSchema,
  /** Only where the seat's name differs from the municipality's, so people can type either. */
  seat: z.string().min(1).optional(),
  lat: z.number().min(55).max(69.5),
  lon: z.number().min(10.5).max(24.5),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const coverageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('municipalities'),
    codes: z.array(municipalityCodeSchema).min(1),
    /** 'external' when the list itself is not in the sources and an admin must confirm it. */
    origin: originSchema,
    /** Members the sources count but do not name (Fyrbodal's three contract municipalities). */
    unnamedCount: z.number().int().positive().optional(),
    /** Who actually took part when that differs from the area (Una Norrbotten: 9 of 14). */
    participating: z
      .object({ codes: z.array(municipalityCodeSchema), asOf: z.string().min(1) })
      .optional(),
  }),
  z.object({
    kind: z.literal('not_stated'),
    /** A count the sources give without names (Skåne: 5 municipalities in Dec 2022). */
    count: z.number().int().positive().optional(),
  }),
]);
export type Coverage = z.infer<typeof coverageSchema>;

export const targetAgesSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('range'), min: z.number().int().min(0), max: z.number().int().max(120) })
    .refine((r) => r.min <= r.max, 'min must not exceed max'),
  z.object({ kind: z.literal('all_ages') }),
  z.object({ kind: z.literal('not_stated') }),
]);
export type TargetAges = z.infer<typeof targetAgesSchema>;

export const serviceSchema = z.enum(['consultation', 'direct_support', 'training', 'network_sessions']);
export type Service = z.infer<typeof serviceSchema>;

export const contactChannelSchema = z.object({
  kind: z.enum(['phone', 'email', 'web', 'support_line']),
  /** Undefined while the sources mention the channel but give no number or address. */
  value: z.string().min(1).optional(),
  origin: originSchema,
  sources: z.array(sourceRefSchema),
  note: z.string().optional(),
});
export type ContactChannel = z.infer<typeof contactChannelSchema>;

export const centreStatusSchema = z.enum([
  'operational',
  'reduced',
  'permanent',
  'preparing',
  'pre_study',
  'outside_programme',
]);
export type CentreStatus = z.infer<typeof centreStatusSchema>;

/** Statuses under which an RC takes consultations today. */
export const IN_SERVICE_STATUSES: readonly CentreStatus[] = ['operational', 'reduced', 'permanent'];

const refs = z.array(sourceRefSchema);

export const resourceCentreSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Prefix of case references such as GBG-2026-0001. */
  shortCode: z.string().regex(/^[A-Z]{2,4}$/),
  name: z.string().min(1),
  /** Other names the sources use for the same unit. */
  aliases: z.array(z.string().min(1)),
  countyCode: countyCodeSchema,
  /** Null when the sources name no host (huvudman). */
  host: z.string().min(1).nullable(),
  coverage: coverageSchema,
  targetAges: targetAgesSchema,
  services: z.array(serviceSchema),
  channels: z.array(contactChannelSchema),
  status: centreStatusSchema,
  /** Short Swedish remarks shown to users and admins (caveats, what is not stated). */
  notes: z.array(z.string().min(1)),
  sources: z.object({
    name: refs.min(1),
    host: refs,
    coverage: refs,
    targetAges: refs,
    services: refs,
    status: refs.min(1),
  }),
});
export type ResourceCentre = z.infer<typeof resourceCentreSchema>;

export const nationalFallbackSchema = z.object({
  id: z.string().min(1),
  shortName: z.string().min(1),
  name: z.string().min(1),
  host: z.string().min(1),
  formerName: z.string().optional(),
  description: z.string().min(1),
  channels: z.array(contactChannelSchema).min(1),
  sources: refs.min(1),
});
export type NationalFallback = z.infer<typeof nationalFallbackSchema>;

/** The whole directory as one document: what the lead's storage will load and validate. */
export const directoryDataSchema = z.object({
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/),
  counties: z.array(countySchema),
  municipalities: z.array(municipalitySchema),
  centres: z.array(resourceCentreSchema),
  nationalFallback: nationalFallbackSchema,
});
export type DirectoryData = z.infer<typeof directoryDataSchema>;
