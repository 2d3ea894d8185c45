package org.anxin.domain.deal;

/** The three segments a broker serves, each with its own lifecycle. */
public enum DealKind {
  /** 二手房: intent money → 转定 → 网签 → loan → 过户 → 交房. */
  RESALE,
  /** 新房: subscription (认购) → contract (网签) → handover. */
  NEW_HOME,
  /** 租赁: lease with a security deposit → move-in → move-out and the deposit's return. */
  RENTAL
}
