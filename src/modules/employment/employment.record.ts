import { allOf, anyOf, Condition, defineRecord, desc, FilterQuery, RecordOf } from '../../records';
import { badInput } from '../../shared/errors';
import { normalizeUscc } from '../../shared/identifiers';
import { StartupLoanEntity, VacancyEntity } from '../../sources/hr';
import type { HrTables } from '../../sources/hr/hr.tables';
import type { BorrowerKindEnum } from './employment.enums';
import type { StartupLoanFilter } from './startup-loan.inputs';
import type { VacancyFilter } from './vacancy.inputs';

type VacancyQuery = FilterQuery<VacancyFilter, HrTables['vacancy'], HrTables>;
type LoanQuery = FilterQuery<StartupLoanFilter, HrTables['startupLoan'], HrTables>;

/** Jobs in the items the keys name; an empty list names none. */
function inItems(q: VacancyQuery): Condition | null {
  const keys = q.itemKeys('itemKeys');
  return keys && q.where.in('itemKey', keys);
}

function wantingAtLeast(q: VacancyQuery): Condition | null {
  const min = q.input.minHeadcount;
  if (min === null || min === undefined) return null;
  if (min < 0) throw badInput(q.path('minHeadcount'), `must not be negative, got ${min}`);
  return q.where.compare('headcount', '>=', min);
}

/** Open on the day: posted by then and not closed before it. */
function openOn(q: VacancyQuery): Condition | null {
  const day = q.input.openOn;
  if (!day) return null;
  return allOf([q.where.compare('postedOn', '<=', day), anyOf([q.where.isNull('closesOn'), q.where.compare('closesOn', '>=', day)])]);
}

export const VACANCY = defineRecord({
  typename: 'Vacancy',
  plural: 'vacancies',
  source: 'hr',
  table: 'vacancy',
  entity: VacancyEntity,
  orderings: { ID: [], POSTED_ON: [desc('postedOn')], PAY_MAX: [desc('payMax')], HEADCOUNT: [desc('headcount')] },
  filter: (_f: VacancyFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.oneOf('statuses', 'status'),
    q.uscc('employerUscc', 'employerUscc'),
    inItems(q),
    q.oneOf('ichCategories', 'ichCategory'),
    q.contains('titleContains', 'title'),
    q.contains('craftContains', 'craft'),
    q.range('postedFrom', 'postedTo', 'postedOn'),
    wantingAtLeast(q),
    openOn(q),
  ],
  links: {
    employerUscc: { column: 'employerUscc', normalise: normalizeUscc },
    // EmploymentEvent.vacancies: the vacancies posted at an event.
    eventId: { through: { table: 'employmentEventVacancy', column: 'eventId', joins: 'vacancyId', on: 'id' } },
  },
});

/** The kind is derived: a loan with a person borrower is a PERSON loan. */
function lentTo(q: LoanQuery): Condition | null {
  const kinds = q.input.borrowerKinds;
  if (!kinds?.length) return null;
  return allOf([
    !kinds.includes('ORGANIZATION') && q.where.isNull('borrowerPersonId', false),
    !kinds.includes('PERSON') && q.where.isNull('borrowerPersonId'),
  ]);
}

/** Amounts are decimals as text: the bounds compare as numbers. */
function amountBetween(q: LoanQuery): Condition | null {
  const { amountMin: min, amountMax: max } = q.input;
  if (min != null && max != null && Number(max) < Number(min)) {
    throw badInput(q.path('amountMax'), `must not be less than amountMin (${min}), got ${max}`);
  }
  return q.rangeCondition('amount', min, max);
}

export const STARTUP_LOAN = defineRecord({
  typename: 'StartupLoan',
  source: 'hr',
  table: 'startupLoan',
  entity: StartupLoanEntity,
  // Loans to persons are personal data; loans to organisations are not.
  personLink: 'loanBorrower',
  orderings: { ID: [], GRANTED_ON: [desc('grantedOn')], AMOUNT: [desc('amount')] },
  filter: (_f: StartupLoanFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    lentTo(q),
    q.uscc('borrowerUscc', 'borrowerUscc'),
    q.range('grantedFrom', 'grantedTo', 'grantedOn'),
    amountBetween(q),
  ],
  links: {
    borrowerUscc: { column: 'borrowerUscc', normalise: normalizeUscc },
    borrowerPersonId: { column: 'borrowerPersonId' },
    // A boot-camp participant's later loans (BootCampParticipant.startupLoans): to its operator or its enterprise, granted from the camp's opening day on.
    bootCampParticipantId: {
      pairs: (db) => {
        const later = (by: 'person' | 'enterprise') =>
          db
            .selectFrom('bootCampParticipant as participant')
            .innerJoin('bootCamp as camp', 'camp.id', 'participant.campId')
            .innerJoin('startupLoan as loan', (join) =>
              (by === 'person' ? join.onRef('loan.borrowerPersonId', '=', 'participant.personId') : join.onRef('loan.borrowerUscc', '=', 'participant.enterpriseUscc')).onRef(
                'loan.grantedOn',
                '>=',
                'camp.startsOn',
              ),
            )
            .select(['participant.id as parent', 'loan.id as record']);
        return later('person').union(later('enterprise'));
      },
    },
  },
  hydrate: (loan) => ({ ...loan, borrowerKind: (loan.borrowerPersonId != null ? 'PERSON' : 'ORGANIZATION') as keyof typeof BorrowerKindEnum }),
});

export type VacancyRecord = RecordOf<typeof VACANCY>;
export type StartupLoanRecord = RecordOf<typeof STARTUP_LOAN>;
