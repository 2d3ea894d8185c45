package org.anxin.sla.policy;

import java.util.Objects;
import org.anxin.domain.InvalidInputException;

/** "At least {@code percent} % of complaints meet the {@code milestone} target." */
public record PortfolioObjective(Milestone milestone, int percent) {

  public PortfolioObjective {
    Objects.requireNonNull(milestone, "milestone");
    if (percent < 0 || percent > 100) {
      throw new InvalidInputException("objective percent", percent, "must be between 0 and 100");
    }
  }

  /**
   * Breaches the objective tolerates among {@code n} counted complaints: floor((100 − percent) × n
   * / 100), e.g. floor(0.1 × n) for 90 %.
   */
  public long allowedBreaches(long n) {
    return Math.multiplyExact(100L - percent, n) / 100;
  }
}
