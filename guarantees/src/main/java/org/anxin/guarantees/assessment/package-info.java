/**
 * Claim assessment: what each filed claim of a case is owed, as of a date. {@link
 * org.anxin.guarantees.assessment.Assessor} folds the case's deals up to the as-of date, checks the
 * guarantee's eligibility conditions and filing window from the catalog, and computes the amount
 * with {@link org.anxin.guarantees.payout.PayoutRules} (the entry point the simulator computes
 * through too), fed by {@link org.anxin.domain.deal.DealState} queries and the catalog's terms.
 * Each claim comes out as an {@link org.anxin.guarantees.assessment.Assessment}: {@code Payable}
 * with its kind, amount, payee and, for an advance, whom it is recovered from; or {@code Rejected}
 * with every reason. {@link org.anxin.guarantees.assessment.LedgerPosting} books the outcomes in a
 * {@link org.anxin.guarantees.claim.LiabilityLedger}.
 */
package org.anxin.guarantees.assessment;
