package org.anxin.simulator.stats;

/**
 * A point of the exceedance curve: the value exceeded on average once in {@code years} years,
 * x(⌈n·(1 − 1/T)⌉), and the trial it comes from. When the simulation has fewer trials than the
 * period it is the largest value, and says nothing more about that period.
 *
 * @param years the return period T in years
 * @param rank the 1-based rank in ascending order, {@code n − ⌊n/T⌋}
 * @param trial the trial index at that rank
 * @param value the value at that rank (fen, for money)
 */
public record ReturnPeriod(int years, int rank, int trial, long value) {}
