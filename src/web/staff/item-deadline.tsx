/** The 第二十六条 limit in words: 「2026-12-30 前（即将到期）」, 「已逾期 3 个工作日」, 「按时发布」. */
import type { PublicationDeadline } from '../../domain/publishing/publication-deadline.ts';

/** The limit and its state. */
export function DeadlineText(props: { deadline: PublicationDeadline }) {
  const d = props.deadline;
  const due = `${d.dueOn}${d.provisional ? '（暂定）' : ''}`;
  switch (d.state) {
    case 'onTime':
      return <span>{`${due}前`}</span>;
    case 'dueSoon':
      return <span class="deadline-soon">{`${due}前（即将到期）`}</span>;
    case 'overdue':
      return (
        <span class="deadline-over">
          已逾期 {d.lateBy} 个工作日（时限 {due}）
        </span>
      );
    case 'publishedOnTime':
      return <span>按时发布（时限 {due}）</span>;
    case 'publishedLate':
      return (
        <span class="deadline-over">
          逾期 {d.lateBy} 个工作日发布（时限 {due}）
        </span>
      );
    default: {
      const never: never = d.state;
      return never;
    }
  }
}
