package org.anxin.sla.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.anxin.sla.policy.SlaPolicy;

/**
 * A compliance report: the whole portfolio, then one group per month of first receipt, per channel
 * and per team.
 *
 * @param asOf the instant the report is made at: later events are ignored, open complaints are
 *     judged against their deadlines at this instant
 * @param zone the zone that decides a complaint's month
 */
public record ComplianceReport(
    SlaPolicy policy,
    Instant asOf,
    ZoneId zone,
    GroupReport overall,
    List<GroupReport> byMonth,
    List<GroupReport> byChannel,
    List<GroupReport> byTeam) {

  public ComplianceReport {
    byMonth = List.copyOf(byMonth);
    byChannel = List.copyOf(byChannel);
    byTeam = List.copyOf(byTeam);
  }

  /** Every group: overall first, then months, channels and teams. */
  public List<GroupReport> groups() {
    List<GroupReport> all = new ArrayList<>();
    all.add(overall);
    all.addAll(byMonth);
    all.addAll(byChannel);
    all.addAll(byTeam);
    return all;
  }
}
