import { graphqlEnum } from '../../src/shared/graphql/enum';

const LEVELS = ['HIGH', 'LOW'] as const;

describe('graphqlEnum bound to a database value list', () => {
  it('takes exactly the database values, in their order', () => {
    const levels = graphqlEnum('UnitTestLevel', 'A level — 级别', LEVELS, { HIGH: 'High — 高', LOW: 'Low — 低' });
    expect(Object.keys(levels)).toEqual(['HIGH', 'LOW']);
    expect(levels.HIGH).toBe('HIGH');
  });

  it('refuses descriptions that miss a database value or add one, at compile time and at start-up', () => {
    // @ts-expect-error LOW is a database value without a description
    expect(() => graphqlEnum('UnitTestMissing', 'A level — 级别', LEVELS, { HIGH: 'High — 高' })).toThrow('UnitTestMissing');
    // @ts-expect-error MEDIUM is no database value
    expect(() => graphqlEnum('UnitTestExtra', 'A level — 级别', LEVELS, { HIGH: 'High — 高', LOW: 'Low — 低', MEDIUM: 'Medium — 中' })).toThrow(
      'does not describe exactly the database values HIGH, LOW',
    );
  });
});
