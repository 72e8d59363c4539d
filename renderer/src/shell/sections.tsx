import {
  CalendarOutlined,
  CheckSquareOutlined,
  CloudServerOutlined,
  ContainerOutlined,
  DashboardOutlined,
  DeleteOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  HistoryOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  SoundOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** The app's sections, in the order of the left navigation. */
export const sections = [
  { key: 'overview', label: '概览', icon: <DashboardOutlined /> },
  { key: 'members', label: '委员', icon: <TeamOutlined /> },
  { key: 'activities', label: '活动', icon: <CalendarOutlined /> },
  { key: 'plans', label: '年度计划', icon: <ScheduleOutlined /> },
  { key: 'duties', label: '八个一', icon: <CheckSquareOutlined /> },
  { key: 'memberFile', label: '履职档案', icon: <SolutionOutlined /> },
  { key: 'points', label: '履职积分', icon: <StarOutlined /> },
  { key: 'proposals', label: '提案', icon: <FileTextOutlined /> },
  { key: 'opinionReports', label: '社情民意', icon: <SoundOutlined /> },
  { key: 'deeds', label: '先进事迹', icon: <TrophyOutlined /> },
  { key: 'documents', label: '文档', icon: <FolderOpenOutlined /> },
  { key: 'yearArchive', label: '年度归档', icon: <ContainerOutlined /> },
  { key: 'recycleBin', label: '回收站', icon: <DeleteOutlined /> },
  { key: 'auditLog', label: '操作记录', icon: <HistoryOutlined /> },
  { key: 'backups', label: '备份与恢复', icon: <CloudServerOutlined /> },
  { key: 'settings', label: '设置', icon: <SettingOutlined /> },
] as const satisfies readonly { key: string; label: string; icon: ReactNode }[];

export type SectionKey = (typeof sections)[number]['key'];

export const isSectionKey = (s: string): s is SectionKey => sections.some((x) => x.key === s);

export const sectionLabel = (key: SectionKey) => sections.find((x) => x.key === key)?.label ?? key;
