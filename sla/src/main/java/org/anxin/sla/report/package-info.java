/**
 * Compliance reports over a portfolio of complaints: per target, how many met it, how many breached
 * it, nearest-rank percentiles of the business time taken, and the objective's error budget,
 * overall and per month, channel and team. The conventions are those of the 30124 promise (see
 * {@code docs/sla.md}). {@link org.anxin.sla.report.ComplaintCsv} reads complaints from the
 * documented CSV. {@link org.anxin.sla.report.OutcomeJudge} judges a complaint on one target on
 * whole epoch seconds without allocating, for simulations; tests hold it to {@link
 * org.anxin.sla.report.ComplianceReporter#outcome}.
 */
package org.anxin.sla.report;
