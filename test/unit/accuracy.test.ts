/**
 * Accuracy of `analyze` against the hand-annotated gold in test/fixtures/gold: precision and recall
 * per report and overall, printed as a table. Fails below the bars of the issue: target F1 ≥ 0.95,
 * headline-actual recall ≥ 0.90, top-level section F1 ≥ 0.95, every report found with its title,
 * place and plan year.
 */
import * as assert from 'assert';
import { scoreFile, goldFiles, prf, sum, ReportScore } from '../support/goldScore';

describe('accuracy against the gold annotations', () => {
  const scores: ReportScore[] = goldFiles().flatMap(f => scoreFile(f));

  before(() => {
    const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
    const rows = scores.map(s => {
      const t = prf(s.targets);
      const a = prf(s.actuals);
      const h = prf(s.sections);
      return `  ${s.title.slice(0, 18).padEnd(18, '　')} ${s.found ? 'found' : 'MISSING'}  targets P ${pct(t.p)} R ${pct(t.r)}  actuals P ${pct(a.p)} R ${pct(a.r)}  sections F1 ${pct(h.f)}`;
    });
    const t = prf(sum(scores.map(s => s.targets)));
    const a = prf(sum(scores.map(s => s.actuals)));
    const h = prf(sum(scores.map(s => s.sections)));
    const g = prf(sum(scores.map(s => s.glossary)));
    console.log(rows.join('\n'));
    console.log(`  OVERALL targets P ${pct(t.p)} R ${pct(t.r)} F1 ${pct(t.f)} | actuals R ${pct(a.r)} (P ${pct(a.p)}) | sections F1 ${pct(h.f)} | glossary F1 ${pct(g.f)}`);
  });

  it('finds every gold report', () => {
    const missing = scores.filter(s => !s.found).map(s => s.title);
    assert.deepStrictEqual(missing, []);
  });

  it('reads every gold title exactly', () => {
    const wrong = scores.filter(s => !s.titleOk).map(s => `${s.title} → ${s.gotTitle}`);
    assert.deepStrictEqual(wrong, []);
  });

  it('reads every gold place and plan year', () => {
    const wrong = scores.filter(s => !s.placeOk || !s.yearOk).map(s => `${s.title}: ${s.gotPlace} ${s.gotYear}`);
    assert.deepStrictEqual(wrong, []);
  });

  it('target F1 ≥ 0.95', () => {
    const t = prf(sum(scores.map(s => s.targets)));
    const detail = scores.flatMap(s => s.missedTargets.map(m => `missed ${s.title}: ${m.text}`)
      .concat(s.extraTargets.map(x => `extra ${s.title}: ${x.text}`)));
    assert.ok(t.f >= 0.95, `target F1 ${t.f.toFixed(3)}\n${detail.join('\n')}`);
  });

  it('headline-actual recall ≥ 0.90', () => {
    const a = prf(sum(scores.map(s => s.actuals)));
    const detail = scores.flatMap(s => s.missedActuals.map(m => `missed ${s.title}: ${m.text}`));
    assert.ok(a.r >= 0.9, `actual recall ${a.r.toFixed(3)}\n${detail.join('\n')}`);
  });

  it('top-level section F1 ≥ 0.95', () => {
    const h = prf(sum(scores.map(s => s.sections)));
    assert.ok(h.f >= 0.95, `section F1 ${h.f.toFixed(3)}`);
  });

  it('reads the document glossary (名词解释) exactly', () => {
    const g = prf(sum(scores.map(s => s.glossary)));
    assert.ok(g.f >= 0.95, `glossary F1 ${g.f.toFixed(3)}`);
  });
});
