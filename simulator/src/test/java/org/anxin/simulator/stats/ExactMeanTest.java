package org.anxin.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExactMeanTest {

  @Test
  void roundsHalfEvenOnlyAtTheEnd() {
    assertEquals(2L, ExactMean.of(5, 2).roundHalfEven()); // 2.5 → 2
    assertEquals(4L, ExactMean.of(7, 2).roundHalfEven()); // 3.5 → 4
    assertEquals(-2L, ExactMean.of(-5, 2).roundHalfEven());
    assertEquals(-4L, ExactMean.of(-7, 2).roundHalfEven());
    assertEquals(0L, ExactMean.of(1, 3).roundHalfEven());
    assertEquals(1L, ExactMean.of(2, 3).roundHalfEven());
    assertEquals(-1L, ExactMean.of(-2, 3).roundHalfEven());
    assertEquals(new BigDecimal("0.02"), ExactMean.of(5, 2).toYuan());
    assertEquals("1234.57", ExactMean.of(370_371, 3).toYuanString()); // 123457 fen
    assertEquals(new BigDecimal("0.333"), ExactMean.of(1, 3).toBigDecimal(3));
    assertEquals(0.5, ExactMean.of(1, 2).doubleValue());
  }

  @Test
  void comparesByValueButEqualsByRepresentation() {
    assertEquals(0, ExactMean.of(2, 2).compareTo(ExactMean.of(1, 1)));
    assertNotEquals(ExactMean.of(2, 2), ExactMean.of(1, 1));
    assertEquals(-1, ExactMean.of(1, 3).compareTo(ExactMean.of(1, 2)));
    assertEquals(1, ExactMean.of(-1, 3).compareTo(ExactMean.of(-1, 2)));
  }

  @Test
  void addsOnlyMeansOverTheSameCount() {
    assertEquals(ExactMean.of(3, 4), ExactMean.of(1, 4).plus(ExactMean.of(2, 4)));
    assertThrows(IllegalArgumentException.class, () -> ExactMean.of(1, 4).plus(ExactMean.of(1, 3)));
    assertThrows(IllegalArgumentException.class, () -> ExactMean.of(1, 0));
    assertThrows(NullPointerException.class, () -> new ExactMean(null, 1));
    assertEquals(BigInteger.TEN, new ExactMean(BigInteger.TEN, 7).sum());
  }

  @Test
  void yuanRendersFenOnce() {
    assertEquals(new BigDecimal("63840.00"), Yuan.of(6_384_000L));
    assertEquals("63840.00", Yuan.format(6_384_000L));
    assertEquals(new BigDecimal("289.38"), Yuan.of(new BigDecimal("28938.5"))); // half-even
    assertEquals("289.40", Yuan.format(new BigDecimal("28939.5")));
    assertEquals(new BigDecimal("0.02"), Yuan.of(ExactMean.of(3, 2))); // 1.5 fen → 2 (even)
  }
}
