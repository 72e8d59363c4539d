import { Flex, Layout, Tag, Typography } from 'antd';
import { format } from 'date-fns';
import { useEffect, type CSSProperties } from 'react';
import { SearchBox } from '../search/SearchBox';
import { BackupAgeBadge } from './BackupAgeBadge';
import { useGroup } from './useGroup';

export const APP_TITLE = '政协联络组履职档案';

/** The top bar: whose archive this is, the year being worked on, and today's date. */
export function AppHeader() {
  const { group, load } = useGroup();
  useEffect(() => {
    void load();
  }, [load]);

  const subtitle = [group?.parentCommittee, group?.term].filter(Boolean).join(' ');
  return (
    <Layout.Header style={headerStyle}>
      <Flex align="baseline" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {group?.name || APP_TITLE}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </Flex>
      <SearchBox />
      <Flex align="center" gap={12}>
        <BackupAgeBadge />
        {group && <Tag color="red">{group.currentYear}年度</Tag>}
        <Typography.Text type="secondary">{format(new Date(), 'yyyy年M月d日 EEEE')}</Typography.Text>
      </Flex>
    </Layout.Header>
  );
}

const headerStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: 16,
  background: '#fff',
  borderBottom: '1px solid #f0f0f0',
  paddingInline: 24,
};
