// "王某某的电话", "征收办赵某怎么联系？", "李某的住址": questions after one person's contact details or identity data.
// The same words about a unit ("市住建局的电话", "征收办怎么联系") ask for a public office line and stay answerable.
import { UNIT_WORDS } from '../text/personNames.js';

const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';

/** Words after which the rest names a unit, not a person: 市住建局, 征收办, 物业服务中心, 12345热线. */
const UNIT_END = new RegExp(`(?:${UNIT_WORDS.join('|')})$`);
/** A person named or titled: 王某某, 赵某, 张先生, 李主任. */
const PERSON_TITLE = /(?:某+|先生|女士|同志|师傅|老师|主任|局长|科长|处长|股长|所长|站长|经理|书记|委员|代表|承办人|经办人|联系人|提案人|建议人|业主|住户|居民|本人)$/;
const CONTACT_TARGET = /(?:的)?(?:电话|电话号码|手机号?码?|联系方式|联系电话|号码|微信|住址|家庭住址|地址|家在哪|住在哪|身份证号?码?|证件号码?)/;

function looksLikePerson(name: string): boolean {
  const n = name.replace(/^(?:请问|问一下|我想知道|帮我查一下|查一下|查询|告诉我|给我)/, '').trim();
  if (n === '' || UNIT_END.test(n)) return false;
  if (PERSON_TITLE.test(n)) return true;
  // A bare Chinese name: a common surname and one or two more characters (the last part of "征收办赵某" as well).
  const tail = /([\u4e00-\u9fff]{2,3})$/.exec(n)?.[1] ?? '';
  return tail.length >= 2 && COMMON_SURNAMES.includes(tail[0]) && (n === tail || UNIT_END.test(n.slice(0, -tail.length)));
}

/** True when the question asks how to reach, or where lives, a named or titled person. */
export function asksForPersonContact(question: string): boolean {
  const q = question.normalize('NFKC').replace(/\s+/g, '');
  for (const m of q.matchAll(new RegExp(`([\\u4e00-\\u9fffA-Za-z]{1,12}?)${CONTACT_TARGET.source}`, 'g'))) {
    if (looksLikePerson(m[1])) return true;
  }
  for (const m of q.matchAll(/([\u4e00-\u9fffA-Za-z]{1,12}?)(?:要|该|应该|应|可以|能)?(?:怎么|如何|怎样|去哪里?|在哪里?)(?:才能)?(?:联系|找到|找|联络)/g)) {
    if (looksLikePerson(m[1])) return true;
  }
  for (const m of q.matchAll(/(?:联系|联络|找到|打给)(?!方式|电话|方法|人|地址)(?:上|到)?([\u4e00-\u9fffA-Za-z]{2,12}?)(?:的方式|的办法|要|该|怎么|吗|？|\?|$)/g)) {
    if (looksLikePerson(m[1])) return true;
  }
  return false;
}
