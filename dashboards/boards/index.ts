// The longhaul dashboards, in the order the README and Grafana's dashboard list show them.
import type { DashboardSpec } from '../grafana.ts';
import { broker } from './broker.ts';
import { continuity } from './continuity.ts';
import { faults } from './faults.ts';
import { fleet } from './fleet.ts';
import { overview } from './overview.ts';
import { workload } from './workload.ts';

export const dashboards: readonly DashboardSpec[] = [overview, workload, continuity, faults, broker, fleet];
