export * from './region';
export * from './region-directory';
