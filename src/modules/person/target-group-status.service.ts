import { TARGET_GROUPS, TargetGroup } from '../../sources/hr';
import { TargetGroupStatusRecord } from './person.record';

/** Whether a status applies on a day: from `validFrom` up to, not including, `validTo`. */
export function statusAppliesOn(status: Pick<TargetGroupStatusRecord, 'validFrom' | 'validTo'>, day: string): boolean {
  return status.validFrom <= day && (status.validTo === null || day < status.validTo);
}

/** The groups a person belongs to on a day, each once, in the enum's order. */
export function targetGroupsOn(statuses: readonly TargetGroupStatusRecord[], day: string): TargetGroup[] {
  const held = new Set(statuses.filter((s) => statusAppliesOn(s, day)).map((s) => s.targetGroup));
  return TARGET_GROUPS.filter((g) => held.has(g));
}
