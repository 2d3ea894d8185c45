package org.anxin.sla.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A pause of a complaint's clocks, {@code [from, until)}; {@code until} is empty while it lasts.
 */
public record Pause(Instant from, Optional<Instant> until) {

  public Pause {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  public static Pause closed(Instant from, Instant until) {
    return new Pause(from, Optional.of(until));
  }

  public static Pause open(Instant from) {
    return new Pause(from, Optional.empty());
  }
}
