package org.anxin.staffing.run;

/**
 * The script that draws the staffing page's two charts from the embedded data with ECharts: the
 * curve of the probability that every month meets the objective against headcount, with its 95 %
 * Wilson band, the target probability and the recommendation; and the monthly met ratio of each
 * target at one headcount (p50 with its p5–p95 band, and the threshold). Both follow the window's
 * width.
 */
final class StaffingScript {

  private StaffingScript() {}

  static final String JS =
      """
      (function () {
        var data = JSON.parse(document.getElementById('anxin-data').textContent);
        var charts = [];
        var make = function (id) {
          var chart = echarts.init(document.getElementById(id));
          charts.push(chart);
          return chart;
        };
        var pct = function (v, d) { return v == null ? '–' : (v * 100).toFixed(d) + ' %'; };
        var narrow = function () { return window.innerWidth < 700; };
        // A band: an invisible lower line with the band's width stacked on it, on a category axis
        // (ECharts stacks point by point there), the simulator report's convergence bands.
        var band = function (name, stack, color, lo, hi) {
          return [
            // The band's colour also on its item: a legend entry takes the first series's.
            {name: name, type: 'line', stack: stack, symbol: 'none', lineStyle: {opacity: 0},
             itemStyle: {color: color}, tooltip: {show: false}, silent: true, data: lo},
            {name: name, type: 'line', stack: stack, symbol: 'none', lineStyle: {opacity: 0},
             itemStyle: {color: color}, areaStyle: {color: color, opacity: 0.18},
             tooltip: {show: false}, silent: true,
             data: hi.map(function (h, i) { return h - lo[i]; })}];
        };
        var curveName = 'P(every month meets)';
        var marks = [{name: 'target ' + pct(data.target, 0), yAxis: data.target,
                      label: {formatter: '{b}', position: 'insideStartTop'}}];
        if (data.recommended != null) {
          marks.push({name: 'recommended ' + data.recommended, xAxis: String(data.recommended),
                      label: {formatter: '{b}', position: 'insideEndTop'},
                      lineStyle: {color: '#3f9142', type: 'solid', width: 2}});
        }
        make('curve').setOption({
          tooltip: {trigger: 'axis', formatter: function (ps) {
            var p = data.curve[ps[0].dataIndex];
            return 'headcount ' + p.headcount + '<br>' + curveName + ': ' + pct(p.p, 1)
              + '<br>95 % interval ' + pct(p.low, 1) + ' – ' + pct(p.high, 1)
              + '<br>target ' + pct(data.target, 0); }},
          legend: {data: [curveName, '95 % Wilson interval'], top: 0},
          grid: {left: 10, right: 24, bottom: 40, top: 40, containLabel: true},
          xAxis: {type: 'category', boundaryGap: false, name: 'headcount (seats on a working day)',
                  nameLocation: 'middle', nameGap: 28,
                  data: data.curve.map(function (p) { return String(p.headcount); })},
          yAxis: {type: 'value', min: 0, max: 1,
                  axisLabel: {formatter: function (v) { return Math.round(v * 100) + ' %'; }}},
          series: band('95 % Wilson interval', 'wilson', '#2f6fad',
                       data.curve.map(function (p) { return p.low; }),
                       data.curve.map(function (p) { return p.high; }))
            .concat([{name: curveName, type: 'line', symbolSize: 7, itemStyle: {color: '#2f6fad'},
                      data: data.curve.map(function (p) { return p.p; }),
                      markLine: {symbol: 'none', silent: true, data: marks,
                                 lineStyle: {color: '#c23b22', type: 'dashed'}}}])
        });
        var colors = ['#2f6fad', '#3f9142', '#c23b22'];
        var lowest = 1;
        data.targets.forEach(function (t) {
          t.p5.forEach(function (v) { lowest = Math.min(lowest, v); });
          lowest = Math.min(lowest, t.threshold);
        });
        var series = [];
        data.targets.forEach(function (t, k) {
          series = series.concat(band(t.name, 'ratio' + k, colors[k], t.p5, t.p95));
          series.push({name: t.name, type: 'line', symbolSize: 5, itemStyle: {color: colors[k]},
                       lineStyle: {color: colors[k]}, data: t.p50,
                       markLine: {symbol: 'none', silent: true,
                                  lineStyle: {color: colors[k], type: 'dashed'},
                                  label: {formatter: pct(t.threshold, 0), position: 'insideStartTop',
                                          color: colors[k]},
                                  data: [{yAxis: t.threshold}]}});
        });
        make('months').setOption({
          tooltip: {trigger: 'axis', formatter: function (ps) {
            var i = ps[0].dataIndex;
            return data.months[i] + ' at ' + data.detail + ' seats<br>'
              + data.targets.map(function (t) {
                return t.name + ': ' + pct(t.p50[i], 2) + ' (p5–p95 ' + pct(t.p5[i], 2) + ' – '
                  + pct(t.p95[i], 2) + '; objective ' + pct(t.threshold, 0) + ')'; }).join('<br>');
          }},
          legend: {data: data.targets.map(function (t) { return t.name; }), top: 0},
          grid: {left: 10, right: 24, bottom: 30, top: 40, containLabel: true},
          xAxis: {type: 'category', boundaryGap: false,
                  data: data.months.map(function (m) { return narrow() ? m.slice(5) : m; })},
          yAxis: {type: 'value', max: 1,
                  min: Math.max(0, Math.floor(lowest * 100 - 1) / 100),
                  axisLabel: {formatter: function (v) { return (v * 100).toFixed(0) + ' %'; }}},
          series: series
        });
        window.addEventListener('resize', function () {
          charts.forEach(function (chart) { chart.resize(); });
        });
      })();
      """;
}
