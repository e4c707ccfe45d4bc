import { topicOf } from './src/draft/parseProposal.js';
for (const t of ['推动机关事业单位、国有企业和商业综合体的内部停车场在夜间和节假日向周边老旧小区居民错时开放共享停车资源',
 '建议市住建局会同市财政局加快研究制定既有住宅加装电梯财政补贴和住房公积金提取使用的具体实施办法',
 '要进一步加强对老旧小区改造工程质量安全的全过程监管，确保改造质量',
 '政府主导，合力推进老旧小区改造工作',
 '应当加快推进城镇老旧小区改造。',
 'Promote shared parking between offices and residential communities at night time and weekends',
]) console.log(topicOf(t).length, topicOf(t));
