package org.anxin.guarantees.catalog;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;

/**
 * The codes of the guarantees Anxin knows how to assess (DESIGN.md §5). A code fixes the payout
 * formula and so which {@link Term terms} it takes and which {@link PayoutKind kinds} make sense
 * for it; names, stages, windows and amounts are catalog data. A city's catalog may offer any
 * subset of these codes but no other.
 */
public enum GuaranteeCode {
  /** 真实房源 假一赔百: per verified fake-listing report. */
  TRUE_LISTING(terms(Term.CAP, Term.PER_REPORT), kinds(PayoutKind.COMPENSATION)),
  /** 电话营销 扰一赔百: per unwanted marketing call. */
  NO_COLD_CALLS(terms(Term.CAP, Term.PER_REPORT), kinds(PayoutKind.COMPENSATION)),
  /** 签前查封 先行垫付: the deposit the owners have not refunded. */
  PRE_SIGNING_SEIZURE(terms(Term.CAP), lossKinds()),
  /** 换房解约 补偿损失: the swap loss of DESIGN.md §4. */
  SWAP_CANCELLATION(terms(Term.CAP), lossKinds()),
  /** 交易资金 保障安全: money the seller fails to refund after a post-signing seizure. */
  FUNDS_SAFETY(terms(Term.CAP, Term.LITIGATION_CAP), lossKinds()),
  /** 交易不成 佣金全退: our commission, when the deal fails without the customer's fault. */
  COMMISSION_REFUND(terms(Term.CAP), kinds(PayoutKind.REFUND)),
  /** 税费精算 差额赔付: actual minus quoted taxes. */
  TAX_ESTIMATE(terms(Term.CAP), lossKinds()),
  /** 贷款不成 无责解约: the deposit forfeited when the loan is refused without a loan clause. */
  LOAN_REFUSAL(terms(Term.CAP), lossKinds()),
  /** 物业欠费 先行垫付: arrears above the handover holdback. */
  FEE_ARREARS(terms(Term.CAP, Term.HOLDBACK_DEFAULT, Term.COVERAGE_DAYS), lossKinds()),
  /** 户口不迁 先行垫付: the contractual damages the seller has not paid. */
  HUKOU_NOT_MOVED(terms(Term.CAP), lossKinds()),
  /** 房屋漏水 保固补偿: the repair of a leak found within the warranty window. */
  LEAK_WARRANTY(terms(Term.CAP, Term.WARRANTY_DAYS), lossKinds()),
  /** 房屋筛查 原价回购: buy-back at the price paid after an undisclosed death. */
  STIGMATIZED_HOME(terms(Term.CAP, Term.DISCOVERY_DAYS), kinds(PayoutKind.BUYBACK)),
  /** 辐射超标 原价回购: buy-back at the price paid when radiation is above the standard. */
  RADIATION(terms(Term.CAP, Term.DISCOVERY_DAYS), kinds(PayoutKind.BUYBACK)),
  /** 新房 价格保真 差价赔付: the quoted price above the developer's price that day. */
  NEW_HOME_PRICE(terms(Term.CAP), lossKinds()),
  /** 新房 认购金 先行垫付: the subscription money the developer has not refunded. */
  NEW_HOME_SUBSCRIPTION(terms(Term.CAP), lossKinds()),
  /** 租赁 押金 先行垫付: the security deposit the landlord withholds without cause. */
  RENTAL_DEPOSIT(terms(Term.CAP), lossKinds()),
  /** 租赁 漏水保固 补偿日租金: daily rent for the days a leak made the home unusable. */
  RENTAL_LEAK(terms(Term.CAP), lossKinds()),
  /** 租赁 三天不满意 无理由换租: the re-letting cost waived. */
  RENTAL_SWITCH(terms(Term.CAP), lossKinds());

  private final ImmutableSet<Term> terms;
  private final ImmutableSet<PayoutKind> kinds;

  GuaranteeCode(ImmutableSet<Term> terms, ImmutableSet<PayoutKind> kinds) {
    this.terms = terms;
    this.kinds = kinds;
  }

  /** The terms this guarantee's formula takes; a catalog entry must give exactly these. */
  public Set<Term> terms() {
    return terms;
  }

  /**
   * The payout kinds a catalog may give this guarantee: a loss the customer bears can be
   * compensated or advanced, but a buy-back or a commission refund is what it is.
   */
  public Set<PayoutKind> kinds() {
    return kinds;
  }

  /**
   * The code written {@code text}, e.g. {@code SWAP_CANCELLATION}.
   *
   * @throws InvalidInputException naming {@code field} when it is not one of the 18
   */
  public static GuaranteeCode parse(String field, String text) {
    if (text != null) {
      for (GuaranteeCode code : values()) {
        if (code.name().equals(text.strip())) {
          return code;
        }
      }
    }
    throw new InvalidInputException(
        field,
        text,
        "unknown guarantee code; expected one of "
            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  private static ImmutableSet<Term> terms(Term first, Term... rest) {
    return Sets.immutableEnumSet(first, rest);
  }

  private static ImmutableSet<PayoutKind> kinds(PayoutKind kind) {
    return Sets.immutableEnumSet(kind);
  }

  private static ImmutableSet<PayoutKind> lossKinds() {
    return Sets.immutableEnumSet(PayoutKind.COMPENSATION, PayoutKind.ADVANCE);
  }
}
