import { describe, expect, it } from 'vitest';
import { median, percentile, summarise, summariseRuns } from '../../scripts/bench/stats.ts';
import { figure, renderTable } from '../../scripts/bench/report.ts';

describe('benchmark statistics', () => {
  it('the median of an odd count is the middle sample, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('the median of an even count is the mean of the two middle samples', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('p99 of a hundred samples is the 99th smallest, a value actually measured', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
  });

  it('p99 of fewer than a hundred samples is the largest', () => {
    expect(percentile([3, 9, 1], 99)).toBe(9);
  });

  it('p50 by nearest rank is the lower middle of an even count', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it('no samples give NaN rather than a made-up figure', () => {
    expect(median([])).toBeNaN();
    expect(summarise([]).p99).toBeNaN();
  });

  it('a percentile outside 0 to 100 is refused', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('a summary does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    expect(summarise(samples)).toEqual({ count: 3, median: 2, p99: 3, min: 1, max: 3 });
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('benchmark figures', () => {
  it('a figure within its goal is met, one outside is not, one not measured is not', () => {
    expect(figure('s', 'ratio', 1.4, '', { goal: { op: '<=', target: 1.5 } }).met).toBe(true);
    expect(figure('s', 'rate', 400, '/s', { goal: { op: '>=', target: 500 } }).met).toBe(false);
    expect(figure('s', 'rate', null, '/s', { goal: { op: '>=', target: 500 } }).met).toBe(false);
    expect(figure('s', 'size', 3, 'KB').met).toBeUndefined();
  });

  it('the table shows value, goal and verdict, and numbers each note', () => {
    const table = renderTable([
      figure('receiver', 'latency p99', 60, 'ms', { goal: { op: '<=', target: 50 }, note: 'fsync' }),
      figure('sla', 'rate', 1234.5, '/s'),
    ]);
    expect(table).toContain('latency p99 [1]');
    expect(table).toContain('≤ 50 ms');
    expect(table).toContain('NOT MET');
    expect(table).toContain('1,235 /s');
    expect(table).toContain('[1] fsync');
  });
});

describe('several runs of per-query timings', () => {
  it('report the median of the runs’ medians and of their p99s, so one disturbed run does not set the figure', () => {
    const quiet = Array.from({ length: 100 }, () => 1);
    const disturbed = [...Array.from({ length: 95 }, () => 1), 50, 50, 50, 50, 50];
    const summary = summariseRuns([quiet, disturbed, quiet]);
    expect(summary.median).toBe(1);
    expect(summary.p99).toBe(1);
    expect(summary.runs[1]?.p99).toBe(50);
  });
});
