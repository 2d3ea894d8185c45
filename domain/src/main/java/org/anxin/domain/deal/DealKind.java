package org.anxin.domain.deal;

/**
 * The three segments a broker serves, each with its own lifecycle. This is the one deal kind of
 * every module: a deal's kind, the deal kinds a guarantee covers, the deals a simulated risk
 * strikes.
 */
public enum DealKind {
  /** 二手房: intent money → 转定 → 网签 → loan → 过户 → 交房. */
  RESALE("二手房"),
  /** 新房: subscription (认购) → contract (网签) → handover. */
  NEW_HOME("新房"),
  /** 租赁: lease with a security deposit → move-in → move-out and the deposit's return. */
  RENTAL("租赁");

  private final String nameZh;

  DealKind(String nameZh) {
    this.nameZh = nameZh;
  }

  /** The Chinese name, e.g. 二手房. */
  public String nameZh() {
    return nameZh;
  }
}
