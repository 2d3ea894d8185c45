package org.anxin.guarantees.payout;

import java.util.Objects;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.catalog.RecoveryTerms;
import org.anxin.guarantees.catalog.Term;
import org.anxin.guarantees.catalog.Terms;
import org.anxin.guarantees.catalog.Windows;

/**
 * One catalog's payout rules: the entry point through which {@code anxin claims assess} (via the
 * assessment's {@code Payouts}) and the simulator's inner loop ({@code TrialWorker}) compute every
 * payout. Each formula is {@link PayoutFormulas}' with the catalog's terms filled in — {@code
 * rules.swapCancellation(forfeited, kept)} instead of passing the cap each time — and the rules
 * also answer what else the two callers need to read from the catalog per claim: whether a
 * guarantee is offered and covers a segment, its cap, its payout kind, its per-report amount, the
 * litigation cap, the holdback default and an advance's write-off window.
 *
 * <p>Built once per catalog, immutable and thread-safe. The terms are held in flat primitive arrays
 * indexed by {@link GuaranteeCode#ordinal()} and every method takes and returns primitives (or an
 * enum constant), so the simulator's hot loop calls them without allocating or hashing.
 *
 * <p>A guarantee the catalog does not offer pays nothing: its cap is 0, so every formula of it
 * returns 0.
 */
// The catalog's terms in flat arrays indexed by code: read per claim, so no map lookups.
@SuppressWarnings("EnumOrdinal")
public final class PayoutRules {

  private static final int CODES = GuaranteeCode.values().length;
  private static final int KINDS = DealKind.values().length;

  private final Catalog catalog;
  private final boolean[] offered = new boolean[CODES];
  private final PayoutKind[] kind = new PayoutKind[CODES];
  private final long[] capFen = new long[CODES];
  private final long[] perReportFen = new long[CODES];
  private final int[] writeOffAfterDays = new int[CODES];
  private final int[] filingWindowDays = new int[CODES];

  /** A warranty, coverage or discovery window's days; {@link Integer#MAX_VALUE} for none. */
  private final int[] factWindowDays = new int[CODES];

  /** {@code covers[code * KINDS + kind]}: whether the guarantee covers deals of a kind. */
  private final boolean[] covers = new boolean[CODES * KINDS];

  private final long litigationCapFen;
  private final long holdbackDefaultFen;

  private PayoutRules(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    for (Guarantee guarantee : catalog.guarantees()) {
      int i = guarantee.code().ordinal();
      offered[i] = true;
      kind[i] = guarantee.kind();
      Terms terms = guarantee.terms();
      capFen[i] = terms.capFen();
      if (terms.has(Term.PER_REPORT)) {
        perReportFen[i] = terms.fen(Term.PER_REPORT);
      }
      // Only an advance has recovery terms; anything else is never written off.
      writeOffAfterDays[i] =
          guarantee.recovery().map(RecoveryTerms::writeOffAfterDays).orElse(Integer.MAX_VALUE);
      filingWindowDays[i] = guarantee.filing().days();
      factWindowDays[i] = factWindow(terms);
      for (DealKind dealKind : DealKind.values()) {
        covers[i * KINDS + dealKind.ordinal()] = guarantee.covers(dealKind);
      }
    }
    litigationCapFen = termOr(catalog, GuaranteeCode.FUNDS_SAFETY, Term.LITIGATION_CAP);
    holdbackDefaultFen = termOr(catalog, GuaranteeCode.FEE_ARREARS, Term.HOLDBACK_DEFAULT);
  }

  /** The guarantee's one window on when its fact may happen, if its terms have one. */
  private static int factWindow(Terms terms) {
    for (Term term : FACT_WINDOWS) {
      if (terms.has(term)) {
        return terms.days(term);
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The terms that bound when a guarantee's fact may come to light; a code takes at most one. */
  private static final Term[] FACT_WINDOWS = {
    Term.COVERAGE_DAYS, Term.WARRANTY_DAYS, Term.DISCOVERY_DAYS
  };

  /** The rules of this catalog. */
  public static PayoutRules of(Catalog catalog) {
    return new PayoutRules(catalog);
  }

  /** The catalog the terms come from. */
  public Catalog catalog() {
    return catalog;
  }

  // ---- What the catalog says of a guarantee -------------------------------------------------

  /** Whether the catalog offers the guarantee; one it does not offer pays nothing. */
  public boolean offers(GuaranteeCode code) {
    return offered[code.ordinal()];
  }

  /**
   * Whether the catalog offers the guarantee for deals of {@code dealKind} (a guarantee of segment
   * {@code all} covers every kind). {@code claims assess} refuses a claim on a deal the guarantee
   * does not cover, and the simulator pays nothing for it.
   */
  public boolean covers(GuaranteeCode code, DealKind dealKind) {
    return covers[code.ordinal() * KINDS + dealKind.ordinal()];
  }

  /** The guarantee's cap in fen ({@link Terms#NO_CAP} when uncapped; 0 if not offered). */
  public long capFen(GuaranteeCode code) {
    return capFen[code.ordinal()];
  }

  /**
   * What a paid claim of the guarantee is in the ledger, as this catalog says.
   *
   * @throws IllegalArgumentException when the catalog does not offer the guarantee
   */
  public PayoutKind kind(GuaranteeCode code) {
    PayoutKind k = kind[code.ordinal()];
    if (k == null) {
      throw new IllegalArgumentException(catalog.id() + " does not offer " + code);
    }
    return k;
  }

  /**
   * The days after an advance was paid after which what is not recovered is written off ({@link
   * Integer#MAX_VALUE} for a guarantee without recovery terms, which is never written off).
   */
  public int writeOffAfterDays(GuaranteeCode code) {
    return writeOffAfterDays[code.ordinal()];
  }

  /**
   * Whether money of an advance under {@code code} that comes back {@code daysAfterPayment} days
   * after it was paid comes too late: after the catalog's write-off window, whose last day still
   * counts.
   */
  public boolean isWrittenOff(GuaranteeCode code, long daysAfterPayment) {
    return !Windows.isWithin(daysAfterPayment, writeOffAfterDays[code.ordinal()]);
  }

  /**
   * Whether a claim under {@code code} filed {@code daysAfterTrigger} days after the event its
   * filing window counts from is in time: on or before the window's last day, as {@code claims
   * assess} rules ({@link Windows#isFiledInTime}).
   */
  public boolean isFiledInTime(GuaranteeCode code, long daysAfterTrigger) {
    return Windows.isFiledInTime(daysAfterTrigger, filingWindowDays[code.ordinal()]);
  }

  /**
   * Whether the fact a claim under {@code code} rests on, which came to light {@code
   * daysAfterOpening} days after its window opened, is inside the catalog's window for it:
   * FEE_ARREARS' coverage and LEAK_WARRANTY's warranty count from the handover, the buy-backs'
   * discovery window from the transfer, each with its last day included ({@link Windows#isWithin}),
   * as {@code claims assess} rules. A guarantee without such a window takes any day on or after the
   * opening.
   */
  public boolean isWithinFactWindow(GuaranteeCode code, long daysAfterOpening) {
    return Windows.isWithin(daysAfterOpening, factWindowDays[code.ordinal()]);
  }

  /** FUNDS_SAFETY's cap on litigation costs (0 if FUNDS_SAFETY is not offered). */
  public long litigationCapFen() {
    return litigationCapFen;
  }

  /** FEE_ARREARS' holdback for a deal that states none (0 if FEE_ARREARS is not offered). */
  public long holdbackDefaultFen() {
    return holdbackDefaultFen;
  }

  // ---- The formulas with this catalog's terms -----------------------------------------------

  /** TRUE_LISTING: {@code verifiedReports} × the catalog's per-report amount, capped. */
  public long trueListing(long verifiedReports) {
    int i = GuaranteeCode.TRUE_LISTING.ordinal();
    return PayoutFormulas.trueListing(verifiedReports, perReportFen[i], capFen[i]);
  }

  /** NO_COLD_CALLS: {@code unwantedCalls} × the catalog's per-call amount, capped. */
  public long noColdCalls(long unwantedCalls) {
    int i = GuaranteeCode.NO_COLD_CALLS.ordinal();
    return PayoutFormulas.noColdCalls(unwantedCalls, perReportFen[i], capFen[i]);
  }

  /** PRE_SIGNING_SEIZURE: the deposit the owners have not refunded, capped. */
  public long preSigningSeizure(long depositPaidFen, long refundedByOwnersFen) {
    return PayoutFormulas.preSigningSeizure(
        depositPaidFen, refundedByOwnersFen, cap(GuaranteeCode.PRE_SIGNING_SEIZURE));
  }

  /**
   * SWAP_CANCELLATION: the swap loss {@code max(0, F − max(0, K))}, capped (see {@link
   * PayoutFormulas#swapCancellation}).
   *
   * @param forfeitedLegalDepositOnPurchaseFen F, the legal deposit forfeited on the purchase
   * @param netKeptFromBrokenSalesFen K, the net deposit money kept from the broken funding sales;
   *     may be negative
   */
  public long swapCancellation(
      long forfeitedLegalDepositOnPurchaseFen, long netKeptFromBrokenSalesFen) {
    return PayoutFormulas.swapCancellation(
        forfeitedLegalDepositOnPurchaseFen,
        netKeptFromBrokenSalesFen,
        cap(GuaranteeCode.SWAP_CANCELLATION));
  }

  /** FUNDS_SAFETY: the unrefunded money plus litigation costs up to the litigation cap, capped. */
  public long fundsSafety(long paidToSellerFen, long refundedBySellerFen, long litigationCostsFen) {
    return PayoutFormulas.fundsSafety(
        paidToSellerFen,
        refundedBySellerFen,
        litigationCostsFen,
        litigationCapFen,
        cap(GuaranteeCode.FUNDS_SAFETY));
  }

  /** COMMISSION_REFUND: the commission charged unless the customer was at fault, capped. */
  public long commissionRefund(boolean customerAtFault, long commissionChargedFen) {
    return PayoutFormulas.commissionRefund(
        customerAtFault, commissionChargedFen, cap(GuaranteeCode.COMMISSION_REFUND));
  }

  /** TAX_ESTIMATE: actual minus quoted taxes, capped. */
  public long taxEstimate(long quotedTaxFen, long actualTaxFen) {
    return PayoutFormulas.taxEstimate(quotedTaxFen, actualTaxFen, cap(GuaranteeCode.TAX_ESTIMATE));
  }

  /** LOAN_REFUSAL: the forfeited legal deposit unless the contract has a loan clause, capped. */
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

  /** HUKOU_NOT_MOVED: the contractual damages the seller has not paid, capped. */
  public long hukouNotMoved(long contractualDamagesFen, long paidBySellerFen) {
    return PayoutFormulas.hukouNotMoved(
        contractualDamagesFen, paidBySellerFen, cap(GuaranteeCode.HUKOU_NOT_MOVED));
  }

  /** LEAK_WARRANTY: the repair cost, capped. */
  public long leakWarranty(long repairCostFen) {
    return PayoutFormulas.leakWarranty(repairCostFen, cap(GuaranteeCode.LEAK_WARRANTY));
  }

  /** STIGMATIZED_HOME: the cash of the buy-back, the price paid, capped. */
  public long stigmatizedHome(long pricePaidFen) {
    return PayoutFormulas.stigmatizedHome(pricePaidFen, cap(GuaranteeCode.STIGMATIZED_HOME));
  }

  /** RADIATION: the cash of the buy-back, the price paid, capped. */
  public long radiation(long pricePaidFen) {
    return PayoutFormulas.radiation(pricePaidFen, cap(GuaranteeCode.RADIATION));
  }

  /** NEW_HOME_PRICE: the quoted price above the developer's price, capped. */
  public long newHomePrice(long quotedPriceFen, long developerPriceFen) {
    return PayoutFormulas.newHomePrice(
        quotedPriceFen, developerPriceFen, cap(GuaranteeCode.NEW_HOME_PRICE));
  }

  /** NEW_HOME_SUBSCRIPTION: the subscription money the developer has not refunded, capped. */
  public long newHomeSubscription(long subscriptionPaidFen, long refundedByDeveloperFen) {
    return PayoutFormulas.newHomeSubscription(
        subscriptionPaidFen, refundedByDeveloperFen, cap(GuaranteeCode.NEW_HOME_SUBSCRIPTION));
  }

  /** RENTAL_DEPOSIT: the security deposit less what came back and justified deductions, capped. */
  public long rentalDeposit(
      long securityDepositFen, long returnedFen, long justifiedDeductionsFen) {
    return PayoutFormulas.rentalDeposit(
        securityDepositFen, returnedFen, justifiedDeductionsFen, cap(GuaranteeCode.RENTAL_DEPOSIT));
  }

  /** RENTAL_LEAK: the daily rent ({@link #dailyRent}) for each unusable day, capped. */
  public long rentalLeak(long dailyRentFen, long unusableDays) {
    return PayoutFormulas.rentalLeak(dailyRentFen, unusableDays, cap(GuaranteeCode.RENTAL_LEAK));
  }

  /** RENTAL_SWITCH: the re-letting cost waived, capped. */
  public long rentalSwitch(long reLettingCostFen) {
    return PayoutFormulas.rentalSwitch(reLettingCostFen, cap(GuaranteeCode.RENTAL_SWITCH));
  }

  // ---- Arithmetic no catalog term changes ---------------------------------------------------

  /** The daily rent of a monthly rent, {@code floor(monthly × 12 / 365)} fen, for RENTAL_LEAK. */
  public static long dailyRent(long monthlyRentFen) {
    return PayoutFormulas.dailyRent(monthlyRentFen);
  }

  /** The cost of a bought-back home once resold: price paid − resale proceeds, never negative. */
  public static long buyBackLoss(long priceFen, long resaleProceedsFen) {
    return PayoutFormulas.buyBackLoss(priceFen, resaleProceedsFen);
  }

  /** What a resale brought above the buy-back price: the mirror of {@link #buyBackLoss}. */
  public static long buyBackGain(long priceFen, long resaleProceedsFen) {
    return PayoutFormulas.buyBackGain(priceFen, resaleProceedsFen);
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
