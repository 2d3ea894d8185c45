package org.anxin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.anxin.sla.policy.SlaTarget;
import org.anxin.sla.report.ComplianceReport;
import org.anxin.sla.report.GroupReport;
import org.anxin.sla.report.ObjectiveReport;
import org.anxin.sla.report.TargetReport;

/**
 * The compliance report as JSON. Durations are business minutes (a decimal number when seconds are
 * involved); ratios are met / N rounded half-even to 4 decimals, null when N = 0.
 */
final class SlaReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SlaReportJson() {}

  static String render(ComplianceReport report, String source) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("policy", report.policy().name());
    root.put("source", source);
    root.put("asOf", OffsetDateTime.ofInstant(report.asOf(), report.zone()).toString());
    root.put("zone", report.zone().getId());
    ArrayNode targets = root.putArray("targets");
    for (SlaTarget target : report.policy().targets()) {
      ObjectNode node = targets.addObject();
      node.put("milestone", key(target.milestone().name()));
      node.put("budgetMinutes", minutes(target.budget()));
      node.put("calendar", target.calendar().id());
      node.put("calendarVersion", target.calendar().version());
    }
    ObjectNode objective = root.putObject("objective");
    objective.put("milestone", key(report.policy().objective().milestone().name()));
    objective.put("percent", report.policy().objective().percent());
    ArrayNode groups = root.putArray("groups");
    for (GroupReport group : report.groups()) {
      ObjectNode node = groups.addObject();
      node.put("dimension", group.dimension().label());
      node.put("key", group.key());
      node.put("complaints", group.complaints());
      node.put("open", group.open());
      node.put("reopened", group.reopened());
      ObjectNode byTarget = node.putObject("targets");
      for (TargetReport target : group.targets()) {
        ObjectNode t = byTarget.putObject(key(target.milestone().name()));
        t.put("n", target.counted());
        t.put("met", target.met());
        t.put("breaches", target.breaches());
        t.put("openBreaches", target.openBreaches());
        t.put("openWithinDeadline", target.openWithinDeadline());
        t.put("closed", target.closed());
        Optional<BigDecimal> ratio = target.metRatio();
        if (ratio.isPresent()) {
          t.put("metRatio", ratio.get());
        } else {
          t.putNull("metRatio");
        }
        putMinutes(t, "p50Minutes", target.p50());
        putMinutes(t, "p90Minutes", target.p90());
        putMinutes(t, "p99Minutes", target.p99());
      }
      ObjectiveReport o = group.objective();
      ObjectNode objectiveNode = node.putObject("objective");
      objectiveNode.put("n", o.counted());
      objectiveNode.put("allowedBreaches", o.allowedBreaches());
      objectiveNode.put("breaches", o.breaches());
      objectiveNode.put("errorBudgetLeft", o.errorBudgetLeft());
      objectiveNode.put("status", o.status().name());
    }
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static String key(String enumName) {
    // FIRST_RESPONSE -> first_response, matching the CSV columns.
    return enumName.toLowerCase(Locale.ROOT);
  }

  private static void putMinutes(ObjectNode node, String name, Optional<Duration> duration) {
    if (duration.isPresent()) {
      node.put(name, minutes(duration.get()));
    } else {
      node.putNull(name);
    }
  }

  private static BigDecimal minutes(Duration duration) {
    BigDecimal nanos =
        BigDecimal.valueOf(duration.getSeconds())
            .multiply(BigDecimal.valueOf(1_000_000_000L))
            .add(BigDecimal.valueOf(duration.getNano()));
    BigDecimal minutes =
        nanos.divide(BigDecimal.valueOf(60_000_000_000L), 3, RoundingMode.HALF_EVEN);
    return minutes.stripTrailingZeros().scale() < 0
        ? minutes.setScale(0, RoundingMode.UNNECESSARY)
        : minutes.stripTrailingZeros();
  }
}
