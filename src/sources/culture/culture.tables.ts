import { TableRow } from '../table-row';
import {
  HeritageItemEntity,
  HeritageListingEntity,
  InheritorEntity,
  OrganizationEntity,
  RevitalizationEntryEntity,
  WorkshopEntity,
  WorkshopHeritageItemEntity,
  WorkshopRecognitionEntity,
} from '.';

/** The culture database's tables as the SQL builder types them (see sources/table-row.ts). */
export interface CultureTables {
  heritageItem: TableRow<HeritageItemEntity>;
  heritageListing: TableRow<HeritageListingEntity>;
  inheritor: TableRow<InheritorEntity>;
  organization: TableRow<OrganizationEntity>;
  revitalizationEntry: TableRow<RevitalizationEntryEntity>;
  workshop: TableRow<WorkshopEntity>;
  workshopHeritageItem: TableRow<WorkshopHeritageItemEntity>;
  workshopRecognition: TableRow<WorkshopRecognitionEntity>;
}
