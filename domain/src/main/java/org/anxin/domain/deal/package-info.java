/**
 * Deals and their event-sourced lifecycles. A {@link org.anxin.domain.deal.Deal} says who deals
 * with whom for what price under which {@link org.anxin.domain.deal.ContractTerms}; its history is
 * a list of dated {@link org.anxin.domain.deal.DealEvent}s, and its {@link
 * org.anxin.domain.deal.DealState} is a fold over them that knows the stage, the signing deadline,
 * who holds which deposit money, what is owed to whom and by when, and every money movement as a
 * transfer between two parties. An event that cannot happen in the current state is rejected with a
 * reason naming the event and the field; nothing is ever silently ignored.
 */
package org.anxin.domain.deal;
