import type { Unit } from '../../core/types';
import { t } from '../i18n';

/** From a unit's page: its collaboration plan and its note for the public library. */
export function UnitPlanLinks({ unit }: { unit: Unit }) {
  if (unit.id === undefined) return null;
  return (
    <p class="row wrap" data-testid="unit-plan-links">
      <a href={`#/units/${unit.id}/plan`}>{unit.plan ? t('planLinkOpen', unit.plan.updatedAt.slice(0, 10)) : t('planLinkStart')}</a>
      <a href={`#/units/${unit.id}/public-library`}>{t('planToPublicLibrary')}</a>
    </p>
  );
}
