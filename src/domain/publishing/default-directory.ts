/**
 * A small example 主动公开事项目录 for a 区县 government (portal-conventions §4.2–4.3: the 标准目录
 * columns, the 公开时限 wordings seen, areas named in national summaries). Every row is marked
 * 示例 until the organ edits it; the 公开主体 and 依据 are to be checked by the organ [U].
 */
import { DEFAULT_TIME_LIMIT, type DirectoryEntryInput } from './directory.ts';

const row = (
  values: Omit<DirectoryEntryInput, 'audience' | 'mode' | 'timeLimit'> &
    Partial<Pick<DirectoryEntryInput, 'audience' | 'mode' | 'timeLimit'>>,
): DirectoryEntryInput => ({
  audience: 'all',
  mode: 'proactive',
  timeLimit: DEFAULT_TIME_LIMIT,
  ...values,
});

/** The example rows (slugs of the default catalogue). */
export const DEFAULT_DIRECTORY: readonly DirectoryEntryInput[] = [
  row({
    matter: '法规文件',
    subMatter: '行政规范性文件',
    content: '本级政府制定的行政规范性文件及其有效性（现行有效、已修改、已废止、已失效）',
    basis: '《中华人民共和国政府信息公开条例》第二十条第（一）项',
    publisher: '区（县）人民政府办公室',
    channels: ['website', 'gazette'],
    levels: ['county'],
    columns: ['documents-2', 'documents-5'],
  }),
  row({
    matter: '政策解读',
    subMatter: '行政规范性文件解读',
    content: '文件的背景依据、主要内容、适用范围和新旧政策差异，形式包括文字、图解、问答等',
    basis: '国务院办公厅关于印发2016年政务公开工作要点的通知（国办发〔2016〕19号）',
    timeLimit: '关联规范性文件公开3个工作日内',
    publisher: '文件起草部门',
    channels: ['website', 'newMedia'],
    levels: ['county'],
    columns: ['other-1'],
  }),
  row({
    matter: '财政预决算',
    subMatter: '政府预算',
    content: '经本级人民代表大会批准的预算、预算调整及其报表和说明',
    basis: '《中华人民共和国预算法》第十四条；《中华人民共和国政府信息公开条例》第二十条第（七）项',
    timeLimit: '批准后20日内',
    publisher: '区（县）财政局',
    channels: ['website'],
    levels: ['county'],
    columns: ['budget-1'],
  }),
  row({
    matter: '财政预决算',
    subMatter: '政府决算',
    content: '经本级人民代表大会常务委员会批准的决算及其报表和说明',
    basis: '《中华人民共和国预算法》第十四条；《中华人民共和国政府信息公开条例》第二十条第（七）项',
    timeLimit: '批准后20日内',
    publisher: '区（县）财政局',
    channels: ['website'],
    levels: ['county'],
    columns: ['budget-2'],
  }),
  row({
    matter: '行政许可',
    subMatter: '许可结果',
    content: '行政许可决定：许可事项、被许可人、决定日期、决定机关',
    basis: '《中华人民共和国政府信息公开条例》第二十条第（五）项',
    timeLimit: '自作出行政决定之日起7个工作日内',
    publisher: '各行政许可实施部门',
    channels: ['website', 'serviceCentre'],
    levels: ['county'],
    columns: ['licensing-2'],
  }),
  row({
    matter: '行政处罚',
    subMatter: '处罚决定',
    content: '行政处罚决定：违法事实、处罚依据、处罚内容、作出决定的机关和日期',
    basis: '《中华人民共和国政府信息公开条例》第二十条第（六）项',
    timeLimit: '自作出行政决定之日起7个工作日内',
    publisher: '各行政执法部门',
    channels: ['website'],
    levels: ['county'],
    columns: ['enforcement-2'],
  }),
  row({
    matter: '应急管理',
    subMatter: '应急预案和预警信息',
    content: '突发公共事件的应急预案、预警信息及应对情况',
    basis: '《中华人民共和国政府信息公开条例》第二十条第（十二）项',
    timeLimit: '及时',
    publisher: '区（县）应急管理局',
    channels: ['website', 'newMedia', 'broadcast', 'noticeBoard'],
    levels: ['county', 'township'],
    columns: ['emergency-1', 'emergency-2', 'emergency-3'],
  }),
  row({
    matter: '公务员招考',
    subMatter: '招考公告和录用结果',
    content: '公务员招考的职位、名额、报考条件等事项以及录用结果',
    basis: '《中华人民共和国政府信息公开条例》第二十条第（十四）项',
    publisher: '区（县）公务员主管部门',
    channels: ['website'],
    levels: ['county'],
    columns: ['recruitment'],
  }),
];
