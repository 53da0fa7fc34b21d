import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { YUAN_AMOUNT, YUAN_AMOUNT_HINT } from '../decimal';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`Date must be a string in the form YYYY-MM-DD, got ${typeof value}`);
  const match = ISO_DATE.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !day || day.toISOString().slice(0, 10) !== value) {
    throw new TypeError(`Date must be a real calendar date in the form YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** A calendar date with no time zone (business dates: enrolled on, issued on) — 日期. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date without time zone, as YYYY-MM-DD — 日期',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseIsoDate(String(value).slice(0, 10));
  },
  parseValue: parseIsoDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string in the form YYYY-MM-DD');
    return parseIsoDate(ast.value);
  },
});

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !YUAN_AMOUNT.test(text)) {
    throw new TypeError(`Decimal must be a string of ${YUAN_AMOUNT_HINT}, got ${JSON.stringify(value)}`);
  }
  return text;
}

/** An exact amount of yuan with two decimals, carried as a string so no float rounds it — 金额（元）. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal amount in yuan, carried as a string such as "1250.50" so that no float rounds it — 金额（元）',
  serialize: (value) => {
    if (typeof value === 'number') return value.toFixed(2);
    return String(value);
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Decimal must be a string such as "1250.50"');
    return parseDecimal(ast.value);
  },
});

/** An instant in UTC, ISO 8601 — 时间. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'An instant in UTC, ISO 8601, such as 2026-11-28T08:00:00Z — 时间',
});
