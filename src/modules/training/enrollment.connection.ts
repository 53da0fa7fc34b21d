import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Enrollment } from './enrollment.type';

@ObjectType('EnrollmentConnection', { description: 'A page of enrolments (Relay connection) — 培训学员列表' })
export class EnrollmentConnection extends ConnectionType(Enrollment, 'Enrollment', '培训学员') {}
