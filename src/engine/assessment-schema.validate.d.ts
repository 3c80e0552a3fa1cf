/** The compiled validator of public/assessment.schema.json (scripts/schema-validator.ts, Ajv standalone). */
export interface SchemaError {
  /** JSON pointer to the value, e.g. `/values/EC: ICT: ICT: 1C|/status`. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  schemaPath: string;
}

export interface SchemaValidate {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export declare const validate: SchemaValidate;
export default validate;
