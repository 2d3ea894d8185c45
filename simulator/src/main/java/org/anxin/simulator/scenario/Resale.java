package org.anxin.simulator.scenario;

/**
 * Resale deals (二手房): intent money → deposit (转定) → signing (网签) → loan → transfer (过户) → handover
 * (交房).
 *
 * @param price the price in yuan
 * @param depositShare the earnest-money deposit as a share of the price (the deposit law caps the
 *     legal deposit at 20 %)
 * @param commissionRate the commission as a share of the price, charged at signing
 * @param loanShare the share of buyers who need a mortgage loan
 * @param loanClauseShare among those, the share whose contract has a loan clause (a refused loan
 *     then cancels without fault)
 * @param holdback the handover holdback (物业交割保证金) in yuan
 * @param daysToSigning days from the deposit to the signing
 * @param daysToTransfer days from the signing to the title transfer
 * @param daysToHandover days from the transfer to the handover
 */
public record Resale(
    Dist price,
    Dist depositShare,
    double commissionRate,
    double loanShare,
    double loanClauseShare,
    Dist holdback,
    Dist daysToSigning,
    Dist daysToTransfer,
    Dist daysToHandover) {

  void validate(String field) {
    ScenarioChecks.dist(field + ".price", price, Bounds.PRICE);
    ScenarioChecks.dist(field + ".depositShare", depositShare, Bounds.SHARE);
    ScenarioChecks.probability(field + ".commissionRate", commissionRate);
    ScenarioChecks.probability(field + ".loanShare", loanShare);
    ScenarioChecks.probability(field + ".loanClauseShare", loanClauseShare);
    ScenarioChecks.dist(field + ".holdback", holdback, Bounds.HOLDBACK);
    ScenarioChecks.days(field + ".daysToSigning", daysToSigning);
    ScenarioChecks.days(field + ".daysToTransfer", daysToTransfer);
    ScenarioChecks.days(field + ".daysToHandover", daysToHandover);
  }
}
