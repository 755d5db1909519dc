/**
 * Page chrome of scraped reports: lines that belong to the web page, not to the report (forum
 * badges and footers, 索引号/发布机构 blocks, 附件下载, 扫一扫…, print/close links, related-article
 * links, bare URLs).
 *
 * Chrome is decided by the shape of the whole line, never by a word that report prose also uses:
 * a line with a full stop (。) is never chrome, and 微信 / 公众号 / www. / http… only make a *link
 * line* (`isLinkLine`), which Clean Up removes only next to other chrome (see cleanup.ts). Every
 * pattern here is anchored or bounded, so each test is linear in the line (checked by
 * scripts/check-core-regex.mjs).
 */

const PAGE_PATTERNS: RegExp[] = [
  // forum and portal navigation, user badges
  /设为首页|收藏本站|复制链接|显示全部楼层|只看该作者|签到天数|TA的每日心情|^Rank:|^\[LV\.\d+\]|阅读模式$/,
  /^查看:\s*\d+\s*\|\s*回复:/,
  // forum footer: 您需要登录后才可以回帖 登录 | 立即注册 / 本版积分规则 / 客服中心 / Powered by … / 快速回复 返回顶部 返回列表
  /^您需要登录后才可以|^登录\s*\|\s*立即注册$|^本版积分规则$|^客服中心$|^在线咨询$|^Powered by\s|^快速回复(?:\s+返回顶部)?(?:\s+返回列表)?$/,
  // download / share / print links
  /附件下载|扫一扫在手机上查看|在手机上查看当前页面|打印本页|关闭窗口|【打印】|【关闭】|(?:^|【)字号[:：]?\s{0,2}[大中小](?:\s{0,2}[大中小]){1,2}/,
  /^(?:相关解读|文字解读|图片解读|视频解读|访谈解读|媒体报道|相关链接|相关新闻|上一篇|下一篇)(?:\s{0,2}[:：]|$)/,
  // related-article list items: "- 标题 2023-01-02"
  /^-\s{1,4}\S.{1,59}\d{4}-\d{2}-\d{2}$/,
  /^时间[:：]\s{0,4}\d{4}-\d{2}-\d{2}/,
  /^发表于\s{0,4}\d{4}-/,
  /^一图读懂/,
];

/** Page metadata: a label and its value; a line with a comma or semicolon is prose, not metadata. */
const META_PATTERNS: RegExp[] = [
  // 索引号 …, 发布机构 …, 来源：…
  /^(?:•\s?)?(?:索\s{0,3}引\s{0,3}号|发布机构|公文生成日期|生成日期|组配分类|公开方式|主题分类|文\s{0,4}号|信息来源|发文机关|成文日期|发布日期|来源)(?:\s{0,4}[:：]|\s)\s{0,4}\S/,
  // a label typeset with blanks between its characters, and a value: 索 引 号：…, 分    类：…
  /^(?:•\s?)?[\u4e00-\u9fa5](?:[ \u3000]{1,6}[\u4e00-\u9fa5]){1,4}[ \u3000]{0,6}[:：][ \u3000]{0,6}[^\s:：]/,
];
const CLAUSE_MARKS = /[，,；;]/;

/** A line made only of bracketed page links: 【返回顶部】【打印本稿】【关闭本页】. */
const BRACKET_LINKS = /^(?:【[^【】\s]{1,6}】[ \u3000]{0,4}){1,8}$/;
const BRACKET_LINK_WORDS = /返回|打印|关闭|顶部|收藏|分享|字号/;

/** A bare URL, alone or after a short label: `- https://…`, `原文链接：http://…`, `www.….cn`. */
const BARE_URL = /^(?:[-*•]\s?)?(?:[^\s:：。，]{1,10}[:：]\s{0,2})?(?:https?:\/\/|www\.)\S+$/i;

/** YAML front matter lines (`---`, `title: …`): no page chrome, but not report prose either. */
const FRONT_MATTER_LINE = /^---$|^(?:title|date|author|tags|source|url):\s/;

/** Words of link and share lines; only the shape of the line can make such a line chrome. */
const LINK_WORDS = /微信|公众号|二维码|免费资料库|材料交流群|www\.|https?:\/\//i;
const SENTENCE_MARKS = /[。，；！？、“”]/;

/** True when a whole line is web-page chrome (front matter excluded; see isChromeLine). */
export function isPageChromeLine(line: string): boolean {
  const t = line.trim();
  // report paragraphs are long and end sentences; chrome is short and has no full stop
  if (!t || t.length > 120 || t.includes('。')) return false;
  if (BARE_URL.test(t)) return true;
  if (BRACKET_LINKS.test(t) && BRACKET_LINK_WORDS.test(t)) return true;
  for (const re of PAGE_PATTERNS) if (re.test(t)) return true;
  if (!CLAUSE_MARKS.test(t)) for (const re of META_PATTERNS) if (re.test(t)) return true;
  return false;
}

/** True for a YAML front matter line (`---`, `title: …`, `source: …`). */
export function isFrontMatterLine(line: string): boolean {
  return FRONT_MATTER_LINE.test(line.trim());
}

/**
 * True for a short line that mentions a link or a share channel (微信, 公众号, www., http…) and has
 * no sentence punctuation: chrome only when it stands next to other chrome (cleanup.ts decides).
 */
export function isLinkLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && LINK_WORDS.test(t) && !SENTENCE_MARKS.test(t);
}

/** True when a whole line is no report text: page chrome or front matter (what the analysis skips). */
export function isChromeLine(line: string): boolean {
  return isPageChromeLine(line) || isFrontMatterLine(line);
}
