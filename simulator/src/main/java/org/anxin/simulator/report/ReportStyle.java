package org.anxin.simulator.report;

/**
 * The report's style sheet. Every grid collapses to one column below 700 px and every wide table
 * scrolls inside its own box, so the page never scrolls sideways on a phone (390 px).
 */
final class ReportStyle {

  private ReportStyle() {}

  static final String CSS =
      """
      * { box-sizing: border-box; }
      body { font-family: -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
             margin: 0 auto; max-width: 1200px; padding: 24px; color: #1f2933; background: #fafbfc;
             overflow-wrap: anywhere; }
      h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 19px; margin: 36px 0 8px; }
      h3 { font-size: 16px; margin: 20px 0 8px; }
      .scenario { color: #2f6fad; } .description { margin: 4px 0; } .meta { color: #616e7c; }
      .warning { background: #fff4e5; border: 1px solid #f0b429; border-radius: 6px;
                 padding: 10px 14px; margin: 16px 0; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(240px, 100%), 1fr));
               gap: 12px; margin: 20px 0; }
      .card { background: #fff; border: 1px solid #d9e2ec; border-radius: 6px; padding: 12px; }
      .card .label { color: #616e7c; font-size: 13px; } .card .value { font-size: 24px;
               font-weight: 600; margin-top: 4px; font-variant-numeric: tabular-nums; }
      .card .detail { color: #52606d; font-size: 12px; margin-top: 4px; }
      .charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
      figure { margin: 0; background: #fff; border: 1px solid #d9e2ec; border-radius: 6px;
               padding: 12px; min-width: 0; } figcaption { font-weight: 600; margin-bottom: 8px; }
      figure .note { font-weight: normal; } figure.wide { grid-column: 1 / -1; }
      .chart { width: 100%; height: 360px; }
      .table-wrap { overflow-x: auto; max-width: 100%; margin: 8px 0; }
      table { border-collapse: collapse; width: 100%; background: #fff; }
      th, td { border-bottom: 1px solid #e4e7eb; padding: 6px 10px; text-align: left;
               vertical-align: top; overflow-wrap: normal; }
      td .code { font-family: ui-monospace, monospace; font-size: 12px; }
      td .zh { font-weight: 600; } td .en { color: #52606d; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.key td { font-weight: 600; background: #f0f4f8; }
      td.sign { width: 1.5em; text-align: center; font-weight: 600; }
      tfoot td { font-weight: 600; }
      table.risks td:last-child { min-width: 18em; }
      .note { color: #52606d; font-size: 13px; }
      .toggle { font-size: 13px; font-weight: normal; margin-left: 8px; white-space: nowrap; }
      details { margin-top: 12px; } summary { cursor: pointer; color: #2f6fad; }
      pre.scenario-text { background: #fff; border: 1px solid #d9e2ec; padding: 12px;
                          max-height: 480px; overflow: auto; font-size: 12px; }
      footer { margin-top: 32px; color: #616e7c; font-size: 12px; }
      @media (max-width: 700px) {
        body { padding: 12px; }
        .charts { grid-template-columns: minmax(0, 1fr); }
        .chart { height: 300px; }
        h1 { font-size: 20px; }
      }
      """;
}
