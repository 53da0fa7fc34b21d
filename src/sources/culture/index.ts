import { HeritageItemEntity } from './heritage-item.entity';
import { HeritageListingEntity } from './heritage-listing.entity';
import { InheritorEntity } from './inheritor.entity';
import { OrganizationEntity } from './organization.entity';
import { RevitalizationEntryEntity } from './revitalization-entry.entity';
import { WorkshopHeritageItemEntity } from './workshop-heritage-item.entity';
import { WorkshopRecognitionEntity } from './workshop-recognition.entity';
import { WorkshopEntity } from './workshop.entity';

export * from './culture.enums';
export {
  HeritageItemEntity,
  HeritageListingEntity,
  InheritorEntity,
  OrganizationEntity,
  WorkshopEntity,
  WorkshopRecognitionEntity,
  WorkshopHeritageItemEntity,
  RevitalizationEntryEntity,
};

export const cultureEntities: Function[] = [
  HeritageItemEntity,
  HeritageListingEntity,
  InheritorEntity,
  OrganizationEntity,
  WorkshopEntity,
  WorkshopRecognitionEntity,
  WorkshopHeritageItemEntity,
  RevitalizationEntryEntity,
];
