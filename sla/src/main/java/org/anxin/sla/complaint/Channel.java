package org.anxin.sla.complaint;

import java.util.Locale;
import org.anxin.domain.InvalidInputException;

/** How a complaint reached us. */
public enum Channel {
  /** By telephone (电话). */
  PHONE("phone"),
  /** Online: app, web or messaging (线上). */
  ONLINE("online"),
  /** In person at a store (面访). */
  WALK_IN("walk-in");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  /** The name used in files and reports: {@code phone}, {@code online}, {@code walk-in}. */
  public String label() {
    return label;
  }

  /** Parses {@code phone}, {@code online} or {@code walk-in} (also 电话, 线上, 面访). */
  public static Channel parse(String field, String text) {
    String s = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (s) {
      case "phone", "电话" -> PHONE;
      case "online", "线上" -> ONLINE;
      case "walk-in", "walkin", "面访" -> WALK_IN;
      default -> throw new InvalidInputException(field, text, "must be phone, online or walk-in");
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
