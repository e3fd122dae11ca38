// The navigation: one entry per top-level page, in order. Pages still to come (stories,
// entities, screening, alerts) add their entry here and their module to pages/index.ts.
import type { Role } from '../store/index.ts';

export interface NavEntry {
  readonly id: string;
  readonly path: string;
  readonly label: string;
  /** The accesskey (Alt+Shift+key in most browsers). */
  readonly key: string;
  readonly minRole: Role;
}

export const NAV: readonly NavEntry[] = [
  { id: 'overview', path: '/', label: 'Overview', key: 'o', minRole: 'reader' },
  { id: 'search', path: '/search', label: 'Search', key: 's', minRole: 'reader' },
  { id: 'stories', path: '/stories', label: 'Stories', key: 't', minRole: 'reader' },
  { id: 'entities', path: '/entities', label: 'Entities', key: 'e', minRole: 'reader' },
  { id: 'screening', path: '/screening', label: 'Screening', key: 'w', minRole: 'reader' },
  { id: 'alerts', path: '/alerts', label: 'Alerts', key: 'a', minRole: 'reader' },
  { id: 'feeds', path: '/feeds', label: 'Feeds', key: 'f', minRole: 'reader' },
  { id: 'import', path: '/import', label: 'Import', key: 'i', minRole: 'admin' },
];
