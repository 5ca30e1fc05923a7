/** The case's history on its page: every event, its legal date, who recorded it and when. */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { CaseView } from '../../app/cases/view-case.ts';
import { formatChineseDate } from '../../domain/calendar/local-date.ts';
import { describeEvent } from '../../domain/case/describe-event.ts';

/** The timeline section. */
export function CaseTimeline(props: { view: CaseView }) {
  return (
    <section aria-labelledby="timeline-title" class="case-section">
      <h2 id="timeline-title">办理记录</h2>
      <ol class="timeline">
        {props.view.events.map((e) => (
          <li>
            <p class="timeline-date">{formatChineseDate(e.data.on, false)}</p>
            <p>{describeEvent(e.data)}</p>
            <p class="field-hint">
              {e.actorName} 于 {beijingMinute(new Date(e.at))} 记录
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
