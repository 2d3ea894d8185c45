package org.anxin.domain;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Unpaid property-management or utility fees (物业欠费) claimed by a creditor for the months {@code
 * from} … {@code to}, both included.
 *
 * @param creditor who claims them, e.g. the management company
 * @param from the first unpaid month
 * @param to the last unpaid month, not before {@code from}
 * @param total the amount claimed, not negative
 */
public record FeeArrears(String creditor, YearMonth from, YearMonth to, Money total) {

  public FeeArrears {
    if (creditor == null || creditor.isBlank()) {
      throw new InvalidInputException("arrears.creditor", creditor, "must not be blank");
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(total, "total");
    if (to.isBefore(from)) {
      throw new InvalidInputException("arrears.to", to, "must not be before arrears.from " + from);
    }
    if (total.isNegative()) {
      throw new InvalidInputException("arrears.total", total, "must not be negative");
    }
  }

  /** Arrears of {@code monthly} for every month from {@code from} to {@code to}, both included. */
  public static FeeArrears monthly(String creditor, YearMonth from, YearMonth to, Money monthly) {
    Objects.requireNonNull(monthly, "monthly");
    if (monthly.isNegative()) {
      throw new InvalidInputException("arrears.monthly", monthly, "must not be negative");
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    // A backwards range gives a negative total here, but the constructor checks the order first
    // and names arrears.to.
    return new FeeArrears(creditor, from, to, monthly.times(months(from, to)));
  }

  /** Arrears of a lump sum, when the creditor does not give a monthly fee. */
  public static FeeArrears ofTotal(String creditor, YearMonth from, YearMonth to, Money total) {
    return new FeeArrears(creditor, from, to, total);
  }

  /** The number of months claimed, both ends included: 2005-02 … 2014-07 is 114. */
  public long months() {
    return months(from, to);
  }

  private static long months(YearMonth from, YearMonth to) {
    return ChronoUnit.MONTHS.between(from, to) + 1;
  }
}
