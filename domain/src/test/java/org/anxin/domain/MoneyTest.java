package org.anxin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void parsesAndFormatsYuan() {
    assertEquals(6_384_000L, Money.parse("63840").fen());
    assertEquals("63840.00", Money.parse("63840.0").toString());
    assertEquals("-0.05", Money.ofFen(-5).toString());
  }

  @Test
  void rejectsMalformedAmountNamingTheField() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Money.parse("price", "1,000"));
    assertEquals("price", e.field());
  }
}
