package org.anxin.sla.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxin.sla.complaint.Channel;
import org.anxin.sla.complaint.ComplaintId;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.complaint.Pause;
import org.anxin.sla.policy.SlaTarget;

/**
 * A complaint as {@link OutcomeJudge} takes it, converted from the {@link ComplaintSummary} that
 * the object API takes, so that the two can be compared on the same complaint.
 *
 * @param pauses pairs from, until; longer than needed, with a junk tail, because callers reuse
 *     buffers and only {@code pauseCount} pairs may be read
 */
record JudgeInputs(long received, long reached, long[] pauses, int pauseCount) {

  static JudgeInputs of(SlaTarget target, ComplaintSummary complaint) {
    List<Pause> list = complaint.pauses();
    long[] pauses = new long[2 * list.size() + 4];
    Arrays.fill(pauses, -12_345L);
    for (int i = 0; i < list.size(); i++) {
      pauses[2 * i] = list.get(i).from().getEpochSecond();
      pauses[2 * i + 1] =
          list.get(i).until().map(Instant::getEpochSecond).orElse(OutcomeJudge.OPEN);
    }
    long reached =
        target
            .milestone()
            .reachedAt(complaint)
            .map(Instant::getEpochSecond)
            .orElse(OutcomeJudge.NOT_REACHED);
    return new JudgeInputs(complaint.received().getEpochSecond(), reached, pauses, list.size());
  }

  TargetOutcome.Kind kind(OutcomeJudge judge, long at) {
    return judge.kind(received, reached, pauses, pauseCount, at);
  }

  long elapsed(OutcomeJudge judge, long at) {
    return judge.elapsedSeconds(received, reached, pauses, pauseCount, at);
  }

  long deadline(OutcomeJudge judge, long at) {
    return judge.deadline(received, reached, pauses, pauseCount, at);
  }

  /** A complaint with the given instants; the other fields do not affect a target's outcome. */
  static ComplaintSummary complaint(
      Instant received,
      Optional<Instant> firstResponse,
      Optional<Instant> solution,
      Optional<Instant> resolved,
      List<Instant> reopenings,
      List<Pause> pauses) {
    return new ComplaintSummary(
        ComplaintId.of("c"),
        Channel.PHONE,
        "A",
        "fees",
        Optional.empty(),
        received,
        received,
        firstResponse,
        solution,
        resolved,
        reopenings,
        pauses,
        Duration.ZERO);
  }
}
