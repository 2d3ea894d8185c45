package org.anxin.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Trials {@code [from, to)} of a run: what one task simulates. */
record TrialRange(int from, int to) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The trials of the range. */
  int size() {
    return to - from;
  }

  /** {@code trials} split into {@code parts} consecutive ranges as even as can be (none empty). */
  static List<TrialRange> split(int trials, int parts) {
    int n = Math.min(trials, parts);
    List<TrialRange> ranges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ranges.add(
          new TrialRange((int) ((long) trials * i / n), (int) ((long) trials * (i + 1) / n)));
    }
    return ranges;
  }
}
