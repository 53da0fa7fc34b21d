import { graphqlEnum } from '../../shared/graphql/enum';
import { CONTEST_CLASSES, EVALUATOR_TYPES, SKILL_CERTIFICATE_KINDS, SKILL_LEVELS, TALENT_TITLE_KINDS } from '../../sources/hr';

export const SkillCertificateKindEnum = graphqlEnum('SkillCertificateKind', 'Kind of skill certificate — 技能证书类别', SKILL_CERTIFICATE_KINDS, {
  SKILL_LEVEL: 'Vocational skill-level certificate — 职业技能等级证书',
  SPECIALIZED_ABILITY: 'Specialised vocational-ability certificate, for skills outside the occupation classification such as ICH crafts — 专项职业能力证书',
});

export const SkillLevelEnum = graphqlEnum('SkillLevel', 'Vocational skill level on the eight-grade ladder (人社部发〔2022〕14号) — 职业技能等级（新八级工）', SKILL_LEVELS, {
  APPRENTICE: 'Apprentice — 学徒工',
  JUNIOR: 'Junior worker, level 5 — 初级工（五级）',
  INTERMEDIATE: 'Intermediate worker, level 4 — 中级工（四级）',
  SENIOR: 'Senior worker, level 3 — 高级工（三级）',
  TECHNICIAN: 'Technician, level 2 — 技师（二级）',
  SENIOR_TECHNICIAN: 'Senior technician, level 1 — 高级技师（一级）',
  PRINCIPAL_TECHNICIAN: 'Principal technician — 特级技师',
  CHIEF_TECHNICIAN: 'Chief technician — 首席技师',
});

export const EvaluatorTypeEnum = graphqlEnum('EvaluatorType', 'Who evaluated and issued a certificate; the first letter of its number — 评价机构类型', EVALUATOR_TYPES, {
  EMPLOYER: 'The employer, by enterprise self-evaluation (number starts with Y) — 用人单位自主评价（Y）',
  SOCIAL_ORGANIZATION: 'A social training and evaluation organisation (number starts with S) — 社会培训评价组织（S）',
});

export const TalentTitleKindEnum = graphqlEnum('TalentTitleKind', 'Kind of talent title — 人才称号类别', TALENT_TITLE_KINDS, {
  SHANDONG_TECHNICAL_EXPERT: 'Shandong Technical Expert, e.g. the top three of a provincial class-one contest — 山东省技术能手',
  QILU_CHIEF_TECHNICIAN: 'Qilu Chief Technician, selected yearly with a four-year management period — 齐鲁首席技师',
  NATIONAL_TECHNICAL_EXPERT: 'National Technical Expert — 全国技术能手',
  OTHER: 'Another title, named in titleName — 其他',
});

export const ContestClassEnum = graphqlEnum('ContestClass', 'Class of a vocational skills contest, which decides what a placing is worth — 竞赛类别', CONTEST_CLASSES, {
  CLASS_ONE: 'Class-one contest — 一类竞赛',
  CLASS_TWO: 'Class-two contest — 二类竞赛',
  OTHER: 'Other contest — 其他竞赛',
});
