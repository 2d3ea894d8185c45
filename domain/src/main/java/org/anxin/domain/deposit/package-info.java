/**
 * Deposits under the Civil Code (arts. 586–588): the kinds of money a buyer or tenant hands over
 * before a deal completes, and what happens to it when the deal is cancelled. {@link
 * org.anxin.domain.deposit.DepositLaw} is a set of small pure functions over {@code long} fen, so
 * that claim assessment and the simulator's inner loop share one implementation of the law.
 */
package org.anxin.domain.deposit;
