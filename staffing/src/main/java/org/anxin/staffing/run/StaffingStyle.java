package org.anxin.staffing.run;

/**
 * The staffing page's style sheet, the look of the simulator's {@code report.html} (whose sheet is
 * private to its package). Every grid collapses to one column below 700 px and every table scrolls
 * inside its own box, so the page never scrolls sideways on a phone (390 px).
 */
final class StaffingStyle {

  private StaffingStyle() {}

  static final String CSS =
      """
      * { box-sizing: border-box; }
      body { font-family: -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
             margin: 0 auto; max-width: 1200px; padding: 24px; color: #1f2933; background: #fafbfc;
             overflow-wrap: anywhere; }
      h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 19px; margin: 36px 0 8px; }
      .scenario { color: #2f6fad; } .meta { color: #616e7c; } .promise { margin: 8px 0; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(240px, 100%), 1fr));
               gap: 12px; margin: 20px 0; }
      .card { background: #fff; border: 1px solid #d9e2ec; border-radius: 6px; padding: 12px; }
      .card.key { border-color: #2f6fad; border-width: 2px; }
      .card.miss { border-color: #c23b22; border-width: 2px; }
      .card .label { color: #616e7c; font-size: 13px; } .card .value { font-size: 24px;
               font-weight: 600; margin-top: 4px; font-variant-numeric: tabular-nums; }
      .card .detail { color: #52606d; font-size: 12px; margin-top: 4px; }
      figure { margin: 0; background: #fff; border: 1px solid #d9e2ec; border-radius: 6px;
               padding: 12px; min-width: 0; } figcaption { font-weight: 600; margin-bottom: 8px; }
      figure .note { font-weight: normal; }
      .chart { width: 100%; height: 380px; }
      .table-wrap { overflow-x: auto; max-width: 100%; margin: 8px 0; }
      table { border-collapse: collapse; width: 100%; background: #fff; }
      th, td { border-bottom: 1px solid #e4e7eb; padding: 6px 10px; text-align: left;
               vertical-align: top; overflow-wrap: normal; }
      th { font-size: 13px; vertical-align: bottom; } th.num { white-space: normal; }
      th .sub { display: block; font-weight: normal; color: #616e7c; font-size: 11px;
                white-space: nowrap; }
      td.month, table.roster td { white-space: nowrap; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.key td { font-weight: 600; background: #f0f4f8; }
      tr.drives td { background: #fff4e5; }
      .tag { font-size: 11px; font-weight: 600; color: #fff; background: #2f6fad;
             border-radius: 3px; padding: 1px 5px; margin-left: 4px; }
      tr.drives .tag { background: #b7791f; }
      tfoot td { font-weight: 600; }
      .note { color: #52606d; font-size: 13px; }
      ul.method li { margin: 4px 0; }
      footer { margin-top: 32px; color: #616e7c; font-size: 12px; }
      @media (max-width: 700px) {
        body { padding: 12px; }
        .chart { height: 320px; }
        h1 { font-size: 20px; }
      }
      """;
}
