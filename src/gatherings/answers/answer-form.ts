// The answer form: what was chosen and, on accepting, the logistics. Times arrive as
// datetime-local values in the gathering's time zone and leave as UTC moments.
import { z } from 'zod';
import { zonedInputToDate } from '../zoned-time.ts';
import type { Answer } from './answers.ts';

const optionalText = z.string().trim().max(1000, 'form.tooLong').default('');
const phonePattern = /^[+\d][\d\s().-]{2,40}$/;

export function answerFormSchema(timeZone: string): z.ZodType<Answer> {
  const moment = z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || zonedInputToDate(value, timeZone), 'answer.error.dateTime')
    .transform((value) => (value === '' ? null : (zonedInputToDate(value, timeZone) as Date)));
  return z
    .object({
      choice: z.enum(['accept', 'maybe', 'decline'], 'answer.error.choice'),
      listConsent: z.literal('yes').optional(),
      arrival: moment,
      departure: moment,
      dietary: optionalText,
      accessibility: optionalText,
      needsVisaLetter: z.literal('yes').optional(),
      emergencyContactName: z.string().trim().max(200, 'form.tooLong').default(''),
      emergencyContactPhone: z
        .string()
        .trim()
        .max(40, 'form.tooLong')
        .refine((value) => value === '' || phonePattern.test(value), 'answer.error.phone')
        .default(''),
    })
    .refine((form) => !(form.arrival && form.departure && form.departure <= form.arrival), {
      path: ['departure'],
      message: 'answer.error.order',
    })
    .transform((form): Answer => {
      if (form.choice !== 'accept') return { choice: form.choice, listConsent: false };
      return {
        choice: 'accept',
        listConsent: form.listConsent === 'yes',
        logistics: {
          arrival: form.arrival?.toISOString() ?? null,
          departure: form.departure?.toISOString() ?? null,
          dietary: form.dietary,
          accessibility: form.accessibility,
          needsVisaLetter: form.needsVisaLetter === 'yes',
          emergencyContactName: form.emergencyContactName,
          emergencyContactPhone: form.emergencyContactPhone,
        },
      };
    }) as unknown as z.ZodType<Answer>;
}
