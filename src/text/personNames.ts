// Whether a short run of characters reads as a Chinese person's name: a common surname (single or compound) and one or
// two given-name characters, and not a word of its own ("项目", "文件"). Used where a name stands alone, with no label or role word to say it is one ("欧阳晨" on
// the line under a proposal's title).
import { getJieba } from './tokenizer.js';

/**
 * Single-character surnames: the most frequent ~250 as used today, then the rest of the 百家姓 and a few common today
 * (初), leaving out characters that mostly open ordinary words (水, 国, 宣, 支, 储…: "宣传部" is no name).
 */
export const SINGLE_SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
    + '奚昌凤酆傅萧湛禹狄茅昝裘贲钮嵇荀於芮羿汲邴糜隗宓蓬郗钭厉戎韶郜蓟邰鄂赖蔺屠胥莘贡逄郦雍璩濮扈冀郏浦阎慕宦庾暨衡弘匡阙殳沃蔚厍晁勾訾阚鞠巢蒯荆竺逯桓初'],
);
/** Compound surnames. */
export const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '独孤', '端木', '南宫', '西门', '百里', '呼延'];
/**
 * The 百家姓's rarer compound surnames, for readers that find a name by where it stands (askedPerson.ts); not those
 * that open place or ordinal words (第五, 东门, 南门).
 */
export const RARER_COMPOUND_SURNAMES = [
  '万俟', '闻人', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '仲孙', '轩辕', '钟离', '鲜于', '闾丘', '亓官', '司寇', '仉督', '子车',
  '颛孙', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '谷梁', '段干', '东郭', '羊舌', '微生', '梁丘', '左丘', '公羊', '赫连', '司空',
];

/** A unit's or office's last word: what the rest before a name, or a body holding a role, ends with (市住建局, 征收办, 物业服务中心, 12345热线). */
export const UNIT_WORDS = [
  '局', '委', '办', '厅', '部', '处', '科', '室', '股', '中心', '站', '所', '院', '会', '公司', '政府', '街道', '社区', '窗口', '热线', '大厅', '单位',
  '部门', '组', '队', '集团', '银行', '医院', '学校', '小区', '物业', '平台', '服务台', '前台', '官网', '网站', '邮箱', '机关', '办事处', '管委会', '分局',
  '支队', '大队', '中队',
];

/** "欧阳晨", "黎文静", "王 明" (spaces between the characters, as forms align them): a surname and a one- or two-character given name. */
export function looksLikePersonName(text: string): boolean {
  const name = text.replace(/[\s\u3000]+/gu, '');
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return false;
  const words = getJieba().tag(name, false);
  if (words.length === 1 && !/^nr/u.test(words[0].tag)) return false;
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  if (compound) return name.length - compound.length >= 1 && name.length - compound.length <= 2;
  return SINGLE_SURNAMES.has(name[0]) && name.length <= 3;
}
