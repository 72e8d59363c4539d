import { App as AntApp, ConfigProvider, Layout, Menu } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { lazy, Suspense, type LazyExoticComponent, type ComponentType } from 'react';
import { AppHeader } from './shell/AppHeader';
import { ArchiveNotices } from './shell/ArchiveNotices';
import { sections, type SectionKey } from './shell/sections';
import { useRoute } from './shell/useRoute';

/**
 * Each section's page, loaded when first opened: the window paints the shell at once instead of
 * waiting for every page's code (and ECharts) to load and run.
 */
const pages: Record<SectionKey, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('./pages/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage }))),
  members: lazy(() => import('./pages/members/MembersPage').then((m) => ({ default: m.MembersPage }))),
  activities: lazy(() => import('./pages/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage }))),
  plans: lazy(() => import('./pages/plan/PlanPage').then((m) => ({ default: m.PlanPage }))),
  duties: lazy(() => import('./pages/duty/DutyPage').then((m) => ({ default: m.DutyPage }))),
  memberFile: lazy(() => import('./pages/memberFile/MemberFilePage').then((m) => ({ default: m.MemberFilePage }))),
  points: lazy(() => import('./pages/points/PointsPage').then((m) => ({ default: m.PointsPage }))),
  proposals: lazy(() => import('./pages/proposals/ProposalsPage').then((m) => ({ default: m.ProposalsPage }))),
  opinionReports: lazy(() => import('./pages/opinionReports/OpinionReportsPage').then((m) => ({ default: m.OpinionReportsPage }))),
  deeds: lazy(() => import('./pages/deeds/DeedsPage').then((m) => ({ default: m.DeedsPage }))),
  documents: lazy(() => import('./pages/documents/DocumentsPage').then((m) => ({ default: m.DocumentsPage }))),
  yearArchive: lazy(() => import('./pages/yearEnd/YearEndPage').then((m) => ({ default: m.YearEndPage }))),
  recycleBin: lazy(() => import('./pages/recycle/RecyclePage').then((m) => ({ default: m.RecyclePage }))),
  auditLog: lazy(() => import('./pages/audit/AuditPage').then((m) => ({ default: m.AuditPage }))),
  backups: lazy(() => import('./pages/backups/BackupsPage').then((m) => ({ default: m.BackupsPage }))),
  settings: lazy(() => import('./pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
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
              <Suspense fallback={null}>
                <Page />
              </Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
