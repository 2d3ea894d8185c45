package org.anxin.guarantees.payout;

import java.util.Objects;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.Term;
import org.anxin.guarantees.catalog.Terms;

/**
 * The payout formulas with one catalog's terms filled in: {@code rules.swapCancellation(forfeited,
 * kept)} instead of passing the cap each time. Built once per catalog; its methods read primitive
 * arrays and call {@link PayoutFormulas}, so the simulator's inner loop can use it without
 * allocating.
 *
 * <p>A guarantee the catalog does not offer pays nothing: every one of its methods returns 0.
 */
// The catalog's terms in flat arrays indexed by code: read per claim, so no map lookups.
@SuppressWarnings("EnumOrdinal")
public final class PayoutRules {

  private static final int CODES = GuaranteeCode.values().length;

  private final Catalog catalog;
  private final boolean[] offered = new boolean[CODES];
  private final long[] capFen = new long[CODES];
  private final long[] perReportFen = new long[CODES];
  private final long litigationCapFen;
  private final long holdbackDefaultFen;

  private PayoutRules(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    for (Guarantee guarantee : catalog.guarantees()) {
      int i = guarantee.code().ordinal();
      offered[i] = true;
      Terms terms = guarantee.terms();
      capFen[i] = terms.capFen();
      if (terms.has(Term.PER_REPORT)) {
        perReportFen[i] = terms.fen(Term.PER_REPORT);
      }
    }
    litigationCapFen = termOr(catalog, GuaranteeCode.FUNDS_SAFETY, Term.LITIGATION_CAP);
    holdbackDefaultFen = termOr(catalog, GuaranteeCode.FEE_ARREARS, Term.HOLDBACK_DEFAULT);
  }

  /** The rules of this catalog. */
  public static PayoutRules of(Catalog catalog) {
    return new PayoutRules(catalog);
  }

  /** The catalog the terms come from. */
  public Catalog catalog() {
    return catalog;
  }

  /** Whether the catalog offers the guarantee; one it does not offer pays nothing. */
  public boolean offers(GuaranteeCode code) {
    return offered[code.ordinal()];
  }

  /** The guarantee's cap in fen ({@link PayoutFormulas#NO_CAP} when uncapped; 0 if not offered). */
  public long capFen(GuaranteeCode code) {
    return capFen[code.ordinal()];
  }

  /** FEE_ARREARS' holdback for a deal that states none (0 if FEE_ARREARS is not offered). */
  public long holdbackDefaultFen() {
    return holdbackDefaultFen;
  }

  public long trueListing(long verifiedReports) {
    int i = GuaranteeCode.TRUE_LISTING.ordinal();
    return PayoutFormulas.trueListing(verifiedReports, perReportFen[i], capFen[i]);
  }

  public long noColdCalls(long unwantedCalls) {
    int i = GuaranteeCode.NO_COLD_CALLS.ordinal();
    return PayoutFormulas.noColdCalls(unwantedCalls, perReportFen[i], capFen[i]);
  }

  public long preSigningSeizure(long depositPaidFen, long refundedByOwnersFen) {
    return PayoutFormulas.preSigningSeizure(
        depositPaidFen, refundedByOwnersFen, cap(GuaranteeCode.PRE_SIGNING_SEIZURE));
  }

  public long swapCancellation(long forfeitedLegalDepositOnPurchaseFen, long keptFromSalesFen) {
    return PayoutFormulas.swapCancellation(
        forfeitedLegalDepositOnPurchaseFen, keptFromSalesFen, cap(GuaranteeCode.SWAP_CANCELLATION));
  }

  public long fundsSafety(long paidToSellerFen, long refundedBySellerFen, long litigationCostsFen) {
    return PayoutFormulas.fundsSafety(
        paidToSellerFen,
        refundedBySellerFen,
        litigationCostsFen,
        litigationCapFen,
        cap(GuaranteeCode.FUNDS_SAFETY));
  }

  public long commissionRefund(boolean customerAtFault, long commissionChargedFen) {
    return PayoutFormulas.commissionRefund(
        customerAtFault, commissionChargedFen, cap(GuaranteeCode.COMMISSION_REFUND));
  }

  public long taxEstimate(long quotedTaxFen, long actualTaxFen) {
    return PayoutFormulas.taxEstimate(quotedTaxFen, actualTaxFen, cap(GuaranteeCode.TAX_ESTIMATE));
  }

  public long loanRefusal(boolean hasLoanClause, long forfeitedLegalDepositFen) {
    return PayoutFormulas.loanRefusal(
        hasLoanClause, forfeitedLegalDepositFen, cap(GuaranteeCode.LOAN_REFUSAL));
  }

  /** FEE_ARREARS with the deal's own holdback (0 when the deal states it has none). */
  public long feeArrears(long arrearsFen, long holdbackFen) {
    return PayoutFormulas.feeArrears(arrearsFen, holdbackFen, cap(GuaranteeCode.FEE_ARREARS));
  }

  /** FEE_ARREARS for a deal that does not state its holdback: the catalog's default applies. */
  public long feeArrears(long arrearsFen) {
    return feeArrears(arrearsFen, holdbackDefaultFen);
  }

  public long hukouNotMoved(long contractualDamagesFen, long paidBySellerFen) {
    return PayoutFormulas.hukouNotMoved(
        contractualDamagesFen, paidBySellerFen, cap(GuaranteeCode.HUKOU_NOT_MOVED));
  }

  public long leakWarranty(long repairCostFen) {
    return PayoutFormulas.leakWarranty(repairCostFen, cap(GuaranteeCode.LEAK_WARRANTY));
  }

  public long stigmatizedHome(long pricePaidFen) {
    return PayoutFormulas.stigmatizedHome(pricePaidFen, cap(GuaranteeCode.STIGMATIZED_HOME));
  }

  public long radiation(long pricePaidFen) {
    return PayoutFormulas.radiation(pricePaidFen, cap(GuaranteeCode.RADIATION));
  }

  public long newHomePrice(long quotedPriceFen, long developerPriceFen) {
    return PayoutFormulas.newHomePrice(
        quotedPriceFen, developerPriceFen, cap(GuaranteeCode.NEW_HOME_PRICE));
  }

  public long newHomeSubscription(long subscriptionPaidFen, long refundedByDeveloperFen) {
    return PayoutFormulas.newHomeSubscription(
        subscriptionPaidFen, refundedByDeveloperFen, cap(GuaranteeCode.NEW_HOME_SUBSCRIPTION));
  }

  public long rentalDeposit(
      long securityDepositFen, long returnedFen, long justifiedDeductionsFen) {
    return PayoutFormulas.rentalDeposit(
        securityDepositFen, returnedFen, justifiedDeductionsFen, cap(GuaranteeCode.RENTAL_DEPOSIT));
  }

  public long rentalLeak(long dailyRentFen, long unusableDays) {
    return PayoutFormulas.rentalLeak(dailyRentFen, unusableDays, cap(GuaranteeCode.RENTAL_LEAK));
  }

  public long rentalSwitch(long reLettingCostFen) {
    return PayoutFormulas.rentalSwitch(reLettingCostFen, cap(GuaranteeCode.RENTAL_SWITCH));
  }

  /** The cap, which is 0 for a guarantee the catalog does not offer: it then pays nothing. */
  private long cap(GuaranteeCode code) {
    return capFen[code.ordinal()];
  }

  private static long termOr(Catalog catalog, GuaranteeCode code, Term term) {
    return catalog.find(code).map(g -> g.terms().fen(term)).orElse(0L);
  }

  @Override
  public String toString() {
    return "PayoutRules[" + catalog.id() + " " + catalog.version() + "]";
  }
}
