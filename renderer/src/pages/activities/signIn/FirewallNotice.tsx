import { Alert, Typography } from 'antd';

const KEY = 'signIn.firewallExplained';

/** Whether the clerk has been told about the firewall prompt on this computer (shown before the first start only). */
export const firewallExplained = () => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

export const rememberFirewallExplained = () => {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // A browser refusing storage shows the explanation again next time: harmless.
  }
};

/** What 开始现场签到 does on the network, and what Windows will ask the first time. */
export function FirewallNotice() {
  return (
    <Alert
      type="info"
      showIcon
      title="开始之前请了解"
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            开始现场签到后，这台电脑会在单位局域网上临时开放一个签到页：委员的手机连上与这台电脑相同的网络（同一个无线网），
            扫描屏幕上的二维码即可签到或请假，不需要安装软件，也不需要上互联网。签到页只在这个窗口开着时存在，最长 2 小时，
            关闭窗口即结束；平时不开放。
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            第一次开始时，Windows 可能弹出“Windows 安全中心警报：Windows Defender 防火墙已阻止此应用的部分功能”。
            请勾选<Typography.Text strong>“专用网络”</Typography.Text>，点<Typography.Text strong>“允许访问”</Typography.Text>；
            “公用网络”不要勾选。点了“取消”的话，手机会打不开签到页，可到“控制面板 → Windows Defender 防火墙 →
            允许应用通过防火墙”中为本程序勾选“专用”。
          </Typography.Paragraph>
        </>
      }
    />
  );
}
