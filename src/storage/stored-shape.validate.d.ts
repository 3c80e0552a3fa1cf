/** storage's check of a stored row's shape, derived from public/assessment.schema.json (scripts/document-shape.ts, Ajv standalone). */
import type { SchemaValidate } from '../engine/assessment-schema.validate.js';

export declare const validate: SchemaValidate;
export default validate;
