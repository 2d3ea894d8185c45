package org.anxin.simulator.report;

/**
 * The script that draws the report's charts from the embedded data with ECharts. Every chart
 * follows the window's width ({@code resize} on the window's resize event); the histogram's y axis
 * can be switched to a log scale so the few years of the tail stay visible.
 */
final class ReportScript {

  private ReportScript() {}

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
        var money = function (v) {
          return v == null ? '–' : v.toLocaleString('en-US', {maximumFractionDigits: 2}) + ' M';
        };
        // Text from the run's files put into a tooltip's HTML: escaped, never markup.
        var text = function (s) {
          return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
              .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        };
        var left = {align: 'left'};
        var narrow = function () { return window.innerWidth < 700; };
        var marks = [
          {name: 'mean', xAxis: data.mean, label: {position: 'end'}},
          {name: 'VaR 99.5 %', xAxis: data.var995, label: {position: 'insideEndTop'}},
          {name: 'TVaR 99.5 %', xAxis: data.tvar995, label: {position: 'insideEndBottom'}}];
        var histogram = make('histogram');
        var drawHistogram = function (log) {
          histogram.setOption({
            tooltip: {trigger: 'axis', formatter: function (p) {
              return 'around ' + money(p[0].value[0]) + ' CNY: ' + (p[0].value[1] || 0) + ' years'; }},
            grid: {left: 10, right: 20, bottom: 40, top: 40, containLabel: true},
            xAxis: {type: 'value', name: 'yearly net cost, million CNY', nameLocation: 'middle',
                    nameGap: 28, scale: true},
            yAxis: log ? {type: 'log', name: 'simulated years (log)', min: 1, logBase: 10,
                          nameTextStyle: left}
                       : {type: 'value', name: 'simulated years', min: 0, nameTextStyle: left},
            // On the log axis a bin of one year is log 1 = 0 high: a minimum height still shows it.
            series: [{type: 'bar', barWidth: '90%', itemStyle: {color: '#2f6fad'},
                      barMinHeight: log ? 4 : 0,
                      data: data.histogram.map(function (b) {
                        return [b[0], log && b[1] === 0 ? null : b[1]]; }),
                      markLine: {symbol: 'none', label: {formatter: '{b}'}, data: marks}}]
          }, {replaceMerge: ['yAxis', 'series']});
        };
        drawHistogram(false);
        document.getElementById('histogram-log').addEventListener('change', function (e) {
          drawHistogram(e.target.checked);
        });
        make('exceedance').setOption({
          tooltip: {trigger: 'axis', formatter: function (p) {
            return '1 in ' + p[0].value[0] + ' years: ' + money(p[0].value[1]) + ' CNY'; }},
          grid: {left: 10, right: 20, bottom: 40, top: 40, containLabel: true},
          xAxis: {type: 'log', name: 'return period, years', nameLocation: 'middle', nameGap: 28,
                  logBase: 10},
          yAxis: {type: 'value', nameTextStyle: left, name: 'million CNY', scale: true},
          series: [{type: 'line', data: data.exceedance, symbolSize: 8, itemStyle: {color: '#c23b22'}}]
        });
        // The 95 % bands: an invisible lower line with the interval's width stacked on it, on a
        // category axis (one category per trial count), where ECharts stacks point by point.
        var counts = data.convergence.map(function (p) { return p.trials.toLocaleString('en-US'); });
        var band = function (name, color, lo, hi) {
          return [
            {name: name, type: 'line', stack: name, symbol: 'none', lineStyle: {opacity: 0},
             tooltip: {show: false}, silent: true,
             data: data.convergence.map(function (p) { return p[lo]; })},
            {name: name, type: 'line', stack: name, symbol: 'none', lineStyle: {opacity: 0},
             areaStyle: {color: color, opacity: 0.18}, tooltip: {show: false}, silent: true,
             data: data.convergence.map(function (p) {
               return p[hi] == null || p[lo] == null ? null : p[hi] - p[lo]; })}];
        };
        make('convergence').setOption({
          tooltip: {trigger: 'axis', formatter: function (ps) {
            var p = data.convergence[ps[0].dataIndex];
            return p.trials.toLocaleString('en-US') + ' trials<br>mean ' + money(p.mean)
              + ' (95 %: ' + money(p.meanLo) + ' – ' + money(p.meanHi) + ')<br>VaR 99.5 % '
              + money(p['var']) + ' (95 %: ' + money(p.varLo) + ' – ' + money(p.varHi) + ')'; }},
          legend: {data: ['mean', 'VaR 99.5 %'], top: 0},
          grid: {left: 10, right: 20, bottom: 40, top: 40, containLabel: true},
          xAxis: {type: 'category', data: counts, name: 'first m trials', nameLocation: 'middle',
                  nameGap: 28, boundaryGap: false},
          yAxis: {type: 'value', nameTextStyle: left, name: 'million CNY', min: 0},
          series: band('mean band', '#2f6fad', 'meanLo', 'meanHi')
            .concat(band('VaR band', '#c23b22', 'varLo', 'varHi'))
            .concat([
              {name: 'mean', type: 'line', symbolSize: 5, itemStyle: {color: '#2f6fad'},
               data: data.convergence.map(function (p) { return p.mean; })},
              {name: 'VaR 99.5 %', type: 'line', symbolSize: 5, itemStyle: {color: '#c23b22'},
               data: data.convergence.map(function (p) { return p['var']; })}])
        });
        var palette = ['#c23b22', '#2f6fad', '#3f9142', '#b7791f', '#6b46c1', '#52606d'];
        make('guarantee-curves').setOption({
          tooltip: {trigger: 'axis', valueFormatter: money},
          legend: {type: 'scroll', top: 0, data: data.guaranteeCurves.map(function (c) { return c.code; })},
          grid: {left: 10, right: 20, bottom: 40, top: 50, containLabel: true},
          xAxis: {type: 'log', name: 'return period, years', nameLocation: 'middle', nameGap: 28,
                  logBase: 10},
          yAxis: {type: 'value', nameTextStyle: left, name: 'million CNY'},
          series: data.guaranteeCurves.map(function (c, i) {
            return {name: c.code, type: 'line', data: c.points, symbolSize: 5,
                    itemStyle: {color: palette[i % palette.length]}}; })
        });
        var shown = data.guarantees.slice().reverse();
        make('guarantees').setOption({
          tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: function (p) {
            var g = shown[p[0].dataIndex];
            // The names come from the catalog file: text, never markup.
            return text(g.code) + '<br>' + text(g.nameZh) + ' · ' + text(g.nameEn) + '<br>' +
                p.map(function (s) {
              return s.seriesName + ': ' + money(s.value); }).join('<br>'); }},
          legend: {data: ['mean cost', 'TVaR 99.5 % contribution'], top: 0},
          grid: {left: 10, right: 30, bottom: 40, top: 40, containLabel: true},
          xAxis: {type: 'value', name: 'million CNY', nameLocation: 'middle', nameGap: 28},
          yAxis: {type: 'category', data: shown.map(function (g) { return g.code; }),
                  axisLabel: {fontSize: 10, width: narrow() ? 90 : 170, overflow: 'truncate'}},
          series: [
            {name: 'mean cost', type: 'bar', itemStyle: {color: '#2f6fad'},
             data: shown.map(function (g) { return g.mean; })},
            {name: 'TVaR 99.5 % contribution', type: 'bar', itemStyle: {color: '#c23b22'},
             data: shown.map(function (g) { return g.tail; })}]
        });
        var months = data.cash.map(function (m) { return m.month; });
        var line = function (name, key, color, dashed) {
          return {name: name, type: 'line', symbol: 'none', itemStyle: {color: color},
                  lineStyle: {color: color, type: dashed ? 'dashed' : 'solid'},
                  data: data.cash.map(function (m) { return m[key]; })};
        };
        make('cash').setOption({
          tooltip: {trigger: 'axis', valueFormatter: function (v) { return money(v) + ' CNY'; }},
          legend: {data: ['paid, mean', 'paid, 99.5 %', 'outstanding, mean', 'outstanding, 99.5 %'],
                   top: 0},
          grid: {left: 10, right: 20, bottom: 30, top: narrow() ? 80 : 60, containLabel: true},
          xAxis: {type: 'category', data: months},
          yAxis: {type: 'value', nameTextStyle: left, name: 'million CNY'},
          series: [line('paid, mean', 'outMean', '#2f6fad', false),
                   line('paid, 99.5 %', 'outQ995', '#2f6fad', true),
                   line('outstanding, mean', 'heldMean', '#c23b22', false),
                   line('outstanding, 99.5 %', 'heldQ995', '#c23b22', true)]
        });
        window.addEventListener('resize', function () {
          charts.forEach(function (chart) { chart.resize(); });
        });
      })();
      """;
}
