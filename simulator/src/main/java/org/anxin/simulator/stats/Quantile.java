package org.anxin.simulator.stats;

import java.math.BigDecimal;

/**
 * A quantile of a trial-indexed result: the order statistic x(rank) with rank = ⌈n·level⌉, and the
 * trial it comes from (ties broken by trial index, see {@link TrialRanking}).
 *
 * @param level the probability level, e.g. 0.995
 * @param rank the 1-based rank in ascending order
 * @param trial the trial index at that rank
 * @param value the value at that rank (fen, for money)
 */
public record Quantile(BigDecimal level, int rank, int trial, long value) {}
