import { App as AntApp, ConfigProvider, Layout, Menu } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import type { ComponentType } from 'react';
import { ActivitiesPage } from './pages/activities/ActivitiesPage';
import { AuditPage } from './pages/audit/AuditPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { DeedsPage } from './pages/deeds/DeedsPage';
import { DocumentsPage } from './pages/documents/DocumentsPage';
import { DutyPage } from './pages/duty/DutyPage';
import { MemberFilePage } from './pages/memberFile/MemberFilePage';
import { MembersPage } from './pages/members/MembersPage';
import { PlanPage } from './pages/plan/PlanPage';
import { PointsPage } from './pages/points/PointsPage';
import { ProposalsPage } from './pages/proposals/ProposalsPage';
import { RecyclePage } from './pages/recycle/RecyclePage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { YearEndPage } from './pages/yearEnd/YearEndPage';
import { AppHeader } from './shell/AppHeader';
import { ArchiveNotices } from './shell/ArchiveNotices';
import { ComingSoon } from './shell/ComingSoon';
import { sections, type SectionKey } from './shell/sections';
import { useRoute } from './shell/useRoute';

/** The sections that have their page; every other one shows <ComingSoon>. */
const pages: Partial<Record<SectionKey, ComponentType>> = {
  overview: DashboardPage,
  members: MembersPage,
  activities: ActivitiesPage,
  plans: PlanPage,
  duties: DutyPage,
  memberFile: MemberFilePage,
  points: PointsPage,
  proposals: ProposalsPage,
  opinionReports: ReportsPage,
  deeds: DeedsPage,
  documents: DocumentsPage,
  yearArchive: YearEndPage,
  recycleBin: RecyclePage,
  auditLog: AuditPage,
  settings: SettingsPage,
};

const menuItems = sections.map(({ key, label, icon }) => ({ key, label, icon }));

const theme = {
  token: {
    fontFamily:
      "-apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif",
  },
};

export function App() {
  const { section, go } = useRoute();
  const Page = pages[section];
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider theme="light" width={176} style={{ borderRight: '1px solid #f0f0f0' }}>
            <nav aria-label="主导航">
              <Menu
                mode="inline"
                selectedKeys={[section]}
                items={menuItems}
                onClick={({ key }) => go(key as SectionKey)}
                style={{ borderInlineEnd: 'none', paddingTop: 8 }}
              />
            </nav>
          </Layout.Sider>
          <Layout>
            <AppHeader />
            <ArchiveNotices />
            <Layout.Content style={{ padding: 24 }}>
              {Page ? <Page /> : <ComingSoon section={section} />}
            </Layout.Content>
          </Layout>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
