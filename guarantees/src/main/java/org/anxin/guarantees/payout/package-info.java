/**
 * The payout rules. {@link org.anxin.guarantees.payout.PayoutRules} is the one entry point: one
 * catalog's terms (caps, payout kinds, per-report amounts, litigation cap, holdback default,
 * write-off windows, segments covered) in flat arrays, with every guarantee's formula filled in;
 * the claim assessment and the simulator's inner loop both compute through it. {@link
 * org.anxin.guarantees.payout.PayoutFormulas} holds the arithmetic itself, one small pure function
 * over primitives per guarantee, defined once; only this package calls it (an architecture test
 * keeps it so).
 */
package org.anxin.guarantees.payout;
