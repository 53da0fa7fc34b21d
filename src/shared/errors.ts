import { GraphQLError } from 'graphql';

/** A bad argument: names the argument and the rule it breaks, so clients can fix the call. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}
