import { Field, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';

/**
 * Keys shared by every group-by result. A key is null when not grouped by, or
 * when the fact has no value for it. Named but never referenced, so (like the
 * connection bases) they stay out of the schema; the concrete key types inherit the fields.
 */
@ObjectType('RegionGroupKeysBase')
export abstract class RegionGroupKeys {
  @Field(() => Region, { nullable: true, description: 'City, when grouped by CITY; null for facts recorded at province level — 市' })
  city: Region | null;

  @Field(() => Region, { nullable: true, description: 'County, when grouped by COUNTY; null for facts recorded at city level — 县（市、区）' })
  county: Region | null;
}

@ObjectType('RegionTimeGroupKeysBase')
export abstract class RegionTimeGroupKeys extends RegionGroupKeys {
  @Field(() => Int, { nullable: true, description: 'Calendar year, when grouped by YEAR — 年份' })
  year: number | null;

  @Field(() => String, { nullable: true, description: 'Calendar quarter as YYYY-Qn, e.g. 2024-Q3, when grouped by QUARTER — 季度' })
  quarter: string | null;

  @Field(() => String, { nullable: true, description: 'Calendar month as YYYY-MM, when grouped by MONTH — 月份' })
  month: string | null;
}
