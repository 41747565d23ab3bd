/**
 * A minimal stand-in for the Excel custom functions runtime, so that the functions can be
 * imported and called in Node as Excel would call them.
 */
enum ErrorCode {
  invalidValue = '#VALUE!',
  notAvailable = '#N/A',
  divisionByZero = '#DIV/0!',
  invalidNumber = '#NUM!',
  nullReference = '#NULL!',
  invalidName = '#NAME?',
  invalidReference = '#REF!',
}

class CustomFunctionsError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? '');
    this.code = code;
  }
}

Object.assign(globalThis, {
  CustomFunctions: { Error: CustomFunctionsError, ErrorCode, associate: () => undefined },
});
