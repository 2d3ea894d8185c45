package org.anxin.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.RiskKind;

/** Remembers every event of a single-threaded run. */
final class RecordingObserver implements EngineObserver {

  record Incident(int trial, int deal, RiskKind risk, long priceFen, long depositFen) {}

  record Cancellation(int trial, int deal, RiskKind risk) {}

  record Payment(int trial, int deal, GuaranteeCode code, long amountFen) {}

  record ChainBreak(int trial, int deal) {}

  final List<Incident> incidents = new ArrayList<>();
  final List<Cancellation> cancellations = new ArrayList<>();
  final List<Payment> payments = new ArrayList<>();
  final List<ChainBreak> chainBreaks = new ArrayList<>();

  @Override
  public void incident(int trial, int deal, RiskKind risk, long priceFen, long depositFen) {
    incidents.add(new Incident(trial, deal, risk, priceFen, depositFen));
  }

  @Override
  public void chainBreak(int trial, int deal) {
    chainBreaks.add(new ChainBreak(trial, deal));
  }

  @Override
  public void cancelled(int trial, int deal, RiskKind risk) {
    cancellations.add(new Cancellation(trial, deal, risk));
  }

  @Override
  public void paid(int trial, int deal, GuaranteeCode code, long amountFen) {
    payments.add(new Payment(trial, deal, code, amountFen));
  }
}
