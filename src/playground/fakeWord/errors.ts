/** Errors the simulated host throws, shaped like OfficeExtension.Error (code, message, debugInfo). */

export class FakeOfficeError extends Error {
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The exact wording Office.js uses when a property is read before load + sync. */
export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}
