package org.anxin.staffing.scenario;

import java.util.List;
import org.anxin.simulator.scenario.ScenarioChecks;
import org.anxin.sla.complaint.Channel;

/** The three channels of {@link Channel}, each with its share and hours. */
public record Channels(ChannelProfile phone, ChannelProfile online, ChannelProfile walkIn) {

  /** The profiles in {@link Channel} order. */
  public List<ChannelProfile> inOrder() {
    return List.of(phone, online, walkIn);
  }

  void validate(String field) {
    ScenarioChecks.required(field + ".phone", phone).validate(field + ".phone");
    ScenarioChecks.required(field + ".online", online).validate(field + ".online");
    ScenarioChecks.required(field + ".walkIn", walkIn).validate(field + ".walkIn");
    if (!(phone.share() + online.share() + walkIn.share() > 0)) {
      throw ScenarioChecks.invalid(field, "shares 0, 0, 0", "a channel needs a share above 0");
    }
  }
}
