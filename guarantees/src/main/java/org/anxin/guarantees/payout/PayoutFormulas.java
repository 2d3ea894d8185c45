package org.anxin.guarantees.payout;

import org.anxin.domain.chain.SwapChains;
import org.anxin.guarantees.catalog.Terms;

/**
 * What each guarantee pays, as small pure functions over fen, counts and flags: the arithmetic of
 * every payout, defined once. {@link PayoutRules} fills in one catalog's caps and defaults and is
 * how the rest of the code reaches these functions: {@code anxin claims assess} and the simulator's
 * inner loop both call {@link PayoutRules}, never this class (an architecture test holds the
 * simulator to it). They take and return primitives only and allocate nothing.
 *
 * <p>Every amount is in fen. Inputs are amounts that exist in the world and so are never negative
 * (a negative one is a caller's bug and throws {@link IllegalArgumentException}); the one exception
 * is the net deposit kept on broken sales of {@link #swapCancellation}, which is negative when the
 * intermediary paid a penalty there. Every result is between 0 and the cap, both included: a
 * difference that comes out negative pays nothing, and a product too large for a {@code long} is
 * simply above any cap. Pass {@link Terms#NO_CAP} for a cap of {@code none}.
 *
 * <p>Whether a claim is eligible at all (brokered by us, filed in time, within a warranty or
 * discovery window, ...) is decided before a formula is called; the window rules are stated once in
 * {@link org.anxin.guarantees.catalog.Windows}.
 */
public final class PayoutFormulas {

  /** One report or call of TRUE_LISTING / NO_COLD_CALLS pays this much by default (100 CNY). */
  public static final long HUNDRED_YUAN_FEN = 100_00L;

  private PayoutFormulas() {}

  // ---- Before the deal --------------------------------------------------------------------

  /** TRUE_LISTING (假一赔百): {@code reports × perReport}, capped. */
  public static long trueListing(long verifiedReports, long perReportFen, long capFen) {
    return perReport(verifiedReports, perReportFen, capFen);
  }

  /** NO_COLD_CALLS (扰一赔百): {@code calls × perCall}, capped. */
  public static long noColdCalls(long unwantedCalls, long perCallFen, long capFen) {
    return perReport(unwantedCalls, perCallFen, capFen);
  }

  /** A count of reports or calls times the amount for each, capped. */
  public static long perReport(long count, long amountEachFen, long capFen) {
    return capped(saturatedTimes(nonNegative(count), nonNegative(amountEachFen)), capFen);
  }

  // ---- Resale, before signing ---------------------------------------------------------------

  /**
   * PRE_SIGNING_SEIZURE (签前查封 先行垫付): the deposit money paid to the owners that they have not
   * refunded, capped. With co-owners, {@code refundedByOwnersFen} is what all of them refunded
   * together: the seed's 200,000 with 100,000 refunded advances 100,000; fully refunded, nothing.
   */
  public static long preSigningSeizure(long depositPaidFen, long refundedByOwnersFen, long capFen) {
    return shortfall(depositPaidFen, refundedByOwnersFen, capFen);
  }

  /**
   * SWAP_CANCELLATION (换房解约 补偿损失): the swap loss of DESIGN.md §4 as the domain defines it ({@link
   * SwapChains#swapLossFen}: the legal deposit forfeited on the purchase minus the net deposit
   * money kept from the broken funding sale(s), a negative net counting as 0), capped. The seed:
   * 150,000 − 100,000 = 50,000; with 50,000 paid out on the sale instead of kept, 150,000.
   *
   * @param forfeitedLegalDepositOnPurchaseFen the legal deposit forfeited on the purchase; not
   *     negative
   * @param netKeptFromBrokenSalesFen the net deposit money kept from the broken funding sales,
   *     summed; negative when the intermediary paid a penalty on a sale
   * @param capFen the cap
   */
  public static long swapCancellation(
      long forfeitedLegalDepositOnPurchaseFen, long netKeptFromBrokenSalesFen, long capFen) {
    long forfeited = nonNegative(forfeitedLegalDepositOnPurchaseFen);
    return capped(SwapChains.swapLossFen(forfeited, netKeptFromBrokenSalesFen), capFen);
  }

  // ---- Resale, signing to transfer ----------------------------------------------------------

  /**
   * FUNDS_SAFETY (交易资金 保障安全): the money paid to the seller that the seller has not refunded after a
   * post-signing seizure, plus the customer's litigation costs up to their own cap; the whole is
   * capped.
   */
  public static long fundsSafety(
      long paidToSellerFen,
      long refundedBySellerFen,
      long litigationCostsFen,
      long litigationCapFen,
      long capFen) {
    long unrefunded = difference(paidToSellerFen, refundedBySellerFen);
    long litigation = capped(nonNegative(litigationCostsFen), litigationCapFen);
    return capped(saturatedPlus(unrefunded, litigation), capFen);
  }

  /**
   * COMMISSION_REFUND (交易不成 佣金全退): the commission charged, when the deal failed and the customer
   * was not at fault; nothing otherwise.
   */
  public static long commissionRefund(
      boolean customerAtFault, long commissionChargedFen, long capFen) {
    long commission = nonNegative(commissionChargedFen);
    return customerAtFault ? capped(0, capFen) : capped(commission, capFen);
  }

  /** TAX_ESTIMATE (税费精算 差额赔付): actual minus quoted taxes, capped; nothing if we overquoted. */
  public static long taxEstimate(long quotedTaxFen, long actualTaxFen, long capFen) {
    return shortfall(actualTaxFen, quotedTaxFen, capFen);
  }

  /**
   * LOAN_REFUSAL (贷款不成 无责解约): the legal deposit the buyer forfeits, capped — nothing when the
   * contract has a loan clause, because then nobody is at fault and the deposit comes back.
   */
  public static long loanRefusal(
      boolean hasLoanClause, long forfeitedLegalDepositFen, long capFen) {
    long forfeited = nonNegative(forfeitedLegalDepositFen);
    return hasLoanClause ? capped(0, capFen) : capped(forfeited, capFen);
  }

  // ---- Resale, handover and after -----------------------------------------------------------

  /**
   * FEE_ARREARS (物业欠费 先行垫付): the arrears above the handover holdback, capped; nothing when the
   * holdback covers them. The seed's case has no holdback: 63,840.00 is advanced.
   */
  public static long feeArrears(long arrearsFen, long holdbackFen, long capFen) {
    return shortfall(arrearsFen, holdbackFen, capFen);
  }

  /**
   * HUKOU_NOT_MOVED (户口不迁 先行垫付): the contractual damages for the hukou left behind that the seller
   * has not paid, capped.
   */
  public static long hukouNotMoved(long contractualDamagesFen, long paidBySellerFen, long capFen) {
    return shortfall(contractualDamagesFen, paidBySellerFen, capFen);
  }

  /** LEAK_WARRANTY (房屋漏水 保固补偿): the repair cost, capped. */
  public static long leakWarranty(long repairCostFen, long capFen) {
    return capped(nonNegative(repairCostFen), capFen);
  }

  /** STIGMATIZED_HOME (房屋筛查 原价回购): the cash of the buy-back, the price paid, capped. */
  public static long stigmatizedHome(long pricePaidFen, long capFen) {
    return buyBack(pricePaidFen, capFen);
  }

  /** RADIATION (辐射超标 原价回购): the cash of the buy-back, the price paid, capped. */
  public static long radiation(long pricePaidFen, long capFen) {
    return buyBack(pricePaidFen, capFen);
  }

  /** The cash of a buy-back at the price paid, capped. */
  public static long buyBack(long pricePaidFen, long capFen) {
    return capped(nonNegative(pricePaidFen), capFen);
  }

  /**
   * The cost of a buy-back once the home is resold: what we paid minus what the resale brought,
   * never negative (a resale above the price is a gain, not a negative loss) and never more than we
   * paid.
   */
  public static long buyBackLoss(long priceFen, long resaleProceedsFen) {
    return difference(priceFen, resaleProceedsFen);
  }

  /** What a resale brought above the buy-back price: the mirror of {@link #buyBackLoss}. */
  public static long buyBackGain(long priceFen, long resaleProceedsFen) {
    return difference(resaleProceedsFen, priceFen);
  }

  // ---- New homes ----------------------------------------------------------------------------

  /**
   * NEW_HOME_PRICE (新房 价格保真 差价赔付): the price quoted above the developer's price for the unit that
   * day, capped.
   */
  public static long newHomePrice(long quotedPriceFen, long developerPriceFen, long capFen) {
    return shortfall(quotedPriceFen, developerPriceFen, capFen);
  }

  /**
   * NEW_HOME_SUBSCRIPTION (新房 认购金 先行垫付): the subscription money the developer has not refunded,
   * capped.
   */
  public static long newHomeSubscription(
      long subscriptionPaidFen, long refundedByDeveloperFen, long capFen) {
    return shortfall(subscriptionPaidFen, refundedByDeveloperFen, capFen);
  }

  // ---- Rentals ------------------------------------------------------------------------------

  /**
   * RENTAL_DEPOSIT (租赁 押金 先行垫付): the security deposit minus what the landlord returned and the
   * deductions the lease justifies, capped.
   */
  public static long rentalDeposit(
      long securityDepositFen, long returnedFen, long justifiedDeductionsFen, long capFen) {
    long deposit = nonNegative(securityDepositFen);
    long settled = saturatedPlus(nonNegative(returnedFen), nonNegative(justifiedDeductionsFen));
    return capped(difference(deposit, settled), capFen);
  }

  /**
   * RENTAL_LEAK (租赁 漏水保固 补偿日租金): the daily rent for each day a leak made the home unusable, capped.
   * See {@link #dailyRent(long)} for the daily rent of a monthly rent.
   */
  public static long rentalLeak(long dailyRentFen, long unusableDays, long capFen) {
    return capped(saturatedTimes(nonNegative(dailyRentFen), nonNegative(unusableDays)), capFen);
  }

  /** The daily rent of a monthly rent: {@code floor(monthly × 12 / 365)} fen. */
  public static long dailyRent(long monthlyRentFen) {
    long monthly = nonNegative(monthlyRentFen);
    // floor(m × 12 / 365) without overflow: m = 365q + r gives 12q + floor(12r / 365).
    return monthly / 365L * 12L + monthly % 365L * 12L / 365L;
  }

  /** RENTAL_SWITCH (租赁 三天不满意 无理由换租): the re-letting cost we waive, capped. */
  public static long rentalSwitch(long reLettingCostFen, long capFen) {
    return capped(nonNegative(reLettingCostFen), capFen);
  }

  // ---- The arithmetic every formula shares --------------------------------------------------

  /** {@code owed − settled}, clamped to [0, cap]. */
  private static long shortfall(long owedFen, long settledFen, long capFen) {
    return capped(difference(owedFen, settledFen), capFen);
  }

  /** {@code a − b} for non-negative a and b, and 0 when b ≥ a; cannot overflow. */
  private static long difference(long aFen, long bFen) {
    long a = nonNegative(aFen);
    long b = nonNegative(bFen);
    return a > b ? a - b : 0;
  }

  /** A non-negative amount clamped to the cap; the cap itself must not be negative. */
  private static long capped(long amountFen, long capFen) {
    if (capFen < 0) {
      throw new IllegalArgumentException("cap must not be negative: " + capFen);
    }
    return Math.min(amountFen, capFen);
  }

  /** {@code a × b} for non-negative a and b, or {@link Long#MAX_VALUE} when it overflows. */
  private static long saturatedTimes(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    return high != 0 || product < 0 ? Long.MAX_VALUE : product;
  }

  /** {@code a + b} for non-negative a and b, or {@link Long#MAX_VALUE} when it overflows. */
  private static long saturatedPlus(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long nonNegative(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("amount or count must not be negative: " + value);
    }
    return value;
  }
}
