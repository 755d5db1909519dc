// The reports' own definitions (data/reportTerms.json, mined by scripts/mine-glossary.mjs): data checks
// (shape, every definition traced to its report) and the core API the hover uses (count, nearest,
// every report's definition side by side), on a small excerpt of the real data.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ReportTerms, ReportTermsData, provinceOf, reportLabel } from '../../src/core/reportTerms';
import { GlossaryEntry, GlossaryIndex, normalizeTerm } from '../../src/core/glossary';
import { renderTermHover, reportDefinitionsFor } from '../../src/core/hoverModel';

const ROOT = path.join(__dirname, '../../..');
const DATA = path.join(ROOT, 'data/reportTerms.json');

/** An excerpt of data/reportTerms.json (六稳 and 两新 as four reports define them). */
const SAMPLE: ReportTermsData = {
  version: 1,
  reports: [
    ['湛江市', '广东省', 'city', 2020, '**——2020年1月9日在湛江市第十四届人民代表大会第六次会议上**', '政府工作报告-其他地市/湛江市/2020.md', 5],
    ['永州市', '湖南省', 'city', 2021, '——2021年1月12日在永州市第五届人民代表大会第六次会议上', '政府工作报告-其他地市/永州市/2021.md', 5],
    ['东莞市', '广东省', 'city', 2020, '政府工作报告', '政府工作报告-主要城市/东莞市/2020.md', 8],
    ['湛江市', '广东省', 'city', 2023, '2023年湛江市政府工作报告', '政府工作报告-其他地市/湛江市/2023.md', 5],
  ],
  terms: {
    六稳: [[[0, 2], 0, '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期'], [[1], 0, '指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期']],
    两新: [[[3], 0, '大规模设备更新和消费品以旧换新']],
  },
  aliases: { 六稳工作: '六稳' },
};

describe('report-defined terms: data', () => {
  const data = JSON.parse(fs.readFileSync(DATA, 'utf8')) as ReportTermsData;

  it('has the documented shape', () => {
    assert.strictEqual(data.version, 1);
    assert.ok(Array.isArray(data.reports) && data.reports.length >= 100, `${data.reports.length} reports`);
    for (const r of data.reports) {
      assert.strictEqual(r.length, 7, JSON.stringify(r));
      assert.ok(r[0] === null || /^[\u4e00-\u9fff]{2,16}$/.test(r[0]), `place ${r[0]}`);
      assert.ok(r[2] === null || ['national', 'province', 'city'].includes(r[2]), `level ${r[2]}`);
      assert.ok(r[3] === null || (r[3] >= 1950 && r[3] <= 2100), `year ${r[3]}`);
      assert.ok(typeof r[4] === 'string' && typeof r[5] === 'string' && r[5].length > 0 && Number.isInteger(r[6]) && r[6] >= 1);
    }
    assert.ok(Object.keys(data.terms).length >= 300, `${Object.keys(data.terms).length} terms`);
  });

  it('traces every definition to a report (file, title line) and counts each term in ≥ 2 reports', () => {
    const problems: string[] = [];
    for (const [term, defs] of Object.entries(data.terms)) {
      if (normalizeTerm(term) !== term) problems.push(`${term}: not normalised`);
      const reports = new Set<number>();
      let lastSense = 0;
      for (const [rs, sense, def] of defs) {
        if (!def || def.trim().length < 4) problems.push(`${term}: empty definition`);
        if (!Number.isInteger(sense) || sense < lastSense || sense > lastSense + 1) problems.push(`${term}: sense ${sense} out of order`);
        lastSense = sense;
        for (const r of rs) {
          if (!data.reports[r]) problems.push(`${term}: report ${r} missing`);
          if (reports.has(r)) problems.push(`${term}: report ${r} twice`);
          reports.add(r);
        }
      }
      if (reports.size < 2) problems.push(`${term}: only ${reports.size} report`);
    }
    assert.deepStrictEqual(problems.slice(0, 20), []);
  });

  it('every report row is used, and aliases point to terms', () => {
    const used = new Set<number>();
    for (const defs of Object.values(data.terms)) for (const [rs] of defs) for (const r of rs) used.add(r);
    assert.strictEqual(used.size, data.reports.length);
    for (const [a, t] of Object.entries(data.aliases ?? {})) assert.ok(data.terms[t] && !data.terms[a], `${a} → ${t}`);
  });

  it('loads into ReportTerms, and the national slogans are there', () => {
    const rt = new ReportTerms(data);
    assert.ok(rt.count('六稳') >= 10, `六稳 in ${rt.count('六稳')} reports`);
    assert.ok(rt.count('“两新”') >= 2);
  });

  it('rejects data of the wrong shape', () => {
    assert.throws(() => new ReportTerms({} as ReportTermsData));
    assert.throws(() => ReportTerms.fromJson('{"version":1,"reports":[[1]],"terms":{}}'));
  });
});

describe('report-defined terms: look-ups for the hover', () => {
  const rt = new ReportTerms(SAMPLE);

  it('counts the reports defining a term, by term or alias, quotes ignored', () => {
    assert.strictEqual(rt.count('六稳'), 3);
    assert.strictEqual(rt.count('“六稳”'), 3);
    assert.strictEqual(rt.count('六稳工作'), 3);
    assert.strictEqual(rt.count('六保'), 0);
  });

  it('lists every report\'s definition, side by side', () => {
    const all = rt.definitions('六稳');
    assert.deepStrictEqual(all.map(d => [d.place, d.year, d.source]), [
      ['湛江市', 2020, '政府工作报告-其他地市/湛江市/2020.md'],
      ['东莞市', 2020, '政府工作报告-主要城市/东莞市/2020.md'],
      ['永州市', 2021, '政府工作报告-其他地市/永州市/2021.md'],
    ]);
    assert.deepStrictEqual(rt.definitions('六保'), []);
  });

  it('picks the nearest: same place, then same province, then the latest', () => {
    assert.strictEqual(rt.nearest('六稳', { place: '永州市', province: '湖南省' })?.place, '永州市');
    assert.strictEqual(rt.nearest('六稳', { place: '惠州市', province: '广东省', year: 2024 })?.province, '广东省');
    assert.strictEqual(rt.nearest('六稳', { place: '西宁市', province: '青海省' })?.year, 2021);
    assert.strictEqual(rt.nearest('六稳')?.place, '永州市');
  });

  it('names a report by its title when the title says place and year, else by place and year', () => {
    const [zj2020] = rt.definitions('六稳');
    assert.strictEqual(reportLabel(zj2020), '湛江市 2020年政府工作报告');
    assert.strictEqual(reportLabel(rt.definitions('两新')[0]), '2023年湛江市政府工作报告');
  });

  it('the hover shows the count and quotes the nearest definition', () => {
    const entry: GlossaryEntry = { term: '六稳', aliases: ['“六稳”'], definition: '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期', category: 'slogan' };
    const reports = reportDefinitionsFor(rt, entry, { place: '东莞市', province: '广东省', year: 2021 });
    assert.ok(reports);
    assert.strictEqual(reports.count, 3);
    assert.strictEqual(reports.nearest.place, '东莞市');
    const md = renderTermHover({ start: 0, end: 2, entry, origin: { kind: 'builtin', label: '内置词表' }, reports });
    assert.match(md, /Defined in 3 reports/);
    assert.match(md, /东莞市 2020年政府工作报告：“稳就业/);
    assert.strictEqual(reportDefinitionsFor(rt, { term: '六保', definition: 'x' }), undefined);
  });

  it('the hover lists the senses not chosen', () => {
    const entries: GlossaryEntry[] = [{ term: '两新', definition: '推动大规模设备更新和消费品以旧换新',
      senses: [{ definition: '新经济组织和新社会组织', cues: ['党建'] }] }];
    const idx = new GlossaryIndex([{ id: 'b', label: 'b', entries }]);
    const m = idx.findAll('加强两新组织党建')[0];
    const md = renderTermHover({ start: m.start, end: m.end, entry: m.entry, origin: { kind: 'builtin', label: 'b' } });
    assert.match(md, /新经济组织和新社会组织/);
    assert.match(md, /Other senses:\* 推动大规模设备更新/);
  });

  it('offers the terms as a glossary source, short ones only in quotes', () => {
    const src = rt.toGlossarySource();
    const idx = new GlossaryIndex([src]);
    assert.strictEqual(idx.findAll('做好“六稳”工作')[0]?.entry.term, '六稳');
    assert.deepStrictEqual(idx.findAll('做好六稳工作'), [], 'a short term matches only in quotes');
    assert.deepStrictEqual(idx.findAll('推动两新发展'), []);
    assert.match(src.entries[0].origin ?? '', /defined in \d+ reports/);
  });

  it('reads the province a report belongs to from its text', () => {
    assert.strictEqual(provinceOf('湖南省', ''), '湖南省');
    assert.strictEqual(provinceOf('北京', ''), '北京市');
    assert.strictEqual(provinceOf('永州市', '湖南省委、省政府部署……全面落实湖南省……对接广东省'), '湖南省');
    assert.strictEqual(provinceOf('平凉市', '甘肃省……东西部协作天津市……天津市……天津市'), '甘肃省');
    assert.strictEqual(provinceOf('某市', '无省名'), null);
    assert.strictEqual(rt.provinceOfPlace('湛江市'), '广东省');
  });
});
