import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useState } from 'react';
import { strings } from '../i18n';
import { ServicesContext, StringsContext } from '../services/hooks';
import type { PaneServices } from '../services/types';
import { CheckTab } from './CheckTab';
import { InsertTab } from './InsertTab';
import { RecomputeTab } from './RecomputeTab';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  panel: { padding: tokens.spacingHorizontalM, flexGrow: 1 },
});

export type TabId = 'insert' | 'check' | 'recompute';

export function App({ services, initialTab = 'check' }: { services: PaneServices; initialTab?: TabId }) {
  const s = useStyles();
  // Swedish whatever Office's language is (see i18n.ts).
  const t = strings.sv;
  const [tab, setTab] = useState<TabId>(initialTab);
  return (
    <FluentProvider theme={services.prefersDark() ? webDarkTheme : webLightTheme} lang="sv">
      <ServicesContext.Provider value={services}>
        <StringsContext.Provider value={t}>
          <main className={s.root}>
            <TabList
              className={s.tabs}
              selectedValue={tab}
              onTabSelect={(_e, d) => setTab(d.value as TabId)}
              aria-label={t.tabListLabel}
              size="medium"
            >
              <Tab value="check" id="tab-check" aria-controls="panel-check">
                {t.tabs.check}
              </Tab>
              <Tab value="recompute" id="tab-recompute" aria-controls="panel-recompute">
                {t.tabs.recompute}
              </Tab>
              <Tab value="insert" id="tab-insert" aria-controls="panel-insert">
                {t.tabs.insert}
              </Tab>
            </TabList>
            {/* Tabs stay mounted so a result survives switching away and back. */}
            <div
              className={s.panel}
              role="tabpanel"
              id="panel-check"
              aria-labelledby="tab-check"
              hidden={tab !== 'check'}
            >
              <CheckTab />
            </div>
            <div
              className={s.panel}
              role="tabpanel"
              id="panel-recompute"
              aria-labelledby="tab-recompute"
              hidden={tab !== 'recompute'}
            >
              <RecomputeTab />
            </div>
            <div
              className={s.panel}
              role="tabpanel"
              id="panel-insert"
              aria-labelledby="tab-insert"
              hidden={tab !== 'insert'}
            >
              <InsertTab />
            </div>
          </main>
        </StringsContext.Provider>
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
