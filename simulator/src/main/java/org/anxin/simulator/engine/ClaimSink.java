package org.anxin.simulator.engine;

import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;

/**
 * Takes every payout of a run, one claim at a time, as the worker books it (the claim-level output
 * {@code claims.csv.gz}). Each worker thread has a {@link Recorder} of its own; the engine hands it
 * chunks of consecutive trials and says when each chunk ends, so a sink can put the chunks back in
 * trial order whatever the thread count. A run without a sink pays one null check per payout.
 */
public interface ClaimSink {

  /** A recorder for one worker thread; called once per thread, from that thread. */
  Recorder recorder();

  /**
   * Says that the run failed: recorders blocked waiting for an earlier chunk must give up, so that
   * the engine's threads end. Called from any thread.
   */
  void abort();

  /** One worker's claims, trial after trial, chunk after chunk. */
  interface Recorder {

    /**
     * A payout of trial {@code trial}.
     *
     * @param trial the trial
     * @param pathYear the path year the claim's deal (or report) belongs to, 0 for the first
     * @param code the guarantee that pays
     * @param segment the deal's segment, or {@code null} for per-report claims (no deal)
     * @param deal the deal's index in its year's book, or {@code -1} for per-report claims
     * @param day the payment day counted from 1 January of the path's first year, or {@code -1} for
     *     per-report claims (paid over the year)
     * @param kind how the payout is booked: its amount less what is recovered is its cost
     * @param count claims in this row: 1, or the year's reports of a per-report guarantee
     * @param amountFen the cash paid
     * @param recoveredFen what comes back: an advance's recovery, a bought-back home's resale
     * @param writtenOffFen what an advance does not recover, or what a bought-back home lost
     */
    void claim(
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
        long writtenOffFen);

    /**
     * A claim of trial {@code trial} that the catalog rejects: filed after its filing window, or on
     * a fact that came to light outside its window (a leak found after the warranty). Nothing is
     * paid; the customer still files it, with customer service, on {@code day}. Ignored unless a
     * sink wants it (the staffing simulation's complaints do).
     *
     * @param day the day the claim is filed (the filing day, or the day the fact came to light),
     *     counted from 1 January of the path's first year
     */
    default void rejected(
        int trial, int pathYear, GuaranteeCode code, DealKind segment, int deal, int day) {}

    /** Every claim since the last call belongs to chunk {@code chunk} (trials in order). */
    void endChunk(int chunk);
  }

  /**
   * What a sink throws at a worker when the run has already failed elsewhere: a consequence, never
   * the cause, so the engine reports any other failure before it.
   */
  final class Aborted extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** A worker stopped because the run failed: {@code message} says so. */
    public Aborted(String message) {
      super(message);
    }
  }
}
