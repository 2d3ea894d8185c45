package org.anxin.sla.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.InvalidInputException;

/** Nearest-rank percentiles: the p-th percentile of n values is the ⌈n·p/100⌉-th smallest. */
public final class Percentiles {

  private Percentiles() {}

  /** The nearest-rank {@code percent}-th percentile; empty for no values. */
  public static Optional<Duration> nearestRank(Collection<Duration> values, int percent) {
    if (percent < 1 || percent > 100) {
      throw new InvalidInputException("percentile", percent, "must be between 1 and 100");
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    int rank = (int) ((Math.multiplyExact((long) n, percent) + 99) / 100);
    return Optional.of(sorted.get(rank - 1));
  }
}
