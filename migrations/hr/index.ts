export const hrMigrations: Function[] = [];
