/**
 * Office package problems in Chinese, as phrases that follow the thing they describe:
 * 「文件」+ phrase, 「附件「…」的内容」+ phrase, 「表格」+ phrase.
 */
import { megabytesText } from '../../domain/byte-size.ts';
import { OFFICE_LIMITS, type OfficeLimits, type OfficeProblem } from './office-package.ts';

/**
 * @param limitBytes for `too-large`: the limit that was passed (the check says which)
 * @example officeProblemText('too-large') // '解压后超过 64 MB，超出处理上限'
 */
export function officeProblemText(
  problem: OfficeProblem,
  limits: OfficeLimits = OFFICE_LIMITS,
  limitBytes = limits.maxInflatedBytes,
): string {
  switch (problem) {
    case 'damaged':
      return '已损坏或不完整（ZIP 结构无效，或其中部件的大小与声明不符）';
    case 'unsupported':
      return '使用了不支持的 ZIP 特性（加密、ZIP64 或分卷压缩）';
    case 'too-many-entries':
      return `内含部件超过 ${limits.maxEntries} 个，不是正常的 Office 文档`;
    case 'too-large':
      return `解压后超过 ${megabytesText(limitBytes)}，超出处理上限`;
    case 'not-office':
      return '是 ZIP 压缩包，但不是 Word 或 Excel 文档（缺少 [Content_Types].xml 或主文档部件）';
    case 'nested-archive':
      return '内嵌有其他压缩包，出于安全考虑不予接收';
    case 'malformed-xml':
      return '中的 XML 部件格式不正确，文件可能已损坏';
    default: {
      const unexpected: never = problem;
      return String(unexpected);
    }
  }
}
