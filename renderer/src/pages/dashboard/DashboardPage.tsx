import { Col, Flex, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { ReadBody } from '../../lists/ReadBody';
import { ActivitiesByMonthChart } from './ActivitiesByMonthChart';
import { BehindMembers } from './BehindMembers';
import { DashboardEmpty } from './DashboardEmpty';
import { DutyCompletionChart } from './DutyCompletionChart';
import { GroupRules } from './GroupRules';
import { ParticipationChart } from './ParticipationChart';
import { UpcomingBirthdays } from './UpcomingBirthdays';
import { useDashboard, type Overview } from './useDashboard';
import { YearCounts } from './YearCounts';

/** Nothing recorded for the year: no held or planned activity, proposal, report or deed. */
const isEmptyYear = ({ stats, deeds }: Overview) =>
  stats.activities.byQuarter.every((q) => q.held === 0 && q.planned === 0) &&
  stats.proposals.total === 0 &&
  stats.opinionReports.total === 0 &&
  deeds === 0;

/** 概览: the working year at a glance — counts, the group's rules, who is behind, birthdays, charts. */
export function DashboardPage() {
  const year = useYear();
  const { overview, loading, loadError, load } = useDashboard();

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const body = (
    <ReadBody
      what="概览"
      error={loadError}
      loading={loading}
      onRetry={() => void load(year)}
      value={overview?.year === year ? overview : null}
    >
      {(overview) =>
        isEmptyYear(overview) ? (
          <DashboardEmpty year={year} hasMembers={overview.members.length > 0} />
        ) : (
          <Flex vertical gap={16}>
            <YearCounts overview={overview} />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <GroupRules activities={overview.stats.activities} />
              </Col>
              <Col xs={24} lg={12}>
                <UpcomingBirthdays members={overview.members} today={new Date()} />
              </Col>
            </Row>
            <ActivitiesByMonthChart held={overview.held} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <DutyCompletionChart matrix={overview.matrix} />
              </Col>
              <Col xs={24} xl={12}>
                <ParticipationChart members={overview.stats.participation.members} />
              </Col>
            </Row>
            <BehindMembers behind={overview.stats.behind} schemeName={overview.matrix.scheme.name} />
          </Flex>
        )
      }
    </ReadBody>
  );

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          概览
        </Typography.Title>
        <YearSwitch />
      </Flex>
      {body}
    </Flex>
  );
}
