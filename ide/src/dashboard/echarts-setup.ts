/**
 * Apache ECharts, tree-shaken: only the two chart types, three components
 * and the SVG renderer the dashboard uses are bundled. SVG rather than
 * canvas: every label is text in the page (readable by assistive
 * technology and by the browser test, and drawn in the bundled CJK font),
 * and nothing is evaluated from strings, so the page's CSP needs no
 * 'unsafe-eval'.
 */
import { BarChart, BarSeriesOption, LineChart, LineSeriesOption } from 'echarts/charts';
import { GridComponent, GridComponentOption, LegendComponent, LegendComponentOption, TooltipComponent, TooltipComponentOption } from 'echarts/components';
import { ComposeOption, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export { init } from 'echarts/core';
export type { ECElementEvent, EChartsType } from 'echarts/core';

/** The bundled Chinese font (@fontsource-variable/noto-sans-sc, imported by main.tsx). */
export const CJK_FONT = "'Noto Sans SC Variable'";

/** Chinese falls back to the bundled Noto Sans SC, as in the rest of the page. */
export const CHART_FONT = `system-ui, 'Segoe UI', Roboto, sans-serif, ${CJK_FONT}`;
