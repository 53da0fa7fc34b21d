import type { DispatchReport, RegionRef } from './report-query';
import { PROVINCE } from './use-cities';

export interface RegionPickerProps {
  region: string;
  cities: RegionRef[];
  onChange: (code: string) => void;
}

/** The province or one of its cities; a county (a drill-down, or a partner's own region) shows as an extra choice. */
export function RegionPicker({ region, cities, onChange }: RegionPickerProps) {
  const known = region === PROVINCE.code || cities.some((c) => c.code === region);
  return (
    <label className="dash-picker">
      <span>填报地区 Region</span>
      <select aria-label="Region" value={region} onChange={(e) => onChange(e.target.value)}>
        <option value={PROVINCE.code}>{PROVINCE.name} Shandong (by city)</option>
        {cities.map((city) => (
          <option key={city.code} value={city.code}>
            {city.name} (by county)
          </option>
        ))}
        {known ? null : <option value={region}>{region}</option>}
      </select>
    </label>
  );
}

/** The report's region and those above it, province first (the report query asks for two levels of parents: county → city → province). */
function regionChain(region: DispatchReport['region']): RegionRef[] {
  const chain: RegionRef[] = [region];
  if (region.parent) chain.unshift(region.parent);
  if (region.parent?.parent) chain.unshift(region.parent.parent);
  return chain;
}

/** 山东省 › 潍坊市: the way back up from a drill-down. */
export function Breadcrumb({ report, onChange }: { report: DispatchReport; onChange: (code: string) => void }) {
  const chain = regionChain(report.region);
  return (
    <nav className="dash-breadcrumb" aria-label="Breadcrumb">
      <ol>
        {chain.map((region, i) => (
          <li key={region.code}>
            {i === chain.length - 1 ? (
              <span aria-current="page">{region.name}</span>
            ) : (
              <button type="button" className="dash-link" onClick={() => onChange(region.code)}>
                {region.name}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
