package org.anxin.staffing.scenario;

import java.util.List;
import org.anxin.sla.complaint.Channel;

/** The three channels of {@link Channel}, each with its share and hours. */
public record Channels(ChannelProfile phone, ChannelProfile online, ChannelProfile walkIn) {

  /** The profiles in {@link Channel} order. */
  public List<ChannelProfile> inOrder() {
    return List.of(phone, online, walkIn);
  }

  void validate(String field) {
    Checks.required(field + ".phone", phone).validate(field + ".phone");
    Checks.required(field + ".online", online).validate(field + ".online");
    Checks.required(field + ".walkIn", walkIn).validate(field + ".walkIn");
    if (!(phone.share() + online.share() + walkIn.share() > 0)) {
      throw Checks.invalid(field, "shares 0, 0, 0", "a channel needs a share above 0");
    }
  }
}
