import fs from 'node:fs';
import { parseCsvRecords } from '../shared/files/csv';
import { referenceFile } from '../shared/files/project-root';

export const CATEGORY_NUMERALS: Record<string, string> = {
  FOLK_LITERATURE: 'Ⅰ', TRADITIONAL_MUSIC: 'Ⅱ', TRADITIONAL_DANCE: 'Ⅲ', TRADITIONAL_THEATRE: 'Ⅳ', QUYI: 'Ⅴ',
  TRADITIONAL_SPORTS: 'Ⅵ', TRADITIONAL_ART: 'Ⅶ', TRADITIONAL_CRAFTSMANSHIP: 'Ⅷ', TRADITIONAL_MEDICINE: 'Ⅸ', FOLK_CUSTOM: 'Ⅹ',
};

export interface RealCraftRow {
  nameZh: string;
  nameEn: string;
  category: string;
  level: string | null;
  year: number | null;
  batch: number | null;
  nationalNumber: string | null;
  regionCode: string;
  verified: boolean;
  sourceNote: string;
}

/** The real Shandong craft items shipped in reference/ich-crafts-shandong.csv. */
export function realCraftRows(): RealCraftRow[] {
  const text = fs.readFileSync(referenceFile('ich-crafts-shandong.csv'), 'utf8');
  return parseCsvRecords(text).map((r) => ({
    nameZh: r.name_zh,
    nameEn: r.name_en,
    category: r.category,
    level: r.level || null,
    year: r.year ? Number(r.year) : null,
    batch: r.batch ? Number(r.batch) : null,
    nationalNumber: r.national_number || null,
    regionCode: r.region_code,
    verified: r.verified === 'yes',
    sourceNote: r.source_note,
  }));
}

/**
 * Name patterns for generated items by category: `{p}` is a short place
 * name. Crafts dominate because the programme is about handmade work.
 */
export const GENERATED_ITEM_PATTERNS: ReadonlyArray<readonly [string, number, readonly string[]]> = [
  ['TRADITIONAL_CRAFTSMANSHIP', 34, ['{p}黑陶烧制技艺', '{p}柳编技艺', '{p}土布纺织技艺', '{p}酱菜制作技艺', '{p}古琴制作技艺', '{p}木作营造技艺', '{p}锡器制作技艺', '{p}煎饼制作技艺', '{p}老粗布织造技艺', '{p}酿酒技艺', '{p}香油制作技艺', '{p}砚台制作技艺']],
  ['TRADITIONAL_ART', 26, ['剪纸（{p}剪纸）', '木雕（{p}木雕）', '面塑（{p}面塑）', '刺绣（{p}刺绣）', '泥塑（{p}泥塑）', '年画（{p}年画）', '石刻（{p}石刻）', '草编（{p}草编）', '葫芦烙画（{p}葫芦烙画）', '内画（{p}内画）']],
  ['FOLK_LITERATURE', 6, ['{p}民间故事', '{p}传说']],
  ['TRADITIONAL_MUSIC', 6, ['{p}鼓吹乐', '{p}唢呐']],
  ['TRADITIONAL_DANCE', 6, ['{p}秧歌', '{p}花鼓']],
  ['TRADITIONAL_THEATRE', 5, ['{p}吕剧', '{p}柳腔', '{p}茂腔']],
  ['QUYI', 4, ['{p}渔鼓', '{p}大鼓']],
  ['TRADITIONAL_SPORTS', 4, ['{p}螳螂拳', '{p}杂技']],
  ['TRADITIONAL_MEDICINE', 4, ['{p}膏方制作技艺', '{p}正骨疗法']],
  ['FOLK_CUSTOM', 5, ['{p}庙会', '{p}花灯会']],
];

/** Provincial ICH batch years (1st 2006 … 6th 2023). */
export const PROVINCIAL_BATCH_YEARS = [2006, 2009, 2013, 2016, 2021, 2023];

/** Shandong revitalisation catalogue categories and the ICH categories they draw on. */
export const REVITALIZATION_CODES = ['FRZX', 'BZZZ', 'DKSZ', 'JSJG', 'JZKH', 'TCSZ', 'WFZZ', 'QQXS', 'YSZB', 'SPZZ', 'ZYPZ', 'QJZZ'] as const;
