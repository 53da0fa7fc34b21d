import { Random } from './random';

/** Common surnames with rough weights for Shandong (王, 张, 李, 刘 lead). */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 110], ['张', 95], ['李', 90], ['刘', 80], ['陈', 35], ['杨', 30], ['赵', 30], ['孙', 28], ['徐', 22],
  ['马', 20], ['高', 20], ['于', 18], ['周', 16], ['吴', 14], ['郭', 14], ['宋', 13], ['韩', 12], ['朱', 12],
  ['胡', 10], ['林', 9], ['何', 8], ['梁', 8], ['郑', 8], ['谢', 6], ['唐', 6], ['冯', 9], ['董', 10], ['曹', 8],
  ['程', 7], ['袁', 5], ['许', 7], ['吕', 7], ['苏', 5], ['田', 9], ['魏', 8], ['薛', 5], ['姜', 9], ['范', 6],
  ['石', 6], ['孔', 6], ['孟', 7], ['颜', 3], ['曾', 3], ['丁', 6], ['任', 6], ['崔', 7], ['贾', 5], ['宫', 3],
  ['秦', 5], ['侯', 5], ['邵', 4], ['毕', 3], ['尹', 4], ['房', 3], ['鲁', 3], ['单', 3], ['牟', 2], ['隋', 2],
];

const MALE_CHARS = '伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国志刚东海文博永庆德胜振兴立新'.split('');
const FEMALE_CHARS = '芳娜敏静丽艳娟霞秀英玲燕红梅琳洁婷雪慧颖倩晶萍佳欣怡淑兰凤桂玉翠荣春月'.split('');

export function personName(random: Random, gender: 'MALE' | 'FEMALE'): string {
  const chars = gender === 'MALE' ? MALE_CHARS : FEMALE_CHARS;
  const surname = random.weighted(SURNAMES);
  return random.chance(0.7) ? surname + random.pick(chars) + random.pick(chars) : surname + random.pick(chars);
}

/** Shop-sign words for handmade businesses. */
const TRADE_WORDS = ['匠心', '鲁艺', '齐风', '古韵', '锦绣', '巧手', '德艺', '华彩', '百工', '乡韵', '青禾', '福源', '泰和', '瑞祥', '同心', '聚宝', '嘉禾', '恒远', '宏艺', '润土'];

/** Trims a region name to the short form used in business names (潍坊市 → 潍坊, 寒亭区 → 寒亭). */
export function shortPlaceName(name: string): string {
  if (name.length <= 2) return name;
  return name.replace(/(自治县|新区|市|区|县)$/, '');
}

export function tradeWord(random: Random): string {
  return random.pick(TRADE_WORDS);
}
