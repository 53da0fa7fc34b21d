export const hrEntities: Function[] = [];
