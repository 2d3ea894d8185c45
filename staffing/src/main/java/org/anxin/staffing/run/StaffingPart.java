package org.anxin.staffing.run;

import java.io.Serializable;
import org.anxin.staffing.queue.MonthlyTally;

/**
 * What one task of a distributed staffing run computes: a range of trials at one headcount ({@link
 * StaffingRun#runRange}); the driver joins the parts with {@link StaffingRun#assemble}.
 */
public final class StaffingPart implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int headcount;
  private final int from;
  private final int[] complaints;
  private final MonthlyTally[] tallies;

  StaffingPart(int headcount, int from, int[] complaints, MonthlyTally[] tallies) {
    this.headcount = headcount;
    this.from = from;
    this.complaints = complaints;
    this.tallies = tallies;
  }

  /** The roster's headcount. */
  public int headcount() {
    return headcount;
  }

  /** The first trial. */
  public int from() {
    return from;
  }

  /** The trial after the last. */
  public int to() {
    return from + tallies.length;
  }

  /** The complaints of {@code trial}'s year, the same at every headcount. */
  int complaints(int trial) {
    return complaints[trial - from];
  }

  /** The monthly tally of {@code trial}. */
  MonthlyTally tally(int trial) {
    return tallies[trial - from];
  }
}
