/**
 * Phrase tables for generated work summaries (工作总结). Our own words, combined at random: every sentence of a
 * generated document is assembled from these pieces, none is copied from a real report.
 */

export const UNITS = ["市委办公室", "县政府研究室", "区委政研室", "市发展改革委", "县人社局", "市商务局", "区统计局", "市机关事务管理局"];
export const YEARS = ["2021", "2022", "2023", "2024", "2025"];
export const GENRES = ["工作总结", "工作情况的报告", "上半年工作总结", "年度工作汇报"];

export const TIME_PHRASES = ["今年以来", "一年来", "过去一年", "上半年以来", "本年度"];
export const LEADERSHIP = ["在市委的坚强领导下", "在县委、县政府的正确领导下", "在上级部门的精心指导下", "在局党组的统一部署下"];
export const GUIDANCE = ["坚持以新时代中国特色社会主义思想为指导", "坚持稳中求进工作总基调", "坚持人民至上、务实为先", "坚持问题导向和目标导向相统一"];
export const WORK_LINES = ["紧紧围绕中心工作", "紧扣年度目标任务", "聚焦全局重点难点", "锚定高质量发展要求"];
export const OVERALL = ["较好完成了各项目标任务", "各项工作取得了新的进展", "推动各项工作迈上新台阶", "圆满完成了全年工作任务"];
export const TRANSITIONS = ["现将有关情况总结如下：", "现将主要工作情况汇报如下：", "现将一年来的工作报告如下："];

/** First half of a level-1 heading's parallel pair: verb + object. */
export const H1_VERBS = ["突出", "聚焦", "强化", "深化", "狠抓", "注重", "坚持", "统筹"];
export const H1_OBJECTS = ["以文辅政", "调查研究", "督促检查", "信息报送", "制度建设", "作风建设", "队伍建设", "保密管理", "政务公开", "应急值守", "后勤保障", "数据治理"];
export const H1_ADVERBS = ["着力", "全力", "切实", "持续", "扎实", "不断"];
export const H1_GOALS = ["打造精品文稿", "提升服务水平", "推动决策落地", "夯实工作基础", "提高运转效率", "筑牢安全防线", "激发队伍活力", "优化营商环境"];

/** Level-2 headings: a topic and a four-character result. */
export const H2_TOPICS = ["文稿起草", "调研课题", "督查督办", "信息工作", "会务组织", "机要保密", "档案管理", "值班值守", "对外联络", "经费管理", "学习培训", "考核评价"];
export const H2_RESULTS = ["提质增效", "走深走实", "落地见效", "持续加强", "稳步推进", "亮点纷呈", "规范有序", "成效明显"];

/** Level-3 headings run into their paragraph: a short title, then a sentence. */
export const H3_TITLES = ["规范流程", "压实责任", "创新方法", "强化调度", "完善台账", "加强协作", "注重实效", "严格考核"];

export const SUBJECTS = ["全办上下", "各科室", "机关党支部", "调研组", "督查组", "信息科", "综合科", "文稿组", "全体干部", "我们"];
export const VERBS = ["坚持", "突出", "强化", "注重", "围绕", "聚焦", "深化", "推动"];
export const OBJECTS = ["以文辅政", "调查研究", "督促检查", "信息报送", "制度建设", "作风建设", "队伍建设", "保密管理", "档案管理", "政务公开", "重点项目", "民生实事"];
export const METHODS = ["精心组织、周密部署", "建立台账、挂图作战", "定期调度、跟踪问效", "上下联动、协同推进", "对标对表、查漏补缺", "细化分工、压实责任", "以上率下、示范带动"];
export const RESULTS = ["取得了明显成效", "工作质量稳步提升", "得到上级领导充分肯定", "各项任务按期完成", "服务保障水平进一步提高", "群众满意度持续提升", "形成了一批可复制的经验"];
export const ACTIVITIES = ["撰写调研报告", "编发信息简报", "组织专题学习", "开展实地督查", "召开协调会议", "办理群众来信", "完成文件审核", "举办业务培训"];
export const MEASURES = ["篇", "期", "次", "场", "件", "份", "批"];

/** Clauses for inline 一是/二是 items. */
export const ITEM_VERBS = ["抓好", "抓实", "深化", "完善", "健全", "落实", "推进", "优化"];
export const ITEM_OBJECTS = ["理论学习", "调查研究", "信息报送", "督查督办", "文稿把关", "制度执行", "队伍培养", "保密教育", "安全生产", "数据统计"];
export const ITEM_TAILS = ["确保取得实效", "推动工作落地", "形成长效机制", "提高工作质量", "不断巩固成果", "切实发挥作用"];
export const ENUM_LEADS = ["在具体工作中，我们重点抓了以下几个方面", "围绕这项任务，主要采取了以下措施", "为确保工作落到实处，我们做到了三个坚持", "具体来说"];

export const PROBLEM_LEADS = [
  "虽然取得了一定成绩，但与上级要求和群众期盼相比还存在一定差距",
  "在肯定成绩的同时，我们也清醒地看到工作中还存在一些不足",
];
export const PROBLEMS = ["调查研究的深度还不够", "文稿质量有待进一步提高", "督查问效的力度还需加大", "干部队伍的专业能力还有短板", "信息报送的时效性不强", "制度执行还不够严格"];
export const NEXT_LEAD = ["下一步，我们将认真查找差距，扎实做好以下工作", "下一步，我们将坚持目标导向，重点抓好以下几项工作"];
export const CLOSINGS = ["特此报告。", "以上报告，如有不妥，请批评指正。"];

/** Table cells. */
export const TABLE_HEADERS = [["序号", "工作项目", "完成情况", "备注"], ["序号", "指标名称", "目标值", "实际完成"], ["项目", "责任科室", "进度"]];
export const TABLE_ITEMS = ["重点课题调研", "信息简报编发", "督查事项办结", "会议服务保障", "档案数字化", "业务培训"];
export const TABLE_STATUS = ["已完成", "基本完成", "推进中", "超额完成", "按期办结"];
