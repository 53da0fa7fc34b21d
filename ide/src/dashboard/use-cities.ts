import { useEffect, useState } from 'react';
import { postGraphql } from './graphql-client';
import type { RegionRef } from './report-query';

export const PROVINCE: RegionRef = { code: '370000', name: '山东省', level: 'PROVINCE' };

const CITIES_QUERY = `query dashboardCities { regions(first: 100, filter: { levels: [CITY] }) { edges { node { code name level } } } }`;

/**
 * The cities of the province, for the region picker (reference data, the
 * same for every viewer); empty until answered or when the server fails,
 * since the breadcrumb and the drill-down still get anywhere.
 */
export function useCities(): RegionRef[] {
  const [cities, setCities] = useState<RegionRef[]>([]);
  useEffect(() => {
    let current = true;
    void postGraphql<{ regions: { edges: Array<{ node: RegionRef }> } }>(CITIES_QUERY, {}, null).then((answer) => {
      if (current && answer.data?.regions) setCities(answer.data.regions.edges.map((e) => e.node));
    });
    return () => {
      current = false;
    };
  }, []);
  return cities;
}
