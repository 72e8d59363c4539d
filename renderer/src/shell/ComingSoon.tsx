import { Result } from 'antd';
import { sectionLabel, type SectionKey } from './sections';

/** Every section whose page is not built yet. */
export function ComingSoon({ section }: { section: SectionKey }) {
  return <Result status="info" title={sectionLabel(section)} subTitle="此页面将在后续版本提供" />;
}
