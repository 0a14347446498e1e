/** Every Chinese sentence of the house style: validation, and what the verdict says about checks switched off. */
import type { Severity } from "../finding";

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: "错误", warning: "警告", info: "提示" };

export const HOUSE_MSG = {
  label: "本单位规范",
  inPack: "素材包中的本单位规范",
  empty: "文件内容为空，请选择公文写作助手导出的本单位规范文件（.json）。",
  tooLarge: (chars: number, max: number) => `文件过大（${chars}字），本单位规范文件最多${max}字，请确认选择的文件是否正确。`,
  packWithout: "这个素材包中没有本单位规范。请在任务窗格的“设置”中设好规范后重新导出素材包，或使用“设置”中下载的规范文件。",
  badJson: (where: string) =>
    `文件不是有效的 JSON 格式：${where}有语法错误。请检查是否缺少或多出逗号、括号，引号是否成对且为英文半角引号（"）。`,
  notObject: (label: string, what: string) => `${label}应为一组用 { } 括起的设置，实际为${what}。`,
  unknownField: (label: string, key: string, allowed: readonly string[]) => `${label}有无法识别的项目“${key}”，可用的项目为 ${allowed.join("、")}。`,
  noFormat: (format: string) => `缺少格式标识（"format": "${format}"），此文件可能不是公文写作助手的本单位规范。`,
  badFormat: (actual: string, format: string) => `格式标识${actual}不对，应为 "${format}"，此文件可能不是公文写作助手的本单位规范。`,
  noVersion: (version: number) => `缺少版本号（"version": ${version}）。`,
  badVersion: (actual: string, version: number) => `不支持的版本${actual}，本程序只能读取版本 ${version}。`,
  badName: (label: string, max: number) => `${label}的名称应为一行不超过${max}字的文字。`,
  unknownCategory: (label: string, key: string, known: string) => `${label}中的检查类别“${key}”本版本没有，已忽略。可用的类别为 ${known}。`,
  badSwitch: (label: string, what: string, actual: string) => `${label}中“${what}”的设置应为 true（检查）或 false（不检查），实际为${actual}。`,
  badRule: (label: string, id: string, actual: string) =>
    `${label}中规则“${id}”的设置应为 true（检查）、false（不检查），或级别 "error"（错误）、"warning"（警告）、"info"（提示），实际为${actual}。`,
  badRuleId: (label: string, id: string, max: number) => `${label}中的规则编号“${id}”不对：应由英文字母、数字和连字符组成，最多${max}个字符。`,
  unknownRule: (label: string, id: string) => `${label}中的规则“${id}”本版本没有（可能来自更新的版本），已保留但不起作用。`,
  tooManyRules: (label: string, count: number, max: number) => `${label}列出的规则过多（${count}条），最多${max}条。`,
  badChoice: (label: string, what: string, allowed: readonly string[], actual: string) =>
    `${label}中“${what}”应为 ${allowed.map((a) => `"${a}"`).join("、")} 之一，实际为${actual}。`,
  badNumberChoice: (label: string, what: string, allowed: readonly number[], actual: string) =>
    `${label}中“${what}”应为 ${allowed.join("、")} 之一（数字，不加引号），实际为${actual}。`,
  formNames: {
    level3: "三级标题编号",
    enumerationEnding: "序列各项结尾",
    structureHints: "文种结构提示",
    chineseNumeralDate: "成文日期汉字数字提示",
    level3Bold: "三级标题加粗（惯例）",
    lineSpacingPt: "固定行距（磅，惯例）",
    latinTimesNewRoman: "数字和字母用 Times New Roman（惯例）",
  },

  /* What the verdict says */
  off: (names: readonly string[]) => `按本单位规范未检查：${names.join("、")}。`,
  categoryOff: (name: string) => `${name}（整类）`,
  hintsOff: "文种结构提示",
  chineseDateOff: "成文日期用汉字数字的提示",
  placeholdersOff: (names: readonly string[]) =>
    `注意：按本单位规范，${names.join("、")}已关闭或降为提示，文中未填写的占位符可能没有列出，“可以提交”不包括这些内容，请提交前自行查看。`,
  severityChanged: (title: string, severity: Severity) => `${title}（改为${SEVERITY_NAMES[severity]}）`,
} as const;
