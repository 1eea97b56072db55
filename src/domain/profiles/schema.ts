import { z } from 'zod';

/** A share band in percent: below `min` is an error, above `max` a warning; either end may be open. */
const band = z
  .object({ min: z.number().min(0).max(100).nullable(), max: z.number().min(0).max(100).nullable() })
  .strict()
  .refine((b) => b.min === null || b.max === null || b.min <= b.max, { message: 'min must not exceed max' });

const range = z
  .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
    name: z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict(),
    source: z.string().min(1),
    members: range,
    olderAge: z.number().int().min(40).max(80),
    olderShare: band,
    womenShare: band,
    /** null: no band (QĐ 1336 gives priority to poor members but no share). */
    poorShare: band.nullable(),
    board: z
      .object({ chair: z.number().int().min(0), viceChair: z.number().int().min(0), members: z.number().int().min(0) })
      .strict(),
    minVolunteers: z.number().int().min(0),
    /** Percent of active members who have ever borrowed; null: no target. */
    minBorrowerShare: z.number().min(0).max(100).nullable(),
    loanRatePerMonth: range,
    feePerMonth: range,
    maxLoanTermMonths: z.number().positive().nullable(),
    maxLoan: z
      .union([
        z.object({ dong: z.number().positive() }).strict(),
        z.object({ percentOfFund: z.number().positive().max(100) }).strict(),
      ])
      .nullable(),
    oneOutstandingLoanPerMember: z.boolean(),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type Band = z.infer<typeof band>;
export type NumberRange = z.infer<typeof range>;
