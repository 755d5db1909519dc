/**
 * Page chrome of scraped reports: lines that belong to the web page, not to the report
 * (forum badges, 索引号/发布机构 blocks, 附件下载, 扫一扫…, WeChat ads, related-article links).
 */

const CHROME_PATTERNS: RegExp[] = [
  /设为首页|收藏本站|\[复制链接\]|复制链接|显示全部楼层|阅读模式|只看该作者|签到天数|TA的每日心情|^\s*Rank:|^\s*\[LV\.\d+\]/,
  /^\s*查看:\s*\d+\s*\|\s*回复:/,
  /^\s*(?:•\s*)?(?:索\s*引\s*号|发布机构|公文生成日期|生成日期|组配分类|公开方式|主题分类|文\s*号|信息来源|发文机关|成文日期|发布日期|来源)\s*[:：\s]/,
  /附件下载|扫一扫在手机上查看|在手机上查看当前页面|打印本页|关闭窗口|【打印】|【关闭】|字号[:：]?\s*[大中小]/,
  /^\s*(?:相关解读|文字解读|图片解读|视频解读|访谈解读|媒体报道|相关链接|相关新闻|上一篇|下一篇)\s*[:：]?/,
  /微信|公众号|免费资料库|材料交流群|www\.|https?:\/\//i,
  /^\s*-\s+.{2,60}\d{4}-\d{2}-\d{2}\s*$/,
  /^\s*时间[:：]\s*\d{4}-\d{2}-\d{2}/,
  /^\s*发表于\s*\d{4}-/,
  /^\s*一图读懂/,
  /^---\s*$|^(?:title|date|author|tags|source|url):\s/,
];

/** True when a whole line is page chrome. */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  // report paragraphs are long; chrome is short — never drop a paragraph of the report
  if (!t || t.length > 120) return false;
  for (const re of CHROME_PATTERNS) if (re.test(t)) return true;
  return false;
}
