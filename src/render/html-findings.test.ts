import { describe, it, expect } from 'vitest';
import { finding } from '../domain/report/findings.ts';
import type { Finding } from '../domain/report/findings.ts';
import { renderReportHtml } from './html.ts';
import { elementsByTag, parseHtml, textOf } from './test-dom.ts';
import type { HtmlElement } from './test-dom.ts';
import { loadExpectedReport } from './test-support.ts';

const report = loadExpectedReport('002', { overview: '总体。' });

function render(
  findings: Finding[],
  options: { idPrefix?: string } = {},
): { html: string; byId: (id: string) => HtmlElement } {
  const html = renderReportHtml(report, { findings, ...options });
  const doc = parseHtml(html);
  const all = [...elementsByTag(doc, '*')];
  return {
    html,
    byId: (id: string): HtmlElement => {
      const found = all.find((e) => e.attribs.id === id);
      if (found === undefined) {
        throw new Error(`no element #${id}`);
      }
      return found;
    },
  };
}

/** The element whose aria-describedby names the finding with this list id. */
function describedElement(html: string, findingId: string): HtmlElement {
  const found = elementsByTag(parseHtml(html), '*').find((e) =>
    (e.attribs['aria-describedby'] ?? '').split(' ').includes(findingId),
  );
  if (found === undefined) {
    throw new Error(`nothing is described by ${findingId}`);
  }
  return found;
}

describe('findings in the HTML', () => {
  it('flags the data cell a finding points at, keeping its text the bare number', () => {
    const { html, byId } = render([
      finding('IDENTITY_ROW_TOTAL', 'error', '总计与各列之和不符', {
        part: 'applications',
        row: 'granted',
        column: '6',
      }),
    ]);
    const cell = describedElement(html, 'gk-finding-1');
    expect(cell.name).toBe('td');
    expect(textOf(cell)).toBe('40');
    expect(cell.attribs.class).toContain('gk-flag gk-flag-error');
    expect(cell.attribs.title).toBe('错误：总计与各列之和不符');
    const item = byId('gk-finding-1');
    expect(textOf(item)).toContain('错误');
    expect(textOf(item)).not.toContain('IDENTITY_ROW_TOTAL'); // people read the message, not the code
    expect(item.attribs['data-code']).toBe('IDENTITY_ROW_TOTAL');
    const link = elementsByTag(item, 'a')[0]!;
    expect(link.attribs.href).toBe(`#${cell.attribs.id}`);
  });

  it('flags the row label (and the row) for a finding without a column', () => {
    const { html } = render([
      finding('ROW', 'warning', '行不平', { part: 'applications', row: 'withheld.stateSecret' }),
    ]);
    const label = describedElement(html, 'gk-finding-1');
    expect(label.name).toBe('th');
    expect(textOf(label)).toBe('1.属于国家秘密');
    expect(html).toMatch(/<tr class="gk-row-flag gk-row-flag-warning">/);
  });

  it('finds cells of table 二 by cell key and of table 四 by outcome key', () => {
    const { html } = render([
      finding('FEE', 'info', '收费', { part: 'proactive', row: 'fees', column: 'amountWanYuan' }),
      finding('REVIEW', 'error', '复议', {
        part: 'reviewLitigation',
        row: 'litigationDirect',
        column: 'other',
      }),
    ]);
    expect(textOf(describedElement(html, 'gk-finding-2'))).toBe('1728.59');
    expect(textOf(describedElement(html, 'gk-finding-1'))).toBe('1');
    expect(describedElement(html, 'gk-finding-1').attribs.headers).toContain('litigationDirect');
  });

  it('falls back to the part heading, then to the title', () => {
    const { html } = render([
      finding('PART', 'warning', '正文', { part: 'problems' }),
      finding('UNKNOWN_ROW', 'warning', '未知行', { part: 'applications', row: 'nonsense', column: '0' }),
      finding('HEADER', 'info', '年度', { part: 'header' }),
    ]);
    expect(textOf(describedElement(html, 'gk-finding-1'))).toBe('五、存在的主要问题及改进情况');
    expect(textOf(describedElement(html, 'gk-finding-2'))).toBe('三、收到和处理政府信息公开申请情况');
    expect(describedElement(html, 'gk-finding-3').name).toBe('h1');
  });

  it('lists findings after the report, errors first, severities in Chinese', () => {
    const { html } = render([
      finding('C', 'info', '提示一', { part: 'other' }),
      finding('B', 'warning', '警告一', { part: 'other' }),
      finding('A', 'error', '错误一', { part: 'other' }),
    ]);
    const items = elementsByTag(parseHtml(html), 'li').map(textOf);
    expect(items.map((t) => t.slice(0, 2))).toEqual(['错误', '警告', '提示']);
    expect(html.indexOf('data-gongkai="findings"')).toBeGreaterThan(html.indexOf('六、其他需要报告的事项'));
    const heading = describedElement(html, 'gk-finding-1');
    expect(heading.attribs['aria-describedby']).toBe('gk-finding-1 gk-finding-2 gk-finding-3');
    expect(heading.attribs.class).toContain('gk-flag-error');
  });

  it('renders no list and no flags without findings', () => {
    const html = renderReportHtml(report);
    expect(html).not.toContain('data-gongkai="findings"');
    expect(html).not.toContain('aria-describedby="gk-finding');
  });

  it('keeps ids apart with idPrefix', () => {
    const { byId } = render([finding('A', 'error', 'x', { part: 'overview' })], { idPrefix: 'r2' });
    expect(byId('r2-finding-1').name).toBe('li');
    expect(byId('r2-part-overview').attribs['aria-describedby']).toBe('r2-finding-1');
  });
});

describe('escaping (XSS)', () => {
  it('escapes organ, prose, finding messages and codes', () => {
    const evil = '<script>alert("x")</script>&';
    const html = renderReportHtml(
      { ...report, organ: evil, sections: { ...report.sections, other: '<img src=x onerror=alert(1)>' } },
      {
        findings: [
          finding('<b>', 'error', '"><svg onload=alert(1)>', {
            part: 'applications',
            row: 'total',
            column: '0',
          }),
        ],
      },
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    const doc = parseHtml(html);
    expect(elementsByTag(doc, 'h1').map(textOf)).toEqual([`${evil}2024年政府信息公开工作年度报告`]);
    expect(elementsByTag(doc, 'script')).toHaveLength(0);
  });
});
