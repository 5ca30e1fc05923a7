import { writeFileSync } from 'node:fs';
import { renderGazettePdf, DEFAULT_GAZETTE_FONT } from '/work/wt/gazette/src/io/publishing/gazette-pdf.ts';
const entries = Array.from({ length: 10 }, (_, i) => ({
  kindLabel: i < 3 ? '规章' : i < 7 ? '行政规范性文件' : '政策解读',
  title: `关于印发《某某区第${i + 1}项管理办法》的通知`,
  docNumber: i < 7 ? `某政发〔2026〕${i + 1}号` : '',
  bodyText: ('各街道办事处，区政府各部门：\n现将《某某管理办法》印发给你们，请认真贯彻执行。\n第一条 为了规范管理，根据有关法律法规，结合本区实际，制定本办法。\n').repeat(12),
}));
const t0 = performance.now(); const c0 = process.cpuUsage();
const pdf = await renderGazettePdf({ organName: '某某区人民政府', title: '某某区人民政府公报 2026年第3期', label: '2026年第3期（总第45期）', date: '2026年12月7日', entries }, { path: DEFAULT_GAZETTE_FONT, face: null });
const u = process.cpuUsage(c0);
console.log('wall', (performance.now() - t0).toFixed(0), 'cpu', ((u.user + u.system) / 1000).toFixed(0), 'bytes', pdf.bytes.length, 'pages', pdf.pages);
writeFileSync('/tmp/gz-out.pdf', pdf.bytes);
