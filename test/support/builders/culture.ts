import { HERITAGE_CATEGORIES } from '../../../src/sources/culture/culture.enums';
import { BUILT_REGION } from './column-defaults';
import { ichNumberOf, itemKeyOf, USCC_PREFIX, usccOf } from './identifiers';
import type { Recipes } from './types';

/** The culture tables' particular rules: keys that follow from level, number and area, and rows written together. */
export const CULTURE_RECIPES: Recipes = {
  heritageItem: {
    extras: ['listing'],
    defaults: ({ n, given }) => {
      const category = given.category ?? 'TRADITIONAL_CRAFTSMANSHIP';
      const level = given.level ?? 'COUNTY';
      const number = given.number ?? ichNumberOf(n, HERITAGE_CATEGORIES.indexOf(category) + 1);
      const regionCode = given.regionCode ?? BUILT_REGION;
      return { itemKey: itemKeyOf(level, number, regionCode), name: `测试项目${n}`, category, level, number, regionCode, numberProvisional: false, verified: true };
    },
    after: async (item, { input, b }) => {
      if (input.listing === false) return;
      await b.heritageListing({ item, kind: 'NEW', listingKey: item.itemKey, level: item.level, number: item.number, areaCode: item.regionCode, year: item.year });
    },
  },
  heritageListing: {
    // Built on its own, a listing is an extension of its item to another area.
    defaults: ({ given, input }) => {
      const item = input.item as Partial<{ level: string; number: string }> | undefined;
      const level = given.level ?? (item?.level as typeof given.level) ?? 'COUNTY';
      const number = given.number ?? item?.number ?? 'Ⅷ-5000';
      const areaCode = given.areaCode ?? BUILT_REGION;
      return { kind: 'EXTENSION', level, number, areaCode, listingKey: itemKeyOf(level, number, areaCode) };
    },
  },
  inheritor: {
    extras: ['person'],
    defaults: ({ n, input }) => ({ name: input.person?.name ?? `测试传承人${n}`, citizenId: input.person?.citizenId, level: 'COUNTY', year: 2020 }),
  },
  organization: {
    defaults: ({ n, given }) => {
      const orgType = given.orgType ?? 'ENTERPRISE';
      const regionCode = given.regionCode ?? BUILT_REGION;
      return { uscc: usccOf(n, regionCode, USCC_PREFIX[orgType]), name: `测试手造有限公司${n}`, orgType, regionCode, listedYear: 2023 };
    },
  },
  workshop: {
    extras: ['items'],
    defaults: ({ n }) => ({ name: `测试非遗工坊${n}`, jobsCreated: 10, status: 'ACTIVE' }),
    after: async (workshop, { input, b }) => {
      for (const item of input.items ?? []) await b.workshopHeritageItem({ workshop, item });
    },
  },
  workshopRecognition: {
    defaults: () => ({ level: 'COUNTY', year: 2023 }),
  },
  revitalizationEntry: {
    defaults: ({ n }) => ({ catalogueLevel: 'PROVINCIAL', batch: 1, year: 2023, name: `测试振兴目录条目${n}` }),
  },
};
