// Precision of the built-in glossary's longest match: judged corpus hits (test/fixtures/glossary-precision.json)
// and the known false hits of issue 10 as regression cases; quoted-only short forms and senses.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GlossaryEntry, GlossaryIndex, GlossaryMatch, resolveSense } from '../../src/core/glossary';

const ROOT = path.join(__dirname, '../../..');
const entries = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data/glossary.json'), 'utf8')) as { entries: GlossaryEntry[] }).entries;
const index = new GlossaryIndex([{ id: 'builtin', label: 'Built-in glossary', entries }]);

/** The match covering `at` in `text`, or undefined. */
function matchAt(text: string, at: number): GlossaryMatch | undefined {
  return index.findAll(text).find(m => m.start <= at && at < m.end);
}
/** The terms of every match in `text`. */
function terms(text: string): string[] {
  return index.findAll(text).map(m => m.entry.term);
}

interface Judged { text: string; at: number; judged: string; ok: boolean; expect?: string | null }

describe('glossary precision: judged corpus hits', () => {
  const items = (JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/glossary-precision.json'), 'utf8')) as { items: Judged[] }).items;

  it('covers at least 6,000 judged hits (ten samples)', () => {
    assert.ok(items.length >= 6065, `${items.length} items`);
  });

  it('false hits ≤ 5 per 1,000 matches, and the hits judged right still read the same', () => {
    let matches = 0;
    const falseHits: string[] = [];
    const lost: string[] = [];
    for (const it of items) {
      const expect = it.expect !== undefined ? it.expect : it.ok ? it.judged : null;
      const m = matchAt(it.text, it.at);
      const got = m ? m.entry.term : null;
      if (got !== null) matches++;
      if (got !== null && got !== expect) falseHits.push(`${it.text} → ${got} (expected ${expect})`);
      else if (got === null && expect !== null) lost.push(`${it.text} → nothing (expected ${expect})`);
    }
    const rate = (falseHits.length / matches) * 1000;
    console.log(`      precision sample: ${matches} matches, ${falseHits.length} false (${rate.toFixed(1)} per 1,000), ${lost.length} lost`);
    assert.ok(rate <= 5, falseHits.join('\n'));
    assert.ok(lost.length <= items.length / 100, lost.join('\n'));
  });
});

describe('glossary precision: known false hits (issue 10)', () => {
  it('服务业 does not fire inside 现代服务业, 生产性服务业 or a sector name', () => {
    assert.deepStrictEqual(terms('加快发展现代服务业'), ['现代服务业']);
    assert.deepStrictEqual(terms('提升生产性服务业和生活性服务业'), ['生产性服务业', '生活性服务业']);
    assert.ok(!terms('大力发展养老服务业、科技服务业').includes('第三产业'));
    assert.deepStrictEqual(terms('促进服务业转型升级'), ['第三产业']);
  });
  it('小微企业 does not fire inside 中小微企业', () => {
    assert.deepStrictEqual(terms('落实中小微企业贷款贴息制度'), ['中小微企业']);
    assert.deepStrictEqual(terms('为5万户小微企业纾困解难'), ['小微企业']);
  });
  it('规划纲要 alone is no five-year plan outline', () => {
    assert.ok(!terms('实施长江三角洲区域一体化发展规划纲要').includes('国民经济和社会发展规划纲要'));
    assert.ok(!terms('编制乡村振兴规划纲要').includes('国民经济和社会发展规划纲要'));
  });
  it('外企 does not fire inside 境外企业, 省外企业 or 国内外企业', () => {
    for (const t of ['引导境外企业来我市投资', '吸引省外企业落户', '国内外企业竞相入驻']) assert.ok(!terms(t).includes('外企'), t);
    assert.ok(terms('央企、外企、民企合作').includes('外企'));
  });
  it('新动能 does not fire inside 创新动能', () => {
    assert.ok(!terms('激发创新动能').includes('新动能'));
    assert.ok(terms('培育发展新动能').includes('新动能'));
  });
  it('三资 does not fire inside 三资企业, which has its own entry', () => {
    assert.deepStrictEqual(terms('积极发展“三资”企业'), ['三资企业']);
    assert.deepStrictEqual(terms('加强农村集体“三资”管理'), ['三资']);
  });
  it('财政部 does not fire inside 财政部门', () => {
    assert.ok(!terms('各级财政部门要加强预算管理').includes('财政部'));
    assert.ok(terms('获财政部批准').includes('财政部'));
  });
  it('高企 does not fire in 房价高企 or 成本高企', () => {
    for (const t of ['房价高企', '企业成本高企', '库存高企']) assert.ok(!terms(t).includes('高企'), t);
    assert.ok(terms('全市高企数量突破1000家').includes('高企'));
  });
  it('screened short keys: 加入世界, 第三医院, 三公里, 全民企业, 一件事情, 年度计划投资', () => {
    assert.ok(!terms('加入世界贸易组织').includes('入世'));
    assert.ok(terms('加入世贸组织').includes('入世'));
    assert.deepStrictEqual(terms('市第三医院'), []);
    assert.ok(!terms('步行三公里').includes('三公'));
    assert.ok(!terms('全民企业、集体企业').includes('民企'));
    assert.ok(!terms('一件事情接着一件事情办').includes('一件事'));
    assert.ok(!terms('年度计划投资378亿元').includes('国民经济和社会发展计划'));
  });
});

describe('glossary: quoted-only short forms', () => {
  it('十五 and 八五 are terms only in quotes', () => {
    assert.deepStrictEqual(terms('第十五届人民代表大会').filter(t => t === '十五'), []);
    assert.ok(terms('“十五”期间').includes('十五'));
    assert.ok(terms('实施“十五”计划').includes('十五'), 'the alias matches');
    assert.deepStrictEqual(terms('一九八五年'), []);
  });
  it('an exact look-up finds a quoted-only term without quotes', () => {
    assert.strictEqual(index.get('十五')?.entry.term, '十五');
    assert.strictEqual(index.get('两高')?.entry.term, '两高');
  });
  it('lookupAt honours quoted-only terms too', () => {
    assert.strictEqual(index.lookupAt('第十五届', 1), null);
    assert.strictEqual(index.lookupAt('“十五”时期', 2)?.entry.term, '十五');
  });
});

describe('glossary: several senses chosen by nearby words', () => {
  const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
  it('两新: equipment renewal and trade-ins, or new economic and social organisations', () => {
    assert.match(at('推动“两新”政策加力扩围，大规模设备更新', '两新')!.definition, /设备更新/);
    assert.match(at('加强“两新”组织党建工作', '两新')!.definition, /新经济组织/);
  });
  it('三新: new industries … or new stage, philosophy and pattern', () => {
    assert.match(at('“三新”经济增加值占比', '三新')!.definition, /新产业/);
    assert.match(at('立足新发展阶段，贯彻“三新”要求', '三新')!.definition, /新发展阶段/);
  });
  it('三资: rural collective assets, or foreign-invested firms by context', () => {
    assert.match(at('加强农村集体“三资”管理', '三资')!.definition, /资金、资产、资源/);
    assert.match(at('利用外资，“三资”发展', '三资')!.definition, /外商独资/);
  });
  it('三项制度: SOE labour, personnel and pay, or law-enforcement systems', () => {
    assert.match(at('全面落实“三项制度”，规范公正文明执法', '三项制度')!.definition, /执法公示/);
    assert.match(at('推行“三项制度”，深化国有企业劳动用工改革', '三项制度')!.definition, /劳动/);
    assert.strictEqual(at('全面推行行政执法“三项制度”', '行政执法三项制度')?.term, '行政执法三项制度');
    assert.match(at('深化国有企业“三项制度”改革', '三项制度改革')!.definition, /劳动/);
  });
  it('八五: the legal-education plan by default, the five-year plan next to 时期', () => {
    assert.match(at('比“八五”时期增长', '八五')!.definition, /第八个五年计划/);
    assert.match(at('开展“八五”宣传', '八五')!.definition, /普法/);
  });
  it('resolveSense keeps the entry when no cue is near, and copies it otherwise', () => {
    const e = index.get('两新')!.entry;
    assert.strictEqual(resolveSense(e, '推动两新', 2, 4), e);
    const r = resolveSense(e, '两新组织党建', 0, 2);
    assert.notStrictEqual(r, e);
    assert.strictEqual(r.term, '两新');
  });
});

describe('glossary precision: second-sample false hits', () => {
  it('国有“三资” and 农业“小巨人” read their own sense; 规模经营主体 and 港航服务业 are no market entity or tertiary industry', () => {
    const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
    assert.match(at('盘活国有“三资”', '三资')!.definition, /国有/);
    assert.match(at('重点推进农业“小巨人”振兴行动计划', '小巨人')!.definition, /各地各行业/);
    assert.deepStrictEqual(terms('对从事粮棉生产的规模经营主体给予奖补'), []);
    assert.ok(!terms('发展海事法律等高端港航服务业').includes('第三产业'));
  });
});

describe('glossary precision: keys added for the long tail', () => {
  it('强省会 is no term in 增强省会城市功能; 三线 and 五型 only in quotes', () => {
    assert.ok(!terms('增强省会城市功能').includes('强省会'));
    assert.ok(terms('实施强省会行动').includes('强省会'));
    assert.ok(!terms('三线城市').includes('三线'));
    assert.ok(terms('落实“三线”管控').includes('三线'));
    assert.ok(!terms('加大城管执法力度').includes('大城管'));
    assert.ok(!terms('做好随军家属工作安置').includes('家属工'));
  });
});

describe('glossary precision: fourth-sample false hits (by family)', () => {
  const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
  it('X生产总值 that is no regional GDP: 国民 (GNP), 海洋, 农业/工业 output value', () => {
    assert.deepStrictEqual(terms('提前实现了本世纪末国民生产总值比1980年翻两番的目标'), ['国民生产总值']);
    assert.deepStrictEqual(terms('全市海洋生产总值增长8%'), ['海洋生产总值']);
    assert.deepStrictEqual(terms('工农业生产总值增长'), []);
    assert.deepStrictEqual(terms('全市生产总值达到12657亿元'), ['地区生产总值']);
  });
  it('城市居民人均可支配收入 is the urban figure, not all residents', () => {
    assert.deepStrictEqual(terms('城市居民人均可支配收入达到11651.4元'), ['城镇居民人均可支配收入']);
    assert.deepStrictEqual(terms('全体居民人均可支配收入增长9%'), ['全体居民人均可支配收入']);
  });
  it('新发展理念 / 新发展格局 not inside 创新发展理念, 创新发展格局', () => {
    assert.ok(!terms('领会中央精神，创新发展理念，把握发展规律').includes('新发展理念'));
    assert.ok(!terms('形成协同创新发展格局').includes('新发展格局'));
    assert.ok(terms('完整、准确、全面贯彻新发展理念').includes('新发展理念'));
  });
  it('common words and event names: 健康中国人, 两重天, 一奖两会, 分两步走, 从严打击, 轻工业投资, 政策直达机制, 商业服务业', () => {
    assert.ok(!terms('贯彻实施“健康中国人”行动计划').includes('健康中国'));
    assert.ok(terms('实施健康中国重庆行动').includes('健康中国'));
    assert.deepStrictEqual(terms('针对新老城区“两重天”、违章建筑'), []);
    assert.ok(terms('紧扣“两重”等政策措施').includes('两重'));
    assert.ok(!terms('成功举办“一奖两会”，扩大了广州的国际影响力').includes('两会'));
    assert.ok(!terms('续办好“两会一节”').includes('两会'));
    assert.ok(terms('刚刚结束的省“两会”').includes('两会'));
    assert.deepStrictEqual(terms('对国营大中型企业，要分两步走。第一步'), []);
    assert.ok(!terms('依法从严打击违法犯罪').includes('严打'));
    assert.ok(!terms('严管严打违建').includes('严打'));
    assert.ok(terms('深入开展严打整治斗争').includes('严打'));
    assert.deepStrictEqual(terms('要适当增加轻工业投资'), []);
    assert.ok(!terms('健全民营企业政策直达机制').includes('直达资金'));
    assert.ok(terms('完善财政资金直达机制').includes('直达资金'));
    assert.ok(!terms('全面落实商业服务业迎奥运三年行动计划').includes('第三产业'));
  });
  it('年度计划 alone is any annual plan, 村集体经济 the rural collective economy, 中央人民政府 its own entry', () => {
    assert.deepStrictEqual(terms('省下达的新增建设用地年度计划指标'), []);
    assert.deepStrictEqual(terms('完成年度计划的112%'), []);
    assert.deepStrictEqual(terms('国民经济和社会发展年度计划'), ['国民经济和社会发展计划']);
    assert.deepStrictEqual(terms('搭建区级农村集体经济发展平台'), ['农村集体经济']);
    assert.deepStrictEqual(terms('发展壮大新型农村集体经济'), ['新型农村集体经济']);
    assert.deepStrictEqual(terms('这一级行政机构已在今年六月由中央人民政府决定撤销了'), ['中央人民政府']);
    assert.deepStrictEqual(terms('经国务院批准设立'), ['国务院']);
  });
  it('senses: agricultural “三品” and 三品一特, 科技成果“三权”, 动态清零 beyond COVID', () => {
    assert.deepStrictEqual(terms('加强“三品一特”安全监管'), ['三品一特']);
    assert.match(at('农产品“三品”认证数量', '三品')!.definition, /无公害/);
    assert.match(at('实施消费品工业“三品”专项行动', '三品')!.definition, /增品种/);
    assert.match(at('高校职务科技成果“三权”改革走在全国前列', '三权')!.definition, /处置权/);
    assert.match(at('保障进城落户农民“三权”权益', '三权')!.definition, /宅基地/);
    assert.match(at('深化农村“三权”改革', '三权')!.definition, /承包权/);
    assert.doesNotMatch(at('完成农村危房改造动态清零', '动态清零')!.definition, /^新冠/);
    assert.match(at('坚持“外防输入、内防反弹”总策略和“动态清零”总方针', '动态清零')!.definition, /^新冠/);
  });
});

describe('glossary precision: matches whose edge cuts another word (segmenter screen)', () => {
  it('人大, 政协, 低保, 医保, 民企, 外企, 大数据 and others do not fire across a word boundary', () => {
    const none: Array<[string, string]> = [
      ['改扩建市老年人大学', '人民代表大会'], ['中以机器人大会', '人民代表大会'], ['抓紧建设人大附中通州校区', '人民代表大会'],
      ['推进行政协调', '中国人民政治协商会议'], ['组织办公经费最低保障标准', '最低生活保障'], ['培育中医保健、休闲养生', '医保'],
      ['新时代农民企业家', '民企'], ['推动涉外企业环境改善', '外企'], ['核准目录外企业投资项目', '外企'],
      ['加大数据汇聚和服务提升力度', '大数据'], ['壮大数据信息产业规模', '大数据'], ['成新疆软件园和三大数据库', '大数据'],
      ['盖面扩大到所有非国有企业', '国有企业'], ['开展非上市公司代办股份转让', '上市公司'], ['标准作业图、标准地址库', '标准地'],
      ['构建“三保险、四救助”', '三保'], ['建设用地“双减量”试点', '双减'], ['“一老三新”中心城区', '三新'],
      ['积极投入世博会筹办工作', '入世'], ['实行财务总监委派制', '监察委员会'], ['加强产业链主要环节资源整合', '链主'],
      ['农产品集采集配信息化平台', '集中带量采购'], ['“机关良好形象工程”继续深入', '形象工程'], ['井盖下陷等城市病害', '城市病'],
      ['保障房地产市场平稳健康发展', '保障性住房'], ['巩固投资强势', '固投'],
    ];
    for (const [text, term] of none) assert.ok(!terms(text).includes(term), `${text} → ${term}`);
    assert.ok(terms('办理人大代表建议和政协委员提案').includes('人民代表大会'));
    assert.ok(terms('大力发展大数据产业').includes('大数据'));
    assert.ok(terms('加快国有企业改革').includes('国有企业'));
    assert.deepStrictEqual(terms('亚洲基础设施投资银行落户北京'), ['亚洲基础设施投资银行']);
  });
});

describe('glossary precision: fifth-sample false hits', () => {
  const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
  it('管理委员会 of other commissions, 三北大通道, 粮食生产“五保”, forestry 绿色通道, 社会主义现代化强国 before 2017', () => {
    assert.deepStrictEqual(terms('组建新的国有资产管理委员会'), ['国务院国有资产监督管理委员会']);
    assert.deepStrictEqual(terms('成立城市管理委员会'), []);
    assert.ok(terms('济南经济开发区管委会').includes('管理委员会'));
    assert.deepStrictEqual(terms('加快推进三北大通道明水至哈密高速公路'), []);
    assert.ok(terms('推进“三北”工程建设').includes('三北'));
    assert.match(at('实行粮食生产“五保”、五到户', '五保')!.definition, /因文而异/);
    assert.match(at('农村五保供养标准', '五保')!.definition, /保吃/);
    assert.match(at('抓好防沙治沙、退耕还林还草、绿色通道和再造林场工程建设', '绿色通道')!.definition, /绿化/);
    assert.match(at('开辟项目审批绿色通道', '绿色通道')!.definition, /快速办理/);
    assert.match(at('毛主席留给我们的建设社会主义现代化强国的遗愿', '社会主义现代化强国')!.definition, /^把我国建设成为/);
  });
});

describe('glossary precision: terms read in reports older than their current sense', () => {
  const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
  it('三大工程, 中央八项规定, 百千万工程, 自贸区, 双增双减', () => {
    assert.match(at('协同监管、信用监管三大工程', '三大工程')!.definition, /^一地确定/);
    assert.match(at('推进保障性住房建设等“三大工程”', '三大工程')!.definition, /^保障性住房建设/);
    assert.match(at('厉行节约、制止奢侈浪费的中央八项规定', '中央八项规定')!.definition, /90年代/);
    assert.match(at('锲而不舍落实中央八项规定精神', '中央八项规定')!.definition, /^2012年/);
    assert.match(at('实施教师队伍建设“百千万工程”', '百千万')!.definition, /所指各地不同/);
    assert.match(at('实施“百千万工程”，掀起强县促镇带村的火热实践', '百千万')!.definition, /广东/);
    assert.deepStrictEqual(terms('抓住中国—东盟自贸区全面建成的机遇'), ['中国—东盟自由贸易区']);
    assert.deepStrictEqual(terms('复制推广上海自贸区经验'), ['自由贸易试验区']);
    assert.deepStrictEqual(terms('中心城区积极推行“双增双减”'), []);
  });
});

describe('glossary precision: sixth-sample false hits', () => {
  const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
  it('万人大转移, 城市居民年人均可支配收入, 应保尽保 of insurance, a local “小巨人”', () => {
    assert.deepStrictEqual(terms('拆迁数千户，万人大转移'), []);
    assert.deepStrictEqual(terms('城市居民年人均可支配收入11228元'), ['城镇居民人均可支配收入']);
    assert.match(at('稻等大宗粮食品种农业保险争取实现应保尽保', '应保尽保')!.definition, /保险/);
    assert.doesNotMatch(at('培育一批具有较强市场竞争力的专业化“小巨人”', '小巨人')!.definition, /^专精特新/);
    assert.match(at('新增国家级“小巨人”企业12家', '小巨人')!.definition, /^专精特新/);
    assert.deepStrictEqual(terms('新增专精特新“小巨人”企业300家'), ['专精特新“小巨人”企业']);
  });
});

describe('glossary precision: common-word terms keep their general sense', () => {
  const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
  it('阳光工程 of transparency vs labour training; 畅通工程 of any road works', () => {
    assert.match(at('推进政务公开和“阳光工程”', '阳光工程')!.definition, /^公开透明/);
    assert.match(at('农民工培训“阳光工程”', '阳光工程')!.definition, /^政府公共财政支持的农村劳动力/);
    assert.match(at('实施农村公路畅通工程', '畅通工程')!.definition, /各地所指不同/);
  });
});

describe('glossary precision: seventh-sample false hits', () => {
  const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
  it('a positive 形象工程 and a non-credit 黑名单', () => {
    assert.match(at('逐项推进“城市形象工程”规划设计', '形象工程')!.definition, /褒义/);
    assert.match(at('坚决杜绝劳民伤财的“形象工程”', '形象工程')!.definition, /劳民伤财/);
    assert.match(at('走出了世界十大空气污染城市“黑名单”', '黑名单')!.definition, /负面名单/);
  });
});

describe('glossary precision: eighth-sample false hits', () => {
  it('限额以上 of 1950s construction is no trade statistics threshold', () => {
    const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
    assert.match(at('这一年继续施工和开始施工的限额以上的工矿企业共有六百四十二个', '限额以上')!.definition, /基本建设/);
    assert.match(at('新增限额以上批零住餐企业46家', '限额以上')?.definition ?? '', /批发业/);
  });
});

describe('glossary precision: ninth-sample false hits', () => {
  it('美国企图, 咨询服务业, 社保 of assistance', () => {
    const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
    assert.deepStrictEqual(terms('指出这是美国企图用核武器'), []);
    assert.ok(terms('深化市属国企改革').includes('国有企业'));
    assert.ok(!terms('大力发展咨询服务业').includes('第三产业'));
    assert.match(at('提高养老、低保、特困、孤儿等6项社保救助标准', '社保')!.definition, /社会保障/);
  });
});

describe('glossary precision: tenth-sample false hits', () => {
  it('“三保三压”, 三公（工）, “两高” ship types', () => {
    const at = (text: string, term: string) => index.findAll(text).find(m => m.entry.term === term)?.entry;
    assert.ok(!terms('坚决实行“三保三压”，调整固定资产投资规模').includes('三保'));
    assert.deepStrictEqual(terms('建立三公（工）联网协同机制'), []);
    assert.ok(terms('严控“三公”经费').includes('三公经费'));
    assert.match(at('引导船舶产业在“两高”船型和高端配套设备上集中突破', '两高')!.definition, /附加值/);
    assert.match(at('坚决遏制“两高”项目盲目发展', '两高项目')?.definition ?? at('坚决遏制“两高”盲目发展', '两高')!.definition, /高耗能/);
  });
});
