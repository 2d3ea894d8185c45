package org.anxin.domain.deposit;

/**
 * What a sum handed over before completion legally is. Only a 定金 has a penalty effect; calling
 * money 订金 or 意向金 makes it an ordinary prepayment that comes back whoever is at fault, which is why
 * the kinds are never merged.
 */
public enum DepositKind {
  /** 定金: earnest money (Civil Code arts. 586–588); forfeited or returned double. */
  EARNEST("定金", true),
  /** 订金: an advance payment, refunded when the deal does not complete. */
  ADVANCE_PAYMENT("订金", false),
  /** 意向金: intent money given with an offer, usually to the broker; refunded if not converted. */
  INTENT_MONEY("意向金", false),
  /** 押金: a rental security deposit, returned at move-out less what the landlord may withhold. */
  SECURITY_DEPOSIT("押金", false);

  private final String chineseName;
  private final boolean penaltyEffect;

  DepositKind(String chineseName, boolean penaltyEffect) {
    this.chineseName = chineseName;
    this.penaltyEffect = penaltyEffect;
  }

  /** The legal term, e.g. 定金. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the party at fault loses it (payer) or pays it back double (receiver). */
  public boolean hasPenaltyEffect() {
    return penaltyEffect;
  }
}
