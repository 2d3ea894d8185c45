package org.anxin.domain.deposit;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;

/**
 * The deposit law (Civil Code arts. 586–588) as pure functions over {@code long} fen.
 *
 * <p>A 定金 is a deposit only up to 20 % of the price: the <em>legal deposit</em> is {@code min(paid,
 * floor(price × 20 / 100))}; the rest, the <em>excess</em>, is ordinary money that comes back in
 * every outcome. On cancellation the payer at fault forfeits the legal deposit, the receiver at
 * fault returns twice the legal deposit plus the excess, and when nobody is at fault everything is
 * refunded. Money of the other kinds (订金, 意向金, 押金) is always refunded.
 *
 * <p>Everything here allocates nothing except {@link #apportion} and {@link #settleShares}, which
 * return arrays; the simulator calls the scalar functions in its inner loop.
 */
public final class DepositLaw {

  /** The cap on a legal deposit, in percent of the price (Civil Code art. 586). */
  public static final int CAP_PERCENT = 20;

  private DepositLaw() {}

  /** The largest legal deposit for this price: {@code floor(price × 20 / 100)}. */
  public static long capFen(long priceFen) {
    requireNotNegative("priceFen", priceFen);
    return Money.percentOf(priceFen, CAP_PERCENT);
  }

  /** The part of {@code paidFen} that is a deposit in law: {@code min(paid, cap(price))}. */
  public static long legalDepositFen(long priceFen, long paidFen) {
    requireNotNegative("paidFen", paidFen);
    return Math.min(paidFen, capFen(priceFen));
  }

  /** The part of {@code paidFen} above the cap: ordinary money, refunded in every outcome. */
  public static long excessFen(long priceFen, long paidFen) {
    return paidFen - legalDepositFen(priceFen, paidFen);
  }

  /** What the payer of a 定金 of {@code paidFen} loses when {@code fault} is the payer's. */
  public static long forfeitedFen(Fault fault, long priceFen, long paidFen) {
    long legal = legalDepositFen(priceFen, paidFen);
    return Objects.requireNonNull(fault, "fault") == Fault.PAYER ? legal : 0L;
  }

  /**
   * What the receiver of a 定金 of {@code paidFen} pays back to the payer on cancellation: the excess
   * (payer at fault), paid + legal deposit = 2 × legal + excess (receiver at fault), or everything
   * (nobody at fault).
   */
  public static long refundFen(Fault fault, long priceFen, long paidFen) {
    long legal = legalDepositFen(priceFen, paidFen);
    return switch (Objects.requireNonNull(fault, "fault")) {
      case PAYER -> paidFen - legal;
      case RECEIVER -> Math.addExact(paidFen, legal);
      case NOBODY -> paidFen;
    };
  }

  /** As {@link #refundFen(Fault, long, long)}, but money without penalty effect always returns. */
  public static long refundFen(DepositKind kind, Fault fault, long priceFen, long paidFen) {
    if (kind.hasPenaltyEffect()) {
      return refundFen(fault, priceFen, paidFen);
    }
    requireNotNegative("paidFen", paidFen);
    return paidFen;
  }

  /**
   * The refund owed by each of several holders of one deposit (co-owners who each took a share).
   * The cap applies to the deposit as a whole; the legal deposit is apportioned over the holders in
   * proportion to what each holds ({@link #apportion}), so the refunds add up to exactly {@link
   * #refundFen(DepositKind, Fault, long, long)} of the total.
   *
   * @param heldFen what each holder holds, not negative
   * @return the refund each holder owes the payer, in the same order
   */
  public static long[] settleShares(DepositKind kind, Fault fault, long priceFen, long[] heldFen) {
    long paid = 0;
    for (long held : heldFen) {
      requireNotNegative("heldFen", held);
      paid = Math.addExact(paid, held);
    }
    long[] refunds = heldFen.clone();
    if (!kind.hasPenaltyEffect() || fault == Fault.NOBODY) {
      return refunds;
    }
    long[] legal = apportion(legalDepositFen(priceFen, paid), heldFen);
    for (int i = 0; i < refunds.length; i++) {
      refunds[i] =
          fault == Fault.PAYER ? heldFen[i] - legal[i] : Math.addExact(heldFen[i], legal[i]);
    }
    return refunds;
  }

  /**
   * Splits {@code totalFen} in proportion to {@code weights}, exactly: each part is {@code
   * floor(total × weight / Σweights)} and the fen left over go one each to the largest remainders
   * (ties to the earlier index). The parts add up to the total and none exceeds its share by a full
   * fen.
   *
   * @throws IllegalArgumentException if a weight is negative, or the weights are all zero while the
   *     total is not
   */
  public static long[] apportion(long totalFen, long[] weights) {
    requireNotNegative("totalFen", totalFen);
    long sum = 0;
    for (long w : weights) {
      if (w < 0) {
        throw new IllegalArgumentException("negative weight " + w);
      }
      sum = Math.addExact(sum, w);
    }
    long[] parts = new long[weights.length];
    if (totalFen == 0) {
      return parts;
    }
    if (sum == 0) {
      throw new IllegalArgumentException("cannot apportion " + totalFen + " over zero weights");
    }
    long[] remainders = new long[weights.length];
    long given = 0;
    BigInteger total = BigInteger.valueOf(totalFen);
    BigInteger divisor = BigInteger.valueOf(sum);
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = total.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(divisor);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1].longValueExact();
      given += parts[i];
    }
    // Fewer fen are left over than there are parts; a stable sort keeps ties in index order.
    Integer[] byRemainder = new Integer[weights.length];
    Arrays.setAll(byRemainder, i -> i);
    Arrays.sort(byRemainder, (x, y) -> Long.compare(remainders[y], remainders[x]));
    for (int k = 0; k < totalFen - given; k++) {
      parts[byRemainder[k]]++;
    }
    return parts;
  }

  private static void requireNotNegative(String field, long fen) {
    if (fen < 0) {
      throw new InvalidInputException(field, Money.format(fen), "must not be negative");
    }
  }
}
