import { Alert, Flex, Typography } from 'antd';
import { fileSize } from './fileSize';
import type { Packaged } from './useYearEnd';

/** The package just written and checked again as written: ✓ 校验通过 with its SHA-256, or why not. */
export function PackageResult({ packaged: { pkg, check } }: { packaged: Packaged }) {
  if (!check.ok) return <Alert type="error" showIcon title={`档案包校验未通过：${check.problem ?? '原因不明'}`} />;
  return (
    <Alert
      type="success"
      title="✓ 校验通过"
      description={
        <Flex vertical gap={2}>
          <Typography.Text>
            {pkg.name}（{fileSize(pkg.size)}，{pkg.files} 个文件，含档案册和台账 {pkg.volumeFiles.length} 个）
          </Typography.Text>
          <Typography.Text>
            SHA-256：
            <Typography.Text code copyable={{ text: pkg.sha256, tooltips: ['复制', '已复制'] }}>
              {pkg.sha256}
            </Typography.Text>
          </Typography.Text>
        </Flex>
      }
    />
  );
}
