/**
 * Liability statistics over trial-indexed simulation results, with the conventions of DESIGN.md §7:
 * exact means, standard deviation with n − 1, quantiles as order statistics x(⌈n·q⌉) with ties
 * broken by trial index, VaR and TVaR at 99.5 %, the exceedance curve by return period, and tail
 * contributions (co-TVaR) that add up to the TVaR exactly.
 *
 * <p>Everything is computed after all trials from arrays indexed by trial ({@code long[]} of fen or
 * counts), never from partial sums merged in completion order, so the figures depend only on the
 * trials' results. Values stay exact ({@code long}, {@link org.anxin.simulator.stats.ExactMean})
 * until {@link org.anxin.simulator.stats.Yuan} renders them, rounding half-even to the fen once.
 */
package org.anxin.simulator.stats;
