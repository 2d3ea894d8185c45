/**
 * The payout formulas: {@link org.anxin.guarantees.payout.PayoutFormulas}, one small pure function
 * over primitives per guarantee (the single source of truth that both the claim assessment and the
 * simulator call), and {@link org.anxin.guarantees.payout.PayoutRules}, the same with one catalog's
 * caps and defaults filled in.
 */
package org.anxin.guarantees.payout;
