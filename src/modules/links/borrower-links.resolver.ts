import { createUnionType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { StartupLoanRecord } from '../employment';
import { StartupLoan } from '../employment/startup-loan.type';
import { organizationsByUscc } from '../organization/organization.lookups';
import { Organization } from '../organization/organization.type';
import { recordsOf } from '../../records';
import { Person, PERSON } from '../person';

export const StartupLoanBorrower = createUnionType({
  name: 'StartupLoanBorrower',
  description: 'Who borrowed a start-up loan: a person or a small firm — 借款人（个人或小微企业）',
  types: () => [Person, Organization] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@Resolver(() => StartupLoan)
export class StartupLoanLinksResolver {
  @FieldResolver(() => StartupLoanBorrower, { nullable: true, description: 'The borrower, a person or an organisation — 借款人' })
  borrower(@Root() loan: StartupLoanRecord, @Ctx() ctx: RequestContext) {
    if (loan.borrowerPersonId != null) return recordsOf(ctx, PERSON).byId().load(loan.borrowerPersonId);
    return loan.borrowerUscc ? organizationsByUscc(ctx).load(loan.borrowerUscc) : null;
  }
}
