// The page registry: every page module, mounted in this order. Pages to come (stories,
// entities, screening, alerts) add their module here and their entry to nav.ts.
import type { UiPage } from '../ui.ts';
import { feedsPage } from './feeds.ts';
import { importPage } from './import.ts';
import { itemPage } from './item.ts';
import { loginPage } from './login.ts';
import { overviewPage } from './overview.ts';
import { searchPage } from './search.ts';
import { screeningPage } from './screening.ts';
import { screeningRunPage } from './screening-run.ts';
import { alertsPage } from './alerts.ts';
import { storiesPage } from './stories.ts';
import { storyPage } from './story.ts';
import { entitiesPage } from './entities.ts';
import { entityPage } from './entity.ts';
import { themesPage } from './themes.ts';
import { figuresPage } from './figures.ts';

export const PAGES: readonly UiPage[] = [
  loginPage,
  overviewPage,
  searchPage,
  itemPage,
  feedsPage,
  importPage,
  screeningPage,
  screeningRunPage,
  alertsPage,
  storiesPage,
  storyPage,
  entitiesPage,
  entityPage,
  themesPage,
  figuresPage,
];
