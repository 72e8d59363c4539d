import { BarChart as Bars, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as installParts, type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the bar charts use, so the rest of ECharts stays out of the bundle (ECharts calls
// this `use`; renamed so it is not mistaken for React's). SVG rather than canvas: sharp on paper.
installParts([Bars, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface Props {
  option: BarChartOption;
  height: number;
  /** What the chart shows, in words, for screen readers and tests. */
  label: string;
}

/** One ECharts bar chart that follows its box's width. */
export function BarChart({ option, height, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  /** The option to draw with once the box has a size. */
  const latest = useRef(option);

  useEffect(() => {
    const el = box.current!;
    // Drawn once the box has a size (a hidden tab or a test DOM has none), then kept to its width.
    const draw = () => {
      if (!el.clientWidth || !el.clientHeight) return;
      if (chart.current) return chart.current.resize();
      chart.current = init(el, undefined, { renderer: 'svg', locale: 'ZH' });
      chart.current.setOption(latest.current, { notMerge: true });
    };
    const resize = new ResizeObserver(draw);
    resize.observe(el);
    draw();
    return () => {
      resize.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    // notMerge: a new year's series replace the old ones rather than mixing with them.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
