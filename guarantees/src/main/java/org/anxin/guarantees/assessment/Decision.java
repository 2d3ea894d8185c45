package org.anxin.guarantees.assessment;

/** The outcome of an assessment. */
public enum Decision {
  /** Every condition holds and something is owed. */
  PAYABLE("payable"),
  /** A condition fails, or nothing is owed. */
  REJECTED("rejected");

  private final String id;

  Decision(String id) {
    this.id = id;
  }

  /** The name in JSON output: {@code payable} or {@code rejected}. */
  public String id() {
    return id;
  }
}
