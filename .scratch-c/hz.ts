import { toSimplified } from '../src/answer/hanzi.js';
console.log(toSimplified('住房和城鄉建設部副部長黃艷，國務院政策例行吹風會，城鎮老舊小區改造，優化服務，區縣'));
