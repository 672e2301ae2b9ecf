/**
 * One problem with one field of a request, shaped like the entries of OpenEnv's validation
 * errors (pydantic's `errors()`: where, what, which kind), so a client that prints those prints
 * these.
 */
export interface FieldError {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** A request with wrong fields; its message names every one. */
export class InvalidFields extends Error {
  readonly errors: FieldError[];
  constructor(errors: FieldError[]) {
    super(errors.map((e) => `${e.loc.join(".") || "(the message)"}: ${e.msg}`).join("; "));
    this.name = "InvalidFields";
    this.errors = errors;
  }
}

type Loc = (string | number)[];

export function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

/** `value` as a JSON object, or the error that it is not one. */
export function requireObject(value: unknown, loc: Loc): Record<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new InvalidFields([{ loc, msg: `must be a JSON object, not ${describeJson(value)}`, type: "object_type" }]);
}

/**
 * Reads a JSON object field by field and collects every problem before refusing, so one answer
 * names all the wrong fields. A field given as null counts as left out, as in OpenEnv's optional
 * fields. `done` refuses the fields nobody read.
 */
export class FieldReader {
  private readonly errors: FieldError[] = [];
  private readonly read = new Set<string>();

  constructor(
    private readonly fields: Record<string, unknown>,
    private readonly loc: Loc,
  ) {}

  static of(value: unknown, loc: Loc): FieldReader {
    return new FieldReader(requireObject(value, loc), loc);
  }

  string(key: string, rule: { required?: boolean; maxLength?: number; oneOf?: readonly string[]; nonEmpty?: boolean } = {}): string | undefined {
    const value = this.take(key, rule.required);
    if (value === undefined) return undefined;
    if (typeof value !== "string") return this.problem(key, `must be a string, not ${describeJson(value)}`, "string_type");
    if (rule.nonEmpty && value === "") return this.problem(key, "must not be empty", "string_too_short");
    if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      return this.problem(key, `is ${value.length} characters long; the limit is ${rule.maxLength}`, "string_too_long");
    }
    if (rule.oneOf && !rule.oneOf.includes(value)) return this.problem(key, `must be one of ${rule.oneOf.map((v) => JSON.stringify(v)).join(", ")}, not ${JSON.stringify(value)}`, "literal_error");
    return value;
  }

  integer(key: string, rule: { min: number }): number | undefined {
    const value = this.take(key, false);
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isSafeInteger(value)) return this.problem(key, `must be an integer, not ${describeJson(value)}`, "int_type");
    if (value < rule.min) return this.problem(key, `must be at least ${rule.min}, not ${value}`, "greater_than_equal");
    return value;
  }

  positiveNumber(key: string): number | undefined {
    const value = this.take(key, false);
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return this.problem(key, `must be a number above 0, not ${describeJson(value)}`, "greater_than");
    return value;
  }

  object(key: string, rule: { required?: boolean } = {}): Record<string, unknown> | undefined {
    const value = this.take(key, rule.required);
    if (value === undefined) return undefined;
    if (!value || typeof value !== "object" || Array.isArray(value)) return this.problem(key, `must be a JSON object, not ${describeJson(value)}`, "dict_type");
    return value as Record<string, unknown>;
  }

  /** Any JSON value, for fields whose content another reader checks. */
  any(key: string, rule: { required?: boolean } = {}): unknown {
    return this.take(key, rule.required);
  }

  /** Records a problem found outside this reader (an unknown task id, say) against `key`. */
  problem(key: string, msg: string, type: string): undefined {
    this.errors.push({ loc: [...this.loc, key], msg, type });
    return undefined;
  }

  /** Refuses the fields no one asked for, then throws every problem found, if any. */
  done(): void {
    for (const key of Object.keys(this.fields)) {
      if (!this.read.has(key)) this.errors.push({ loc: [...this.loc, key], msg: "is not a field of this message", type: "extra_forbidden" });
    }
    if (this.errors.length) throw new InvalidFields(this.errors);
  }

  private take(key: string, required = false): unknown {
    this.read.add(key);
    const value = Object.hasOwn(this.fields, key) ? this.fields[key] : undefined;
    if (value === undefined || value === null) {
      if (required) this.errors.push({ loc: [...this.loc, key], msg: value === null ? "is required and may not be null" : "is required", type: "missing" });
      return undefined;
    }
    return value;
  }
}
