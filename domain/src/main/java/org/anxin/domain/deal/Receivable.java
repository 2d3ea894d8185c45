package org.anxin.domain.deal;

import java.time.LocalDate;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;

/**
 * Money one party owes another on this deal and has not paid yet: a refund after a cancellation, a
 * security deposit after move-out.
 *
 * @param debtor who owes it (e.g. co-owner B)
 * @param creditor to whom (e.g. the buyer Wu)
 * @param amount how much is still outstanding, positive
 * @param due when it is due: the day the debt arose, or the day the debtor promised
 */
public record Receivable(PartyId debtor, PartyId creditor, Money amount, LocalDate due) {}
