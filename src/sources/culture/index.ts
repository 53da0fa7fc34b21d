export const cultureEntities: Function[] = [];
