package org.anxin.sla.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.anxin.sla.policy.Milestone;

/**
 * One target over a group of complaints.
 *
 * @param counted N: complaints that reached the milestone, plus open ones past their deadline
 * @param met reached the milestone on or before the deadline
 * @param breaches reached it late, or still open past the deadline
 * @param openBreaches the breaches still open
 * @param openWithinDeadline open and still within the deadline: not counted in N
 * @param closed complaints that reached the milestone (the percentiles' population)
 * @param p50 nearest-rank median of the business time taken, over closed complaints
 */
public record TargetReport(
    Milestone milestone,
    Duration budget,
    String calendarId,
    String calendarVersion,
    int counted,
    int met,
    int breaches,
    int openBreaches,
    int openWithinDeadline,
    int closed,
    Optional<Duration> p50,
    Optional<Duration> p90,
    Optional<Duration> p99) {

  public TargetReport {
    Objects.requireNonNull(milestone, "milestone");
    if (met + breaches != counted) {
      throw new IllegalArgumentException("met + breaches must equal N");
    }
  }

  /** met / N rounded half-even to 4 decimals; empty when N = 0. */
  public Optional<BigDecimal> metRatio() {
    if (counted == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(met).divide(BigDecimal.valueOf(counted), 4, RoundingMode.HALF_EVEN));
  }
}
