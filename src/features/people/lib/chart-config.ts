import { colourByKey, type ChartConfig } from '@/components/charts/chart-config';
import { ROLES, type Role } from '@/features/people/vocabulary';

const colour = colourByKey(ROLES);

/** The people chart's series: one per role, its colour fixed by the role whichever roles are shown. */
export function roleChartConfig(label: (role: Role) => string): ChartConfig<Role> {
  const entry = (role: Role) => ({ label: label(role), colour: colour(role) });
  return {
    ambassador: entry('ambassador'),
    speaker: entry('speaker'),
    contributor: entry('contributor'),
    member: entry('member'),
    'station-leader': entry('station-leader'),
  };
}
