/** The field shapes every part of the model is built from: labels, ids, text, rates and money. */
import { z } from 'zod';
import { modelMessages as m } from './messages';

/** Control characters (U+0000–U+001F, U+007F) cannot be written to a workbook's XML. */
export const printable = (schema: z.ZodString) => schema.regex(/^[^\u0000-\u001f\u007f]*$/, m.controlCharacter());
/** A name shown to people: any printable text. */
export const label = printable(z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'));
/** An id, or a reference to one: also free of what Excel's lookups read as wildcards, separators or comparisons. */
export const id = label.regex(/^[^*?~|,]*$/, m.lookupCharacter()).regex(/^(?![=<>])/, m.lookupOperator());
export const text = printable(z.string().max(2000, 'must be at most 2000 characters'));
export const rate = z.number().min(0, 'must be between 0 and 1 (0% to 100%)').max(1, 'must be between 0 and 1 (0% to 100%)');
export const money = z.number().min(0, 'must not be negative');
export const positive = z.number().positive('must be greater than 0');

