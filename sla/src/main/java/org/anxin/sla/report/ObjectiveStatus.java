package org.anxin.sla.report;

/** Whether a group of complaints meets the portfolio objective. */
public enum ObjectiveStatus {
  /** Breaches within the allowance: error budget left ≥ 0. */
  MET,
  /** More breaches than the objective allows. */
  MISSED,
  /** No complaint counted (N = 0). */
  NO_DATA
}
