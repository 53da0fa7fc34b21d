export * from './citizen-id';
export * from './uscc';
export * from './ich-number';
export * from './phone';
export * from './redact';
export * from './person-link-key';
