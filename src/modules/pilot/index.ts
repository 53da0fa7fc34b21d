import { registerRecordNodes } from '../../records';
import { regionField } from '../region/region-field';
import { CatalogEntryPilotResolver, FeaturedDesignationResolver, IndustryPilotResolver, LaborBrandPilotResolver, OrganizationPilotResolver, ProviderPilotResolver } from './pilot.resolvers';
import { FEATURED_DESIGNATION, INDUSTRY_PILOT, INDUSTRY_PILOT_MEMBER } from './pilot.record';
import { FeaturedDesignation, IndustryPilot } from './pilot.types';

/** Production–training pilots and featured designations (notice §二(二)): HR records. */
export const PILOT_RECORDS = [INDUSTRY_PILOT, INDUSTRY_PILOT_MEMBER, FEATURED_DESIGNATION];
registerRecordNodes(PILOT_RECORDS);

export const pilotResolvers = [
  IndustryPilotResolver,
  FeaturedDesignationResolver,
  LaborBrandPilotResolver,
  CatalogEntryPilotResolver,
  ProviderPilotResolver,
  OrganizationPilotResolver,
  regionField(IndustryPilot, 'region', 'regionCode', 'The city or county running it — 地区'),
  regionField(FeaturedDesignation, 'region', 'regionCode', 'The city or county — 地区'),
];

export * from './pilot.record';
