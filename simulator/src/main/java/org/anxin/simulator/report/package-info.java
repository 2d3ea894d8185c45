/**
 * What a run leaves behind: the summary statistics, {@code trials.csv}, {@code summary.json},
 * {@code run.json} and the self-contained HTML report, written all-or-nothing.
 */
package org.anxin.simulator.report;
