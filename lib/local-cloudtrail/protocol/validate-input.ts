import "server-only";

import { getShape, type Shape } from "../model/model";
import { serializationError, validationError } from "./service-error";

/**
 * Checks a request body against the operation's input shape the way an AWS JSON 1.1
 * service does before the operation runs: a value of the wrong JSON type is a
 * SerializationException, a missing required member a ValidationException listing every
 * such member. Range rules (MaxResults 1-50, name rules) are left to the operations,
 * because CloudTrail reports those with its own error codes.
 */
export function validateInput(shapeName: string, input: unknown): void {
  const missing: string[] = [];
  check(getShape(shapeName), input, "", missing);
  if (missing.length > 0) {
    const count = missing.length;
    const details = missing
      .map(
        (path) => `Value null at '${path}' failed to satisfy constraint: Member must not be null`,
      )
      .join("; ");
    throw validationError(`${count} validation error${count > 1 ? "s" : ""} detected: ${details}`);
  }
}

function check(shape: Shape, value: unknown, path: string, missing: string[]): void {
  if (value === null || value === undefined) return;
  switch (shape.type) {
    case "structure": {
      if (!isPlainObject(value)) throw mismatch("structure", path);
      for (const name of shape.required ?? []) {
        if (value[name] === undefined || value[name] === null) missing.push(join(path, name));
      }
      for (const [name, ref] of Object.entries(shape.members)) {
        if (Object.hasOwn(value, name))
          check(getShape(ref.shape), value[name], join(path, name), missing);
      }
      return;
    }
    case "list": {
      if (!Array.isArray(value)) throw mismatch("list", path);
      const member = getShape(shape.member.shape);
      value.forEach((item, i) => {
        const itemPath = `${path}.${i + 1}.member`;
        // A list member may not be null, whatever its shape (AWS answers the same).
        if (item === null || item === undefined) missing.push(itemPath);
        else check(member, item, itemPath, missing);
      });
      return;
    }
    case "map": {
      if (!isPlainObject(value)) throw mismatch("map", path);
      const member = getShape(shape.value.shape);
      for (const [key, item] of Object.entries(value)) {
        if (item === null) missing.push(join(path, key));
        else check(member, item, join(path, key), missing);
      }
      return;
    }
    case "string":
      if (typeof value !== "string") throw mismatch("string", path);
      return;
    case "boolean":
      if (typeof value !== "boolean") throw mismatch("boolean", path);
      return;
    case "timestamp":
      // JSON 1.1 sends timestamps as epoch seconds.
      if (typeof value !== "number" || !Number.isFinite(value)) throw mismatch("timestamp", path);
      return;
    case "integer":
    case "long":
      if (typeof value !== "number" || !Number.isInteger(value)) throw mismatch(shape.type, path);
      return;
    case "double":
    case "float":
      if (typeof value !== "number") throw mismatch(shape.type, path);
      return;
    case "blob":
      if (typeof value !== "string") throw mismatch("blob", path);
      return;
  }
}

function mismatch(expected: string, path: string) {
  return serializationError(`Unexpected value at '${path || "body"}': expected a ${expected}`);
}

function join(path: string, name: string) {
  return path ? `${path}.${name}` : name.charAt(0).toLowerCase() + name.slice(1);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The part of a request body its input shape describes: modelled members whose values have
 * the shape's types, unknown members and mistyped values left out. This is what the call's
 * event records as requestParameters, as CloudTrail records the parameters it understood;
 * it is as deep as the model, however deep the body a client sent.
 */
export function modelledInput(
  shapeName: string | undefined,
  input: unknown,
): Record<string, unknown> {
  if (shapeName === undefined) return {};
  const value = modelled(getShape(shapeName), input);
  return isPlainObject(value) ? value : {};
}

function modelled(shape: Shape, value: unknown): unknown {
  switch (shape.type) {
    case "structure": {
      if (!isPlainObject(value)) return undefined;
      const kept: Record<string, unknown> = {};
      for (const [name, ref] of Object.entries(shape.members)) {
        if (!Object.hasOwn(value, name)) continue;
        const member = modelled(getShape(ref.shape), value[name]);
        if (member !== undefined) kept[name] = member;
      }
      return kept;
    }
    case "list": {
      if (!Array.isArray(value)) return undefined;
      const member = getShape(shape.member.shape);
      return value.map((item) => modelled(member, item)).filter((item) => item !== undefined);
    }
    case "map": {
      if (!isPlainObject(value)) return undefined;
      const member = getShape(shape.value.shape);
      const kept: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const inner = modelled(member, item);
        if (inner !== undefined) kept[key] = inner;
      }
      return kept;
    }
    case "string":
    case "blob":
      return typeof value === "string" ? value : undefined;
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    default:
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
  }
}
