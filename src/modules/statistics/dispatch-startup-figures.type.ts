import { Field, Int, ObjectType } from 'type-graphql';
import { SUPPRESSED_DESCRIPTION } from './suppression/suppressed-field';

const SMALL_CELLS = 'for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed';

@ObjectType('DispatchStartupServiceFigures', { description: `Start-up services given in the period, placed by the area that gave them; ${SMALL_CELLS} — 创业服务（小于最小单元数的不公布）` })
export class DispatchStartupServiceFigures {
  @Field(() => Int, { nullable: true, description: 'Services given, to persons and to enterprises; null when suppressed — 服务人次' })
  given: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which start-up guidance; null when suppressed — 创业指导' })
  guidance: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which start-up consultation; null when suppressed — 创业咨询' })
  consultation: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('DispatchBootCampFigures', { description: `Start-up boot camps opened in the period and their participants, placed by the camp’s city; ${SMALL_CELLS} — 创业训练营（小于最小单元数的不公布）` })
export class DispatchBootCampFigures {
  @Field(() => Int, { description: 'Camps opened in the period — 开营期数' })
  camps: number;

  @Field(() => Int, { nullable: true, description: 'Participants of those camps (enterprises with their operators); null when suppressed — 参营学员数' })
  participants: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which completed the camp; null when suppressed — 结营学员数' })
  completed: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('DispatchIndustryPilotFigures', { description: 'Production–training pilots of the period’s year (a pilot is designated for a year, so a month or quarter reports its year’s), placed by the city or county running them — 产训结合建设试点' })
export class DispatchIndustryPilotFigures {
  @Field(() => Int, { description: 'Pilots of the year — 试点个数' })
  pilots: number;

  @Field(() => Int, { description: 'Enterprises taking part in them, each counted once per pilot — 参与企业数' })
  enterprises: number;

  @Field(() => Int, { description: 'Filed training providers taking part in them, each counted once per pilot — 参与培训机构数' })
  providers: number;
}
