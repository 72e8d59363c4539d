import { Button, Col, Flex, Result, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { onProgress } from '../../api/client';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { ExportFilesCard } from './ExportFilesCard';
import { FontsNotice } from './FontsNotice';
import { FilingItemsCard } from './FilingItemsCard';
import { ReceivedPackageCard } from './received/ReceivedPackageCard';
import { useYearEnd } from './useYearEnd';
import { YearEndActions } from './YearEndActions';
import { YearEndChecklistCard } from './YearEndChecklistCard';

/** 年度归档: what the year still lacks, then the volume, the ledgers and the package for the county CPPCC. */
export function YearEndPage() {
  const year = useYear();
  const { checklist, files, loadError, load } = useYearEnd();

  useEffect(() => {
    void load(year);
  }, [load, year]);

  // Listening from the moment the page opens: in browser mode the event stream takes a moment to
  // connect, and a run's first progress would otherwise be lost.
  useEffect(() => onProgress(useYearEnd.getState().heard), []);

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          年度归档
        </Typography.Title>
        <YearSwitch />
      </Flex>
      {loadError ? (
        <Result
          status="error"
          title="读取年度归档情况失败"
          subTitle={loadError.message}
          extra={<Button onClick={() => void load(year)}>重试</Button>}
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={11}>
            <YearEndChecklistCard checklist={checklist?.year === year ? checklist : null} />
          </Col>
          <Col xs={24} xl={13}>
            <Flex vertical gap={16}>
              <YearEndActions />
              <FontsNotice />
              <ExportFilesCard listing={files?.year === year ? files : null} />
            </Flex>
          </Col>
          <Col span={24}>
            <FilingItemsCard year={year} />
            <ReceivedPackageCard />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
