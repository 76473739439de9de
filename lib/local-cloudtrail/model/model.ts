import "server-only";

import model from "./service-2.json";

/** The subset of botocore's shape language the local service reads. */
export interface ShapeRef {
  shape: string;
}

export type Shape =
  | { type: "structure"; required?: string[]; members: Record<string, ShapeRef> }
  | { type: "list"; member: ShapeRef }
  | { type: "map"; key: ShapeRef; value: ShapeRef }
  | { type: "string"; enum?: string[] }
  | { type: "integer" | "long" | "double" | "float" }
  | { type: "boolean" | "timestamp" | "blob" };

interface Operation {
  name: string;
  input?: ShapeRef;
  output?: ShapeRef;
  errors?: ShapeRef[];
}

interface ServiceModel {
  metadata: { targetPrefix: string; apiVersion: string };
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}

export const serviceModel = model as unknown as ServiceModel;

export function getShape(name: string): Shape {
  const shape = serviceModel.shapes[name];
  if (!shape) throw new Error(`CloudTrail model has no shape ${name}`);
  return shape;
}

export function getOperation(name: string): Operation | undefined {
  return Object.hasOwn(serviceModel.operations, name) ? serviceModel.operations[name] : undefined;
}

/** Error codes the model lists for an operation; tests use them to keep the service honest. */
export function operationErrorCodes(name: string): string[] {
  return (getOperation(name)?.errors ?? []).map((e) => e.shape);
}
