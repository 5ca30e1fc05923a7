/**
 * The finding for a row whose run-together cells the whole table's identities leave open
 * (decision 014): it lists the candidate readings.
 */
import { finding, type Finding, type FindingLocation } from '../findings.ts';
import type { Reading } from './readings.ts';
import { MAX_LISTED_CANDIDATES } from './solve.ts';

/**
 * The run splits several ways that all satisfy the whole table's identities: the finding lists
 * them (decision 014), so that a person with the printed page can choose.
 * @param label the row as findings name it (「表三「（七）总计」行」)
 * @param seen the row's tokens as read
 * @param listed the distinct readings of the row in the table's solutions (more than one)
 * @param nulls cells left null
 * @param at where the row is
 * @example candidatesFinding('表三「（七）总计」行', '110000011', [[11,0,0,0,0,0,11],[1,10,0,0,0,0,11]], 2, at)
 *   // message: …〔11, 0, 0, 0, 0, 0, 11〕 或 〔1, 10, 0, 0, 0, 0, 11〕…
 */
export function candidatesFinding(
  label: string,
  seen: string,
  listed: readonly Reading[],
  nulls: number,
  at: FindingLocation,
): Finding {
  const shown = listed
    .slice(0, MAX_LISTED_CANDIDATES)
    .map((r) => `〔${r.map((c) => c ?? '空').join(', ')}〕`);
  const more = listed.length > MAX_LISTED_CANDIDATES ? ' 等' : '';
  return finding(
    'PARSE_SEPARATORS_CANDIDATES',
    'warning',
    `${label}：数字之间缺少分隔（${seen}），整张表的勾稽关系有多种读法同时成立：${shown.join(' 或 ')}${more}；无法唯一确定的 ${nulls} 个单元格记为空`,
    at,
    { numbers: { nullCells: nulls, candidates: listed.length } },
  );
}
