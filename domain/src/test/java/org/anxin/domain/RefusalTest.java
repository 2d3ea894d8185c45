package org.anxin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void aRefusedEventNamesTheEventItsFieldAndTheValue() {
    Refusal r =
        Refusal.ofEvent(
            DealId.of("r"),
            2,
            "RefundPaid",
            LocalDate.of(2021, 3, 5),
            "amount",
            Money.ofYuan(200_001),
            "seller owes buyer only 200000.00");
    assertEquals("amount", r.field());
    assertEquals("events[2].amount", r.path());
    assertEquals(
        "events[2].amount: deal r, RefundPaid on 2021-03-05: seller owes buyer only 200000.00"
            + " (got 200001.00)",
        r.message());
    InvalidInputException e = r.toException();
    assertEquals(r.message(), e.getMessage());
    assertEquals("events[2].amount", e.field());
    assertEquals("200001.00", e.value());
  }

  @Test
  void aRefusalWithAValueReadsLikeAnInvalidInputException() {
    Refusal r = Refusal.of("links[0].purchase", "zhou-lin", "no such deal");
    assertEquals(
        new InvalidInputException("links[0].purchase", "zhou-lin", "no such deal").getMessage(),
        r.message());
    assertEquals("links[0].purchase", r.path());
    assertTrue(r.event().isEmpty());
  }

  @Test
  void aRefusalWithoutAValueShowsNone() {
    Refusal r = Refusal.of("C1", "a filed advance claim cannot be approved");
    assertEquals("C1: a filed advance claim cannot be approved", r.message());
    assertEquals(r.message(), r.toException().getMessage());
    assertEquals("C1", r.toException().field());
  }

  @Test
  void partsAreRequired() {
    assertThrows(NullPointerException.class, () -> Refusal.of(null, "x"));
    assertThrows(NullPointerException.class, () -> Refusal.of("x", 1, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Refusal.Event(DealId.of("d"), -1, "Resold", LocalDate.of(2020, 1, 1)));
  }
}
