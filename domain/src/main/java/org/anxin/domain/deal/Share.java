package org.anxin.domain.deal;

import java.util.Objects;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;

/**
 * The part of a deposit one holder receives, e.g. each co-owner's half.
 *
 * @param holder who receives it
 * @param amount how much, positive (checked when the event is applied)
 */
public record Share(PartyId holder, Money amount) {
  public Share {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(amount, "amount");
  }
}
