/** The compiled validator of public/framework.schema.json (scripts/framework-validator.ts, Ajv standalone). */
import type { SchemaValidate } from './assessment-schema.validate.js';

export declare const validate: SchemaValidate;
export default validate;
