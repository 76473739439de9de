import "server-only";

import type { OperationInput } from "./context";

/**
 * Typed reads of a request body that has already passed `validateInput`, so member types
 * are known to match the model.
 */
export const inputString = (input: OperationInput, name: string) =>
  input[name] === undefined || input[name] === null ? undefined : (input[name] as string);

export const inputBoolean = (input: OperationInput, name: string) =>
  input[name] === undefined || input[name] === null ? undefined : (input[name] as boolean);

export const inputNumber = (input: OperationInput, name: string) =>
  input[name] === undefined || input[name] === null ? undefined : (input[name] as number);

export const inputList = <T>(input: OperationInput, name: string) =>
  input[name] === undefined || input[name] === null ? undefined : (input[name] as T[]);
