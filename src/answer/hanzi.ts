// Traditional → simplified for matching only (quotes keep the document's own characters). Big5 gateway pages and
// Hong Kong/Taiwan sources are written in traditional characters while staff ask in simplified ones.
// The most frequent characters of government and housing texts; a character not listed is left as it is.
const TRADITIONAL =
  '萬與專業東絲兩嚴喪個豐臨為麗舉義烏樂喬習鄉書買亂爭於虧雲亞產畝親億僅從倉儀們價眾優會傘偉傳傷倫偽體餘傭僉' +
  '係俠侶來侖倆儉債傾僂償兒兌黨蘭關興養獸內岡冊寫軍農馮決況凍淨準幾鳳憑凱擊鑿劃劉則剛創刪別劑劍劇勸辦務動勵勁勞勢勛' +
  '區醫華協單賣盧衛卻廠廳歷厲壓厭縣參雙發變敘臺葉號嘆嚇嗎啟員響喚問啞團園圍圖圓聖場壞塊堅壇壩墳墜壘壯聲殼處備復夠' +
  '頭夾奪奮獎婦媽嬌孫學寧寶實寵審憲宮寬賓對尋導將爾塵嘗層屬岡峽島嶺嶼幣師帳帶幫幹並廣莊慶廬庫應廟廢開異棄張彌彎強歸當錄' +
  '徹徑從後憶憂懷態總恆惡悶懸驚慚慘慣擁據擬擴掃揚換揮損搖攜攝擺攔攏撥撫擔擋擠撈敗敵數斂斷旗時晝顯晉曉暫曬書會朧術樸機殺雜權條來楊極構樣' +
  '檢樓標樞樹橋歡歐殘毀氣漢湯溝沒溫滅濕灣滿漲災為煙煉熱燈爺牆狀獨獵貓獻環現瑣琿瓏產畫暢畢異療盡監盤盧眾睜礦碼確碩禮禍離種稱積' +
  '穩窮竊豎競筆築簡籃類糧糾紀約紅純紙級紛素紡索緊線練組細終經綁結絕給統絲綠維綜網綱緒續總績織繩縮繁繞繼纜罰羅罷' +
  '義聞聯聰職聽肅脈脅腦腳臉膚膠臺與興舊艦艷藝節範薦蘇蘋莖華莊萊菸蘿營蕭藥蘭虛蟲補裝製複褲襲覽視規親覺觀觸計訂認討讓訓議訊記講許論設訪證評識詞試詩話該詳語誤說請諸課誰調談謀謝謠譜護讀變貝負貢財責賢敗貨質販貪貧購貯貫貼賠賦資賞賜賴贊趕趙趨' +
  '躍車軌軟較載輔輕輛輝輸轉轟辦辭農這連週進遠違運過達遷遲選遺還邊鄧鄭醬釋鐘鋼錢錯鍵鎮鏡長門閃閉問間閱闊隊陽陰陣階際陸險隨隱' +
  '隻難雞離雲電須頂項順預領頻顆額顏願顧風飛飯館馬駐驗騰髮鬥魚鮮鳥鳴麥黃點齊齒龍龜價倫偉儀億';
const SIMPLIFIED =
  '万与专业东丝两严丧个丰临为丽举义乌乐乔习乡书买乱争于亏云亚产亩亲亿仅从仓仪们价众优会伞伟传伤伦伪体余佣佥' +
  '系侠侣来仑俩俭债倾偻偿儿兑党兰关兴养兽内冈册写军农冯决况冻净准几凤凭凯击凿划刘则刚创删别剂剑剧劝办务动励劲劳势勋' +
  '区医华协单卖卢卫却厂厅历厉压厌县参双发变叙台叶号叹吓吗启员响唤问哑团园围图圆圣场坏块坚坛坝坟坠垒壮声壳处备复够' +
  '头夹夺奋奖妇妈娇孙学宁宝实宠审宪宫宽宾对寻导将尔尘尝层属冈峡岛岭屿币师帐带帮干并广庄庆庐库应庙废开异弃张弥弯强归当录' +
  '彻径从后忆忧怀态总恒恶闷悬惊惭惨惯拥据拟扩扫扬换挥损摇携摄摆拦拢拨抚担挡挤捞败敌数敛断旗时昼显晋晓暂晒书会胧术朴机杀杂权条来杨极构样' +
  '检楼标枢树桥欢欧残毁气汉汤沟没温灭湿湾满涨灾为烟炼热灯爷墙状独猎猫献环现琐珲珑产画畅毕异疗尽监盘卢众睁矿码确硕礼祸离种称积' +
  '稳穷窃竖竞笔筑简篮类粮纠纪约红纯纸级纷素纺索紧线练组细终经绑结绝给统丝绿维综网纲绪续总绩织绳缩繁绕继缆罚罗罢' +
  '义闻联聪职听肃脉胁脑脚脸肤胶台与兴旧舰艳艺节范荐苏苹茎华庄莱烟萝营萧药兰虚虫补装制复裤袭览视规亲觉观触计订认讨让训议讯记讲许论设访证评识词试诗话该详语误说请诸课谁调谈谋谢谣谱护读变贝负贡财责贤败货质贩贪贫购贮贯贴赔赋资赏赐赖赞赶赵趋' +
  '跃车轨软较载辅轻辆辉输转轰办辞农这连周进远违运过达迁迟选遗还边邓郑酱释钟钢钱错键镇镜长门闪闭问间阅阔队阳阴阵阶际陆险随隐' +
  '只难鸡离云电须顶项顺预领频颗额颜愿顾风飞饭馆马驻验腾发斗鱼鲜鸟鸣麦黄点齐齿龙龟价伦伟仪亿';

const MAP = new Map<string, string>();
{
  const from = [...TRADITIONAL];
  const to = [...SIMPLIFIED];
  if (from.length !== to.length) throw new Error(`hanzi table mismatch: ${from.length} vs ${to.length}`);
  from.forEach((ch, i) => {
    if (ch !== to[i]) MAP.set(ch, to[i]);
  });
}

/** Traditional characters replaced by their simplified forms, one character for one (lengths stay equal). */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}
