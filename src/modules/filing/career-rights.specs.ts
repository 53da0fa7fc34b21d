import { PROFESSIONAL_TITLE, TALENT_PROGRAMME_AWARD } from '../career/career.record';
import { TRAINING_MATERIAL } from '../material/material.record';
import { RIGHTS_CASE } from '../rights/rights.record';
import { FilingSpec } from './filing.runner';
import { freshRecord } from './filing.specs';
import { professionalTitleRule } from './professional-title.rule';
import { rightsCaseRule } from './rights-case.rule';
import { rightsCaseClosingRule } from './rights-case-closing.rule';
import { talentProgrammeAwardRule } from './talent-programme-award.rule';
import { trainingMaterialRule } from './training-material.rule';

export const FILE_TRAINING_MATERIAL: FilingSpec<unknown> = { rule: trainingMaterialRule, field: 'trainingMaterial', typename: 'TrainingMaterial', load: freshRecord(TRAINING_MATERIAL) };
export const RECORD_PROFESSIONAL_TITLE: FilingSpec<unknown> = { rule: professionalTitleRule, field: 'professionalTitle', typename: 'ProfessionalTitle', load: freshRecord(PROFESSIONAL_TITLE) };
export const AWARD_TALENT_PROGRAMME: FilingSpec<unknown> = { rule: talentProgrammeAwardRule, field: 'talentProgrammeAward', typename: 'TalentProgrammeAward', load: freshRecord(TALENT_PROGRAMME_AWARD) };
export const OPEN_RIGHTS_CASE: FilingSpec<unknown> = { rule: rightsCaseRule, field: 'rightsCase', typename: 'RightsCase', load: freshRecord(RIGHTS_CASE) };
export const CLOSE_RIGHTS_CASE: FilingSpec<unknown> = { rule: rightsCaseClosingRule, field: 'rightsCase', typename: 'RightsCase', load: freshRecord(RIGHTS_CASE) };
