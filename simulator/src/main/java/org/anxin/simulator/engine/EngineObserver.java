package org.anxin.simulator.engine;

import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.RiskKind;

/**
 * Sees what happens inside trials, one event at a time, for tests and diagnostics. Production runs
 * have none, and the hot loop then pays only a null check. Calls come from worker threads: an
 * observer used with several threads must be thread-safe.
 */
interface EngineObserver {

  /** {@code risk} is resolved on {@code deal}, whose price (or rent) and deposit are as given. */
  void incident(int trial, int deal, RiskKind risk, long priceFen, long depositFen);

  /** {@code deal}, a purchase, is broken by its funding sale (not rescued). */
  void chainBreak(int trial, int deal);

  /** {@code deal} is cancelled; {@code risk} is the cause, or {@code null} for a chain break. */
  void cancelled(int trial, int deal, RiskKind risk);

  /** {@code code} pays {@code amountFen} on {@code deal} ({@code -1} for per-report claims). */
  void paid(int trial, int deal, GuaranteeCode code, long amountFen);
}
