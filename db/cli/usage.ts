import { ExitCode } from './exitCodes';

/** The Chinese usage text `help` prints. */
export const usage = `政协联络组履职档案 · 命令行工具

用法：npm run archive -- <命令> [选项]

命令：
  init  --file 路径                       新建档案文件，或把旧版本的档案升级到当前结构；显示结构版本
  check --file 路径                       检查档案的完整性和外键引用（只读，不修改文件）
  call  --file 路径 方法名 ['JSON']       调用任意接口方法，输出结果 {ok,value} 或 {ok:false,error}
                                          不给 JSON 时按 {} 调用；方法列表：call --file 路径 meta.methods
  batch --file 路径 < 文件                从标准输入逐行读取 {"method":"方法名","input":{…}}（input 可省略，按 {} 调用），
                                          每行输出一个结果 {ok,value} 或 {ok:false,error}（单行 JSON，顺序与输入一致）；
                                          整批只打开一次档案；某行格式不对或调用失败时该行输出错误结果，其余各行照常执行；
                                          空行忽略；任何一行失败时退出码为 ${ExitCode.failed}
  demo  --file 路径 [--year 年度] [--seed 数字] [--force]
                                          生成一整年的演示数据（委员、计划、活动、提案、社情民意、事迹、文档）
                                          同一种子生成相同的数据；档案中已有数据时拒绝写入，加 --force 才会追加
  compile --file 路径 --year 年度 [--no-mask] [--no-pdf]
                                          编印年度档案：先列出年度归档检查清单中未完成的项目（只提醒，不修改档案），
                                          再生成档案册（Word、PDF）和台账（Excel），打包成年度档案包并校验；
                                          文件都在档案旁的“档案文件名.exports/年度/”文件夹中
  help                                    显示本说明

选项：
  --file 路径     档案文件（.sqlite）；init 和 demo 在文件不存在时新建
  --year 年度     demo：演示数据的年度，默认今年；compile：要编印的年度（必填）
  --seed 数字     演示数据的随机种子，默认 1
  --force         允许向已有数据的档案追加演示数据（联络组设置会改为演示的设置）
  --no-mask       编印的文件显示完整的手机号和身份证号（默认只显示前三位和后四位）
  --no-pdf        不生成 PDF 档案册（没有 Chromium 时也会自动跳过）

退出码：
  ${ExitCode.ok}  完成
  ${ExitCode.failed}  操作失败（方法返回错误、batch 中有一行失败、JSON 格式不对、档案无法打开、演示数据被拒绝写入、编印的某一步失败）
  ${ExitCode.usage}  用法错误（未知的命令或选项、缺少 --file）
  ${ExitCode.damaged}  档案检查未通过（文件损坏或外键引用不完整）

把 call 或 batch 的结果交给其他程序读取时，用 npm run -s archive -- call …（-s 省去 npm 自己打印的提示行）。

示例：
  npm run archive -- init --file ./archive.sqlite
  npm run archive -- demo --file ./demo.sqlite --year 2026 --seed 7
  npm run archive -- call --file ./demo.sqlite members.list '{"limit":5}'
  npm run -s archive -- batch --file ./demo.sqlite < calls.jsonl > results.jsonl
  npm run archive -- compile --file ./demo.sqlite --year 2026
`;
