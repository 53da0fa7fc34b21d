import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { IchLevelEnum, ListingKindEnum } from './heritage.enums';

@InputType('HeritageListingFilter', { description: 'Which listings of an item to list — 名录筛选' })
export class HeritageListingFilter {
  @Field(() => [IchLevelEnum], { nullable: true, description: 'Only these levels — 级别' })
  levels?: Array<keyof typeof IchLevelEnum> | null;

  @Field(() => [ListingKindEnum], { nullable: true, description: 'Only new or only extension listings — 名录类型' })
  kinds?: Array<keyof typeof ListingKindEnum> | null;
}

@ArgsType()
export class HeritageListingsArgs extends ConnectionArgs {
  @Field(() => HeritageListingFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: HeritageListingFilter | null;
}
