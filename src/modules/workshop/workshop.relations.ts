import { defineRelation } from '../../records';
import { HERITAGE_ITEM } from '../heritage/heritage.record';
import { ORGANIZATION } from '../organization/organization.record';
import { WORKSHOP, WORKSHOP_RECOGNITION } from './workshop.record';

/** How workshops reach the records around them (see records/relations.ts). */
export const ITEM_WORKSHOPS = defineRelation({ kind: 'page', parent: HERITAGE_ITEM, field: 'workshops', child: WORKSHOP, link: 'itemId', parentKey: 'id' });
export const WORKSHOP_ITEMS = defineRelation({ kind: 'page', parent: WORKSHOP, field: 'heritageItems', child: HERITAGE_ITEM, link: 'workshopId', parentKey: 'id' });
export const WORKSHOP_RECOGNITIONS = defineRelation({ kind: 'list', parent: WORKSHOP, field: 'recognitions', child: WORKSHOP_RECOGNITION, column: 'workshopId', parentKey: 'id', orderBy: 'YEAR' });
export const RECOGNITION_WORKSHOP = defineRelation({ kind: 'one', parent: WORKSHOP_RECOGNITION, field: 'workshop', child: WORKSHOP, parentKey: 'workshopId' });
export const ORGANIZATION_WORKSHOPS = defineRelation({ kind: 'page', parent: ORGANIZATION, field: 'workshops', child: WORKSHOP, link: 'operatorUscc', parentKey: 'uscc' });
