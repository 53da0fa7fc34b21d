import { SourceName } from '../config';
import { cultureEntities } from './culture';
import { hrEntities } from './hr';
import { gatewayEntities } from './gateway';
import { cultureMigrations } from '../../migrations/culture';
import { hrMigrations } from '../../migrations/hr';
import { gatewayMigrations } from '../../migrations/gateway';

export const SOURCE_ENTITIES: Record<SourceName, Function[]> = {
  culture: cultureEntities,
  hr: hrEntities,
  gateway: gatewayEntities,
};

export const SOURCE_MIGRATIONS: Record<SourceName, Function[]> = {
  culture: cultureMigrations,
  hr: hrMigrations,
  gateway: gatewayMigrations,
};
