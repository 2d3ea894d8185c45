package org.anxin.domain.deal;

import java.time.LocalDate;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;

/**
 * One movement of money between two parties. Every money movement in a history is one of these,
 * which is why the net positions of all parties always sum to zero.
 *
 * @param date the day it moved
 * @param from who paid
 * @param to who received
 * @param amount how much, positive
 * @param purpose what the money was for
 */
public record Transfer(LocalDate date, PartyId from, PartyId to, Money amount, Purpose purpose) {

  /** What a transfer was for. */
  public enum Purpose {
    /** 意向金 paid with an offer. */
    INTENT_MONEY,
    /** Intent money passed on by its holder as (part of) the deposit at 转定. */
    INTENT_MONEY_APPLIED,
    /** A deposit (定金 or 订金) or new-home subscription paid by the buyer. */
    DEPOSIT,
    /** A rental security deposit (押金) paid by the tenant. */
    SECURITY_DEPOSIT,
    /** Money returned after a cancellation, penalty included, or unused intent money. */
    REFUND,
    /** A security deposit returned after move-out. */
    SECURITY_DEPOSIT_RETURN
  }
}
