/**
 * Claims and the liability ledger: a claim's life (filed → assessed → approved or rejected → paid;
 * then an advance recovered or written off, a bought-back home resold), with every invalid step
 * refused with its reason, and {@link org.anxin.guarantees.claim.LiabilityLedger}, whose {@link
 * org.anxin.guarantees.claim.LedgerTotals} keep the identities of DESIGN.md §5: cash out, gross
 * paid, advances outstanding, net cost and the number of payouts.
 */
package org.anxin.guarantees.claim;
