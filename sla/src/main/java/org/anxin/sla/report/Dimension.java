package org.anxin.sla.report;

/** How a report's rows are grouped. */
public enum Dimension {
  /** Every complaint. */
  ALL("all"),
  /** Month of first receipt, in the report's zone ({@code 2025-03}). */
  MONTH("month"),
  /** Channel: phone, online, walk-in. */
  CHANNEL("channel"),
  /** The handling team. */
  TEAM("team");

  private final String label;

  Dimension(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
