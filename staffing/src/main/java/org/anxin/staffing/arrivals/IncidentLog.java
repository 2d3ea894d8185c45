package org.anxin.staffing.arrivals;

import java.util.Arrays;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.simulator.engine.ClaimSink;

/**
 * The claims of each trial of a liability run, kept as the staffing simulation needs them: the
 * guarantee, the day and, for a per-report guarantee, how many reports; the payouts and the claims
 * the catalog rejects (filed too late, or on a fact outside its window), which reach customer
 * service all the same. Staffing trial {@code i} files its complaints from simulation trial {@code
 * i}, so money and workload come from the same years. Only the first path year is kept, and only
 * claims inside it.
 */
// Columns hold enums as their ordinals: the arrays are the hot loop's.
@SuppressWarnings("EnumOrdinal")
public final class IncidentLog implements ClaimSink {

  private final int yearDays;
  private final int firstTrial;
  private final Claims[] byTrial;

  /** A log for trials {@code [0, trials)} of a year of {@code yearDays} days. */
  public IncidentLog(int trials, int yearDays) {
    this(0, trials, yearDays);
  }

  /**
   * A log for trials {@code [firstTrial, firstTrial + trials)} of a year of {@code yearDays} days:
   * a range of a run, as a task of a cluster computes it.
   */
  public IncidentLog(int firstTrial, int trials, int yearDays) {
    this.yearDays = yearDays;
    this.firstTrial = firstTrial;
    this.byTrial = new Claims[trials];
  }

  /** The claims of {@code trial}, paid or rejected, in the order the engine met them. */
  public Claims of(int trial) {
    if (trial < firstTrial || trial - firstTrial >= byTrial.length) {
      throw new IllegalArgumentException(
          "trial "
              + trial
              + " is not in this log's trials "
              + firstTrial
              + ".."
              + (firstTrial + byTrial.length));
    }
    Claims claims = byTrial[trial - firstTrial];
    return claims == null ? Claims.EMPTY : claims;
  }

  @Override
  public Recorder recorder() {
    return new Recorder() {
      @Override
      public void claim(
          int trial,
          int pathYear,
          GuaranteeCode code,
          DealKind segment,
          int deal,
          int day,
          PayoutKind kind,
          long count,
          long amountFen,
          long recoveredFen,
          long writtenOffFen) {
        add(trial, pathYear, code, day, count);
      }

      @Override
      public void rejected(
          int trial, int pathYear, GuaranteeCode code, DealKind segment, int deal, int day) {
        add(trial, pathYear, code, day, 1);
      }

      private void add(int trial, int pathYear, GuaranteeCode code, int day, long count) {
        if (pathYear != 0 || day >= yearDays) {
          return;
        }
        Claims claims = byTrial[trial - firstTrial];
        if (claims == null) {
          // Each trial is run by one worker: its slot is written by that thread alone, and read
          // after the engine's run has joined every worker.
          claims = new Claims();
          byTrial[trial - firstTrial] = claims;
        }
        claims.add(code, day, count);
      }

      @Override
      public void endChunk(int chunk) {
        // Trials are kept by index: chunk order does not matter.
      }
    };
  }

  @Override
  public void abort() {
    // Nothing waits on another chunk.
  }

  /** The claims of one trial (payouts and rejected claims), as parallel arrays. */
  public static final class Claims {
    static final Claims EMPTY = new Claims();
    private static final GuaranteeCode[] CODES = GuaranteeCode.values();

    private int size;
    private byte[] codes = new byte[16];
    private int[] days = new int[16];
    private long[] counts = new long[16];

    void add(GuaranteeCode code, int day, long count) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
        days = Arrays.copyOf(days, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      codes[size] = (byte) code.ordinal();
      days[size] = day;
      counts[size] = count;
      size++;
    }

    /** How many claims. */
    public int size() {
      return size;
    }

    /** The guarantee of claim {@code i}. */
    public GuaranteeCode code(int i) {
      return CODES[codes[i]];
    }

    /** The day of the year of claim {@code i}, or -1 for a per-report guarantee's year. */
    public int day(int i) {
      return days[i];
    }

    /** The reports of claim {@code i} (1 for a claim on a deal). */
    public long count(int i) {
      return counts[i];
    }
  }
}
