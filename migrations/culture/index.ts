import { CreateHeritageItem1764300100000 } from './1764300100000-CreateHeritageItem';
import { CreateHeritageListing1764300100100 } from './1764300100100-CreateHeritageListing';
import { CreateInheritor1764300100200 } from './1764300100200-CreateInheritor';
import { CreateOrganization1764300100300 } from './1764300100300-CreateOrganization';
import { CreateWorkshop1764300100400 } from './1764300100400-CreateWorkshop';
import { CreateWorkshopRecognition1764300100500 } from './1764300100500-CreateWorkshopRecognition';
import { CreateWorkshopHeritageItem1764300100600 } from './1764300100600-CreateWorkshopHeritageItem';
import { CreateRevitalizationEntry1764300100700 } from './1764300100700-CreateRevitalizationEntry';
import { AddStatisticsIndexes1764300400000 } from './1764300400000-AddStatisticsIndexes';
import { AddInheritorLinkKey1765000400100 } from './1765000400100-AddInheritorLinkKey';

/** In order; listed explicitly so the same list works from ts (tests) and compiled js. */
export const cultureMigrations = [
  CreateHeritageItem1764300100000,
  CreateHeritageListing1764300100100,
  CreateInheritor1764300100200,
  CreateOrganization1764300100300,
  CreateWorkshop1764300100400,
  CreateWorkshopRecognition1764300100500,
  CreateWorkshopHeritageItem1764300100600,
  CreateRevitalizationEntry1764300100700,
  AddStatisticsIndexes1764300400000,
  AddInheritorLinkKey1765000400100,
];
