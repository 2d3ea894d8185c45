package org.anxin.domain.chain;

import java.time.LocalDate;
import java.util.Objects;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;

/**
 * Purchase {@code purchase} is funded by sale {@code fundingSale}: the sale's seller is the
 * purchase's buyer and needs the sale's proceeds to pay. If the sale breaks, the purchase breaks
 * too, unless the property is resold on or before {@code resaleWindow}.
 *
 * @param fundingSale the sale whose proceeds pay for the purchase
 * @param purchase the purchase that depends on it
 * @param resaleWindow the last day (inclusive) a resale of the sale's property rescues the purchase
 */
public record FundingLink(DealId fundingSale, DealId purchase, LocalDate resaleWindow) {

  public FundingLink {
    Objects.requireNonNull(fundingSale, "fundingSale");
    Objects.requireNonNull(purchase, "purchase");
    Objects.requireNonNull(resaleWindow, "resaleWindow");
    if (fundingSale.equals(purchase)) {
      throw new InvalidInputException("link.purchase", purchase, "a deal cannot fund itself");
    }
  }

  /** Whether a resale of the sale's property on {@code resoldOn} rescues the purchase. */
  public boolean rescuedBy(LocalDate resoldOn) {
    return resoldOn != null && !resoldOn.isAfter(resaleWindow);
  }
}
