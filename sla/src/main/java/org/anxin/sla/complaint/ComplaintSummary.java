package org.anxin.sla.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.DealId;

/**
 * The milestones of one complaint that a compliance report needs. Field names in error messages are
 * the CSV columns of {@code docs/sla.md}.
 *
 * @param received the first receipt: every target's clock starts here
 * @param registered when it was recorded (at or after {@code received})
 * @param firstResponse the first response, if any
 * @param solution the first solution proposed, if any
 * @param resolved the final resolution; empty while the complaint is open (also after a reopening
 *     not yet resolved again)
 * @param reopenings when the complaint was reopened, in order
 * @param pauses pauses with their instants, measured on each target's calendar
 * @param reportedPause paused business time known only as a total (a ticket system's "paused
 *     minutes"); counts for the resolution target only, and excludes {@code pauses}
 */
public record ComplaintSummary(
    ComplaintId id,
    Channel channel,
    String team,
    String category,
    Optional<DealId> deal,
    Instant received,
    Instant registered,
    Optional<Instant> firstResponse,
    Optional<Instant> solution,
    Optional<Instant> resolved,
    List<Instant> reopenings,
    List<Pause> pauses,
    Duration reportedPause) {

  public ComplaintSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    require(id, team != null && !team.isBlank(), "team", String.valueOf(team), "must not be empty");
    require(
        id,
        category != null && !category.isBlank(),
        "category",
        String.valueOf(category),
        "must not be empty");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(registered, "registered");
    reopenings = List.copyOf(reopenings);
    pauses = List.copyOf(pauses);
    Objects.requireNonNull(reportedPause, "reportedPause");

    notBefore(id, "registered", registered, "received", received);
    firstResponse.ifPresent(t -> notBefore(id, "first_response", t, "received", received));
    solution.ifPresent(t -> notBefore(id, "solution", t, "received", received));
    resolved.ifPresent(t -> notBefore(id, "resolved", t, "received", received));
    if (firstResponse.isPresent()) {
      Instant response = firstResponse.get();
      solution.ifPresent(t -> notBefore(id, "solution", t, "first_response", response));
      resolved.ifPresent(t -> notBefore(id, "resolved", t, "first_response", response));
    }
    if (solution.isPresent()) {
      Instant proposed = solution.get();
      resolved.ifPresent(t -> notBefore(id, "resolved", t, "solution", proposed));
    }
    Instant previous = received;
    for (Instant reopened : reopenings) {
      notBefore(id, "reopened", reopened, "received or the previous reopening", previous);
      previous = reopened;
    }
    if (resolved.isPresent() && !reopenings.isEmpty()) {
      notBefore(id, "resolved", resolved.get(), "the last reopening", previous);
    }
    checkPauses(id, received, resolved, pauses);
    require(
        id, !reportedPause.isNegative(), "paused_minutes", reportedPause, "must not be negative");
    require(
        id,
        reportedPause.isZero() || pauses.isEmpty(),
        "paused_minutes",
        reportedPause,
        "give either paused_minutes or pauses, not both");
  }

  /** Whether the complaint is still open (never resolved, or reopened and not resolved again). */
  public boolean isOpen() {
    return resolved.isEmpty();
  }

  /** Whether the complaint was ever reopened. */
  public boolean wasReopened() {
    return !reopenings.isEmpty();
  }

  private static void checkPauses(
      ComplaintId id, Instant received, Optional<Instant> resolved, List<Pause> pauses) {
    Instant previous = received;
    for (int i = 0; i < pauses.size(); i++) {
      Pause pause = pauses.get(i);
      notBefore(id, "pauses", pause.from(), "received or the end of the previous pause", previous);
      if (pause.until().isEmpty()) {
        require(
            id,
            i == pauses.size() - 1 && resolved.isEmpty(),
            "pauses",
            pause.from(),
            "only the last pause of an open complaint may be unfinished");
        previous = pause.from();
      } else {
        previous = pause.until().get();
        notBefore(id, "pauses", previous, "the pause's start", pause.from());
      }
    }
    if (resolved.isPresent()) {
      notBefore(id, "resolved", resolved.get(), "the end of the last pause", previous);
    }
  }

  private static void notBefore(
      ComplaintId id, String column, Instant value, String otherName, Instant other) {
    require(id, !value.isBefore(other), column, value, "must not be before " + otherName);
  }

  private static void require(
      ComplaintId id, boolean condition, String column, Object value, String problem) {
    if (!condition) {
      throw new ComplaintInputException(id, column, value, problem);
    }
  }
}
