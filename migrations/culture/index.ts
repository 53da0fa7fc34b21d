export const cultureMigrations: Function[] = [];
