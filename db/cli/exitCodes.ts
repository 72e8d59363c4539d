/** The CLI's exit codes, as `help` documents them. */
export const ExitCode = {
  /** 完成 */
  ok: 0,
  /** 操作失败：方法返回错误、JSON 无效、档案无法打开、演示数据被拒绝写入、编印的某一步失败 */
  failed: 1,
  /** 用法错误：未知命令或选项、缺少 --file */
  usage: 2,
  /** 档案检查未通过：文件损坏或外键引用不完整 */
  damaged: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
