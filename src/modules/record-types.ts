import type { AnyRecordDefinition } from '../records';
import { CAREER_RECORDS } from './career';
import { EMPLOYMENT_RECORDS } from './employment';
import { MATERIAL_RECORDS } from './material';
import { RIGHTS_RECORDS } from './rights';
import { HERITAGE_RECORDS } from './heritage';
import { JOB_SEEKING_RECORDS } from './job-seeking';
import { LABOR_RECORDS } from './labor';
import { ORGANIZATION } from './organization/organization.record';
import { PERSON_RECORDS } from './person';
import { TALENT_RECORDS } from './talent';
import { PILOT_RECORDS } from './pilot';
import { STARTUP_RECORDS } from './startup';
import { TRAINING_RECORDS } from './training';
import { WORKSHOP_RECORDS } from './workshop';

/** Every record type the API reads, each defined once (see docs/records.md). */
export const RECORD_TYPES: readonly AnyRecordDefinition[] = [
  ...HERITAGE_RECORDS,
  ...WORKSHOP_RECORDS,
  ORGANIZATION,
  ...PERSON_RECORDS,
  ...TRAINING_RECORDS,
  ...TALENT_RECORDS,
  ...LABOR_RECORDS,
  ...EMPLOYMENT_RECORDS,
  ...JOB_SEEKING_RECORDS,
  ...STARTUP_RECORDS,
  ...PILOT_RECORDS,
  ...MATERIAL_RECORDS,
  ...CAREER_RECORDS,
  ...RIGHTS_RECORDS,
];
