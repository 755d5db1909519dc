/**
 * The header of a report: which government reports (`place`), for which year (`year`, the year
 * the report plans for) — read from the text only: the YAML front matter `title:`, the title line
 * (`2023年泉州市政府工作报告`, `南京市政府工作报告（2019年1月9日 蓝绍敏）`), the subtitle
 * (`——2025年1月13日在镇江市第九届人民代表大会第四次会议上`), the speaker line (`北京市市长 郭金龙`),
 * the opening sentence (`我代表上海市人民政府`) and, for the year, the first section headings
 * (`一、2016年工作回顾` → 2017).
 *
 * Places are recognised by their structure — a name ending in an administrative suffix (省, 市,
 * 自治区, 自治州, 地区, 盟, 县, 区, 旗 …) in one of those positions — never by a list of names.
 */
import type { LineSpan } from './text';
import { normalizeWidth } from './text';

/** Name of the national government in `place`. */
export const NATIONAL = '国务院';

const SUFFIX = '(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|省|市|州|盟|县|区|旗)';
/** A place name that is a whole administrative unit: at least one character before the suffix. */
const UNIT_RE = new RegExp(`^[\\u4e00-\\u9fa5]{1,16}?${SUFFIX}$`);
/** Words that end in a suffix but name no particular place (我市, 全省, 自治区 alone …). */
const GENERIC_RE = /^(?:[我本全各该此两三四五全外城省市州县区]|自治|特别行政|林|新|地|人民|城乡|省辖|地级|县级|市辖|直辖|开发|园)?(?:省|市|州|县|区|盟|旗|地区|自治区|自治州|自治县|特别行政区|新区)$/;
/** Units that can stand before another unit in a full name (泉州市鲤城区, 浙江省杭州市). Not bare 州. */
const PARENT_RE = /^[\u4e00-\u9fa5]{1,16}?(?:特别行政区|自治区|自治州|地区|省|市|盟)/;

// ---------------------------------------------------------------------------------------------
// front matter

export interface FrontMatter {
  /** Index (into the lines) of the closing `---`. */
  endIndex: number;
  /** Index of the `title:` line, or -1. */
  titleIndex: number;
  title: string | null;
}

/** The YAML front matter at the top of a Markdown file (`---` … `---`), if any. */
export function readFrontMatter(lines: LineSpan[]): FrontMatter | null {
  let i = 0;
  while (i < lines.length && i < 5 && !lines[i].text.trim()) i++;
  if (i >= lines.length || lines[i].text.trim() !== '---') return null;
  let titleIndex = -1;
  let title: string | null = null;
  for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
    const t = lines[j].text.trim();
    if (t === '---' || t === '...') return { endIndex: j, titleIndex, title };
    if (t.length > 400) return null;
    const m = /^title[ \t]{0,8}:/.exec(t);
    if (m && titleIndex < 0) {
      titleIndex = j;
      title = cleanTitle(t.slice(m[0].length).trim().replace(/^(["'])(.*)\1$/, '$2'));
    }
  }
  return null;
}

/**
 * A title as shown: blanks at the ends, Markdown emphasis and footnote markers removed, and a
 * title printed twice in a row (`2017年广州市政府工作报告2017年广州市政府工作报告`) once.
 */
export function cleanTitle(s: string): string {
  let t = s.replace(/\*\*|__|\[\^[^\]]{1,6}\]/g, '').replace(/^[#\s]+/, '').trimEnd();
  const h = t.length >> 1;
  if (t.length >= 8 && t.length % 2 === 0 && t.slice(0, h) === t.slice(h)) t = t.slice(0, h);
  return t;
}

/** True when a title names a report (not a subtitle, a speaker or a salutation). */
export function namesReport(title: string): boolean {
  return /报告|计划|规划|纲要/.test(title);
}

// ---------------------------------------------------------------------------------------------
// year

const CN_DIGIT: Record<string, string> = { '〇': '0', '○': '0', 'О': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** Compact form for matching: full-width digits narrowed, blanks and emphasis removed. */
function compact(s: string): string {
  return normalizeWidth(s).replace(/[\s*]+/g, '');
}

function cnYear(s: string): number {
  let d = '';
  for (const ch of s) d += CN_DIGIT[ch] ?? '';
  return d.length === 4 ? Number(d) : NaN;
}

function plausible(y: number): boolean {
  return y >= 1949 && y <= 2100;
}

/** The plan year of a report delivered on a date: from October on, a report plans for the next year. */
function planYearOfDate(year: number, month: number): number {
  return month >= 10 ? year + 1 : year;
}

/** The plan year given by a date (`2023年12月28日`, `一九九八年一月十四日`) in `s`, or null. */
export function yearOfDate(s: string): number | null {
  const c = compact(s);
  const d = /(?<!\d)((?:19|20)\d{2})年(\d{1,2})月/.exec(c);
  if (d && plausible(Number(d[1]))) return planYearOfDate(Number(d[1]), Number(d[2]));
  const k = /([〇○О零一二三四五六七八九]{4})年(十[一二]?|[一二三四五六七八九])月/.exec(c);
  if (k) {
    const y = cnYear(k[1]);
    if (plausible(y)) return planYearOfDate(y, CN_MONTH[k[2]]);
  }
  // 2023.12.28 / 2024-01-10 (page dates are chrome, but a subtitle may be written so)
  const n = /(?<!\d)((?:19|20)\d{2})[.\-/](\d{1,2})[.\-/]\d{1,2}(?!\d)/.exec(c);
  if (n && plausible(Number(n[1])) && Number(n[2]) <= 12) return planYearOfDate(Number(n[1]), Number(n[2]));
  return null;
}

/**
 * The plan year named by a title: a bare year (`2023年泉州市政府工作报告`, `（2012）`,
 * `2010政府工作报告`, `关于一九五八年度…`) first, else a date in the title (`（2011年12月26日 崔杰）` → 2012).
 */
export function yearOfTitle(title: string): number | null {
  const c = compact(title);
  // a year followed by 远景 (…和2010年远景目标纲要) is a horizon, not the plan year
  const re = /(?<!\d)((?:19|20)\d{2})(?!\d)(年(?:度)?(\d{1,2})月|年?远景)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(c))) {
    if (!m[2] && plausible(Number(m[1]))) return Number(m[1]);
  }
  const k = /([〇○О零一二三四五六七八九]{4})年(?!(?:十[一二]?|[一二三四五六七八九])月)/.exec(c);
  if (k && plausible(cnYear(k[1]))) return cnYear(k[1]);
  return yearOfDate(c);
}

/**
 * The plan year read from the first top-level headings and sentences of the body: the year under
 * review plus one (`一、2016年工作回顾`, `回顾2016年工作`, `2016年政府工作回顾`), or the year of the work
 * ahead (`二、2017年工作安排`, `2017年主要目标任务`).
 */
export function yearOfBody(body: string): number | null {
  const c = compact(body);
  const review = /((?:19|20)\d{2})年(?:以来|和“?十[一二三四五]五”?)?(?:的)?(?:政府)?(?:主要)?工作(?:的)?回顾|回顾((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:的)?(?:主要)?工作(?:总结|情况)/.exec(c);
  const plan = /((?:19|20)\d{2})年(?:的)?(?:政府)?(?:主要)?(?:工作(?:安排|任务|部署|建议|思路|重点)|(?:主要)?(?:目标任务|预期目标|发展目标|奋斗目标|重点工作)|各项(?:工作|任务))/.exec(c);
  const r = review ? Number(review[1] ?? review[2] ?? review[3]) + 1 : null;
  const p = plan ? Number(plan[1]) : null;
  if (r !== null && p !== null) return review!.index <= plan!.index ? r : p;
  return r ?? p;
}

// ---------------------------------------------------------------------------------------------
// place

/** The last administrative unit of a full name: 泉州市鲤城区 → 鲤城区, 浙江省杭州市 → 杭州市. */
export function lastUnit(name: string): string {
  let s = name;
  // a doubled suffix (中卫市市政府工作报告) is a slip
  s = s.replace(/(市|省|县|区)\1$/, '$1');
  for (let k = 0; k < 4; k++) {
    const m = PARENT_RE.exec(s);
    if (!m || m[0].length >= s.length) break;
    const rest = s.slice(m[0].length);
    if (!UNIT_RE.test(rest) || GENERIC_RE.test(rest)) break;
    s = rest;
  }
  return s;
}

/** `s` as a place name (its last unit), or null when it is no particular place. */
export function asPlace(s: string): string | null {
  if (!s || !UNIT_RE.test(s) || /政府|人民|代表|会议|委员|报告|记者|少数民族|[的第届次摄是了]/.test(s)) return null;
  const p = lastUnit(s);
  if (GENERIC_RE.test(p)) return null;
  const core = p.replace(SUFFIX_END_RE, '');
  // a name has two characters or more before its suffix (向市, 代省 are words, not places)
  // (克州, the short form of an autonomous prefecture, is one)
  if ((core.length < 2 && fullPrefecture(p) === null) || FUNCTION_RE.test(core)) return null;
  return p;
}

const SUFFIX_END_RE = new RegExp(`${SUFFIX}$`);
/** Words that stand before 省/市 in sentences (关于省人民政府…, 完成市十四届人大…). */
const FUNCTION_RE = /^(?:关于|对于|根据|按照|依照|通过|经过|完成|召开|执行|落实|贯彻|全体|各级|本届|上届|这次|此次)$|(?:完成|召开|执行|落实|贯彻|关于)$/;

/**
 * The name in the run of Chinese characters that ends at `end` in `s`: it starts after the last
 * 在 / 代表 / 受 / 向, or after a leading date (`日在`, `一九九八年一月十四日`).
 */
function nameBefore(s: string, end: number, strict = false): string {
  let start = end;
  while (start > 0 && start > end - 30 && /[\u4e00-\u9fa5〇○]/.test(s[start - 1])) start--;
  let run = s.slice(start, end);
  const d = run.lastIndexOf('代表');
  const cut = Math.max(run.lastIndexOf('在') + 1, d >= 0 ? d + 2 : 0, run.lastIndexOf('受') + 1);
  // in running text (，完成市十四届人大…) a name is known only after 在 / 代表 / a date / a dash
  if (strict && cut === 0 && start > 0 && !/[\d—─\-（(【\[“"《]/.test(s[start - 1])) return '';
  run = run.slice(cut);
  // a date just before the name: 15日兰州市 (digits cut the run) / 一九九八年一月十四日北京市
  if (start > 0 && /\d/.test(s[start - 1])) run = run.replace(/^[年月日号]+/, '');
  run = run.replace(/^[〇○零一二三四五六七八九十]+年(?:[一二三四五六七八九十]+月)?(?:[一二三四五六七八九十]+日)?/, '');
  // a speaker before the name: 韩正市长在上海市 is cut at 在; 市长上海市 keeps the last unit
  return run;
}

const CONGRESS_RE = /第?[一二三四五六七八九十\d]{1,3}届(?:全国)?人(?:民代表)?大/g;
const GOV_RE = /人民政府|革命委员会|人民委员会|政府(?=工作报告)/g;
const SPEAKER_RE = /^(?:[(（]?)([\u4e00-\u9fa5]{1,20}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|区|县|州|盟|旗))(?:人民政府|人民政府)?(?:常务副|副|代理|代)?(?:(?:省|市|区|县|州|盟|旗)?长|主席|专员)(?:[\s\u3000]*[\u4e00-\u9fa5·]{2,5})?[)）]?$/;

/** The government named by one header string (title, subtitle, speaker line, opening sentence), or null. */
export function placeIn(raw: string, opts: { opening?: boolean } = {}): string | null {
  // years go (上海市2003年政府工作报告); dates keep their month and day (1月13日在长春市)
  const s = compact(raw).replace(/<!--|-->/g, '').replace(/(?:19|20)\d{2}年度?/g, '');
  if (!s) return null;
  if (opts.opening ? /代表国务院/.test(s)
    : /全国人民代表大会|全国人大|^国务院|国务院(?:总理|政府工作报告)/.test(s)) return NATIONAL;
  // ——2025年1月13日在镇江市第九届人民代表大会第四次会议上
  for (const m of s.matchAll(CONGRESS_RE)) {
    const p = asPlace(nameBefore(s, m.index!, true));
    if (p) return p;
  }
  // 我代表上海市人民政府 / 泉州市鲤城区人民政府区长 / 2023年泉州市政府工作报告
  for (const m of s.matchAll(GOV_RE)) {
    const p = asPlace(nameBefore(s, m.index!).replace(/^[(（《]+/, ''));
    if (p) return p;
  }
  // 北京市市长 郭金龙 / 广西壮族自治区主席 陈武
  const sp = SPEAKER_RE.exec(s.length <= 40 ? s : '');
  if (sp) {
    const p = asPlace(sp[1]);
    if (p) return p;
  }
  return null;
}

/**
 * The place named by a title without an administrative suffix (`长春政府工作报告`), or by an
 * abbreviated autonomous prefecture (`黔西南州`): the full name as the report itself writes it
 * (`长春市`, `黔西南布依族苗族自治州`), or null.
 */
export function expandPlace(short: string, body: string): string | null {
  const stem = short.replace(/州$/, '');
  if (!/^[\u4e00-\u9fa5]{1,8}$/.test(stem) || (stem.length < 2 && !short.endsWith('州'))) return null;
  const re = new RegExp(`${stem}([\\u4e00-\\u9fa5]{0,8}?自治州|[\\u4e00-\\u9fa5]{0,8}?自治区|市|省|地区|盟|县)`, 'g');
  const counts = new Map<string, number>();
  for (const m of body.matchAll(re)) {
    const name = stem + m[1];
    if (short.endsWith('州') && !name.endsWith('州')) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best;
}

/** A bare name before 政府工作报告 in a title (`长春政府工作报告`, `黔西南州政府工作报告`), or null. */
export function shortNameOfTitle(title: string): string | null {
  const c = compact(title).replace(/[(（][^()（）]*[)）]/g, '').replace(/(?:19|20)\d{2}年?/g, '');
  const m = /([\u4e00-\u9fa5]{2,8})(?:人民)?政府工作报告/.exec(c);
  return m && !GENERIC_RE.test(m[1]) ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------
// the closed sets: provincial-level units and autonomous prefectures, whose reports often say only
// 我省 / 全区 or the short form (恩施州, 克州) — complete national lists, not the corpus's places

const PROVINCES = ('北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 '
  + '山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 内蒙古自治区 '
  + '广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区').split(' ');
const PREFECTURES = ('延边朝鲜族自治州 恩施土家族苗族自治州 湘西土家族苗族自治州 阿坝藏族羌族自治州 甘孜藏族自治州 '
  + '凉山彝族自治州 黔东南苗族侗族自治州 黔南布依族苗族自治州 黔西南布依族苗族自治州 楚雄彝族自治州 '
  + '红河哈尼族彝族自治州 文山壮族苗族自治州 西双版纳傣族自治州 大理白族自治州 德宏傣族景颇族自治州 '
  + '怒江傈僳族自治州 迪庆藏族自治州 临夏回族自治州 甘南藏族自治州 海北藏族自治州 黄南藏族自治州 '
  + '海南藏族自治州 果洛藏族自治州 玉树藏族自治州 海西蒙古族藏族自治州 昌吉回族自治州 博尔塔拉蒙古自治州 '
  + '巴音郭楞蒙古自治州 克孜勒苏柯尔克孜自治州 伊犁哈萨克自治州').split(' ');
const ETHNIC_RE = /(?:(?:朝鲜|土家|苗|藏|羌|彝|侗|布依|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|维吾尔)族?|柯尔克孜|哈萨克){0,4}(?:自治州|自治区|特别行政区|省|市)$/;
/** The short form of a full name: 恩施土家族苗族自治州 → 恩施, 广西壮族自治区 → 广西, 内蒙古自治区 → 内蒙古. */
function stemOf(full: string): string {
  const s = full.replace(ETHNIC_RE, '');
  return s.length >= 2 ? s : full.replace(/(?:自治州|自治区|特别行政区|省|市)$/, '');
}

/** The full name of an autonomous prefecture written short (恩施州, 黔西南州, 克州), or null. */
export function fullPrefecture(short: string): string | null {
  const stem = short.replace(/州$/, '');
  if (!stem || short === stem) return null;
  const hits = PREFECTURES.filter(p => stemOf(p) === stem || (stem.length === 1 && p.startsWith(stem)));
  return hits.length === 1 ? hits[0] : null;
}

/**
 * The province (or autonomous region, or municipality) of a report that names itself only as
 * 我省 / 全省 / 自治区 / 全区: the provincial-level unit whose name the body uses most, or null.
 * `level` is the suffix of the government that reports (省, 自治区, 市).
 */
export function provinceOfBody(body: string, level: string): string | null {
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const p of PROVINCES) {
    if (!p.endsWith(level)) continue;
    const stem = stemOf(p);
    if (!stem) continue;
    let n = 0;
    for (let i = body.indexOf(stem); i >= 0; i = body.indexOf(stem, i + stem.length)) n++;
    if (n > bestN) { second = bestN; bestN = n; best = p; } else if (n > second) second = n;
  }
  return best && bestN >= 3 && bestN >= 2 * second ? best : null;
}

/** The suffix of the reporting government as the opening names it (我代表省人民政府 → 省), or null. */
export function levelOf(opening: string): string | null {
  const m = /代表(省|市|自治区|自治州|州|地区|盟|区|县)(?:人民政府|政府|革命委员会|人民委员会)/.exec(compact(opening));
  return m ? m[1] : null;
}

/**
 * The reporting government named by its party committee in the body (在中共浙江省委的正确领导下):
 * the first 中共X委 whose X ends in the government's suffix `level` (any suffix when unknown).
 */
export function placeOfCommittee(body: string, level: string | null): string | null {
  for (const m of body.matchAll(/中共([\u4e00-\u9fa5]{2,12}?(?:省|市|自治区|自治州|州|地区|盟|县|区))委/g)) {
    const p = asPlace(m[1]);
    if (p && (!level || p.endsWith(level))) return p;
  }
  return null;
}
