import { App, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { format } from 'date-fns';
import type { ExportFolderFile, ExportFolderListing } from '../../../../shared/contract/yearEnd';
import { exportFileUrl, type ExportFilesBridge } from '../../../../shared/exportFiles';
import { fileSize } from './fileSize';

/** In the app: open the file in Word/WPS/Excel or show it in its folder. */
function AppFileActions({ bridge, year, name }: { bridge: ExportFilesBridge; year: number; name: string }) {
  const { message } = App.useApp();
  const act = async (action: 'open' | 'reveal') => {
    const r = await bridge[action](year, name);
    if (!r.ok) message.error(r.error.message);
  };
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => void act('open')}>
        打开
      </Button>
      <Button type="link" size="small" onClick={() => void act('reveal')}>
        在文件夹中显示
      </Button>
    </Space>
  );
}

/** The files of the year's exports folder, each to download (browser) or open (app). */
export function ExportFilesCard({ listing }: { listing: ExportFolderListing | null }) {
  // Present only in the app's window; in browser mode the host serves the file as a download.
  const bridge = window.exportFiles;
  const year = listing?.year;
  const columns = [
    { title: '文件', dataIndex: 'name', key: 'name' },
    { title: '大小', key: 'bytes', width: 90, render: (_: unknown, f: ExportFolderFile) => fileSize(f.bytes) },
    {
      title: '生成时间',
      key: 'modifiedAt',
      width: 160,
      render: (_: unknown, f: ExportFolderFile) => format(new Date(f.modifiedAt), 'yyyy-MM-dd HH:mm'),
    },
    {
      title: '操作',
      key: 'actions',
      width: bridge ? 180 : 80,
      render: (_: unknown, f: ExportFolderFile) =>
        year === undefined ? null : bridge ? (
          <AppFileActions bridge={bridge} year={year} name={f.name} />
        ) : (
          <a href={exportFileUrl(year, f.name)} download={f.name}>
            下载
          </a>
        ),
    },
  ];
  return (
    <Card size="small" title="已生成的文件">
      <Table<ExportFolderFile>
        size="small"
        rowKey="name"
        loading={!listing}
        dataSource={listing?.files ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: <Empty description="还没有生成文件" image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
      />
      {listing && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8, marginBottom: 0 }}
          copyable={{ text: listing.folder }}
        >
          保存位置：{listing.folder}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
