/**
 * The problems of `value` against a JSON Schema, for the keywords the server's schemas use
 * (type, enum, required, properties, additionalProperties: false, items, minimum, maximum,
 * minLength, maxLength). Enough to hold the server's answers to the schemas it publishes.
 */
export function schemaProblems(value: unknown, schema: Record<string, any>, at = "$"): string[] {
  const problems: string[] = [];
  const types: string[] | undefined = schema.type === undefined ? undefined : [schema.type].flat();
  if (types && !types.some((t) => hasType(value, t))) return [`${at}: ${JSON.stringify(value)?.slice(0, 60)} is not ${types.join(" or ")}`];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: ${value} < ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: ${value} > ${schema.maximum}`);
  }
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${at}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${at}: longer than ${schema.maxLength}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...schemaProblems(item, schema.items, `${at}[${i}]`)));
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${at}.${key}: missing`);
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (property) problems.push(...schemaProblems(item, property, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not in the schema`);
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}
