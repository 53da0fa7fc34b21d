import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { RecognizeWorkshopInput, RegisterDirectoryOrganizationInput, RegisterWorkshopInput } from './culture.inputs';
import { WRITE_PERMISSION } from './filing.env';
import { RecognizeWorkshopPayload, RegisterDirectoryOrganizationPayload, RegisterWorkshopPayload } from './filing.payloads';
import { runFiling } from './filing.runner';
import { RECOGNIZE_WORKSHOP, REGISTER_DIRECTORY_ORGANIZATION, REGISTER_WORKSHOP } from './filing.specs';

const INPUT = { description: 'What is filed — 备案内容' };

@Resolver()
export class CultureFilingResolver {
  @Authorized(WRITE_PERMISSION.culture)
  @Mutation(() => RegisterWorkshopPayload, { description: 'Register an ICH workshop with its items and county recognition — 非遗工坊认定登记' })
  registerWorkshop(@Arg('input', () => RegisterWorkshopInput, INPUT) input: RegisterWorkshopInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, REGISTER_WORKSHOP, input);
  }

  @Authorized(WRITE_PERMISSION.culture)
  @Mutation(() => RecognizeWorkshopPayload, { description: 'Add a city or province recognition to a workshop — 工坊市级/省级认定' })
  recognizeWorkshop(@Arg('input', () => RecognizeWorkshopInput, INPUT) input: RecognizeWorkshopInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECOGNIZE_WORKSHOP, input);
  }

  @Authorized(WRITE_PERMISSION.culture)
  @Mutation(() => RegisterDirectoryOrganizationPayload, { description: 'Enter an organisation in the Shandong Handmade directory — 山东手造基础信息目录入库' })
  registerDirectoryOrganization(
    @Arg('input', () => RegisterDirectoryOrganizationInput, INPUT) input: RegisterDirectoryOrganizationInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runFiling(ctx, info, REGISTER_DIRECTORY_ORGANIZATION, input);
  }
}
