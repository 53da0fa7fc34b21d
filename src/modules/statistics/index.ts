import { StatisticsResolver } from './statistics.resolver';

// Statistics results are figures, not records: no node types to register.
export const statisticsResolvers = [StatisticsResolver];

export { DispatchReportService } from './dispatch-report.service';
export { reportPeriod } from './period';
