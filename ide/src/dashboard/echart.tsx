import { useEffect, useRef, useState } from 'react';
import { Plotted } from './chart-data';
import { SUPPRESSED_MARK } from './figures';
import { ChartOption, CJK_FONT, ECElementEvent, EChartsType, init } from './echarts-setup';

export interface EChartProps {
  /** Names the chart on its element (data-chart). */
  id: string;
  title: string;
  plotted: Plotted;
  option: ChartOption;
  height: number;
  /** A click on a bar or point, or on a category's axis label: the index of its category. */
  onCategoryClick?: (index: number) => void;
}

/**
 * One ECharts instance in a figure, rendered as SVG, resized with its box
 * and disposed with the component. The figure carries what it plots
 * (data-plotted) beside the drawing, and whether the drawing shows it yet
 * (data-drawn).
 */
export function EChart({ id, title, plotted, option, height, onCategoryClick }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clicked = useRef(onCategoryClick);
  clicked.current = onCategoryClick;

  useEffect(() => {
    const instance = init(box.current!, null, { renderer: 'svg', locale: 'ZH' });
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) => {
      const axisLabel = event.componentType === 'xAxis' || event.componentType === 'yAxis';
      const index = axisLabel ? plottedIndexOf(instance, (event as unknown as { value: string }).value) : event.dataIndex;
      if (typeof index === 'number' && index >= 0) clicked.current?.(index);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Drawn once the Chinese font's chunks for these labels are here: ECharts measures text when it lays
  // out (and caches the widths), so text measured in a fallback font would overlap once the font arrives.
  const [drawn, setDrawn] = useState<ChartOption | null>(null);
  useEffect(() => {
    let current = true;
    const text = [...plotted.categories.map((c) => c.label), ...plotted.series.map((s) => s.name)].join('');
    void document.fonts
      .load(`12px ${CJK_FONT}`, text)
      .catch(() => undefined)
      .then(() => {
        if (!current || !chart.current) return;
        chart.current.setOption(option, { notMerge: true });
        setDrawn(option);
      });
    return () => {
      current = false;
    };
  }, [option, plotted]);

  return (
    <figure className="dash-chart" data-chart={id} data-plotted={JSON.stringify(plotted)} data-drawn={drawn === option}>
      <figcaption>{title}</figcaption>
      {plotted.series.every((s) => s.values.every((v) => v === null)) ? (
        <p className="dash-chart-empty">{SUPPRESSED_MARK} 此图各项均不公布，故无图形。Every figure of this chart is withheld, so nothing is drawn.</p>
      ) : null}
      <div ref={box} style={{ height }} className={onCategoryClick ? 'dash-chart-clickable' : undefined} />
    </figure>
  );
}

/** The category index of an axis label's text, from the chart's own category axis. */
function plottedIndexOf(instance: EChartsType, label: string): number {
  const option = instance.getOption() as { xAxis?: Array<{ data?: unknown[] }>; yAxis?: Array<{ data?: unknown[] }> };
  const axis = [...(option.yAxis ?? []), ...(option.xAxis ?? [])].find((a) => Array.isArray(a.data));
  return axis?.data?.indexOf(label) ?? -1;
}
