/**
 * A staffing run: the liability engine's years, their complaints, the queue at every headcount of
 * the sweep with the same complaints (common random numbers), and what the runs say across trials
 * ({@link org.anxin.staffing.run.StaffingSummary}): the monthly met ratios, the probability that
 * every month meets the objective, and the smallest headcount that does so with the chosen
 * probability.
 */
package org.anxin.staffing.run;
