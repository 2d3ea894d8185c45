package org.anxin.guarantees.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WindowsTest {

  @Test
  void windowsIncludeTheirLastDay() {
    assertTrue(Windows.isWithin(0, 180));
    assertTrue(Windows.isWithin(180, 180));
    assertFalse(Windows.isWithin(181, 180));
    assertFalse(Windows.isWithin(-1, 180));
    assertTrue(Windows.isWithin(0, 0));
    assertTrue(Windows.isWithin(Integer.MAX_VALUE, Integer.MAX_VALUE));
  }

  @Test
  void aFilingBeforeTheTriggerCountsAndOneAfterTheWindowDoesNot() {
    assertTrue(Windows.isFiledInTime(-2, 30)); // the swap case: filed 2 days early
    assertTrue(Windows.isFiledInTime(30, 30));
    assertFalse(Windows.isFiledInTime(31, 30));
    assertTrue(Windows.isFiledInTime(3, 3));
    assertFalse(Windows.isFiledInTime(4, 3));
  }

  @Test
  void aFilingWindowAppliesTheSameRuleToDates() {
    FilingWindow window = new FilingWindow(Trigger.FUNDING_SALE_BROKEN, 30);
    LocalDate broke = LocalDate.of(2020, 2, 12);
    assertTrue(window.allows(broke, LocalDate.of(2020, 2, 10)));
    assertTrue(window.allows(broke, LocalDate.of(2020, 3, 13)));
    assertFalse(window.allows(broke, LocalDate.of(2020, 3, 14)));
    assertTrue(window.allows(LocalDate.MAX, LocalDate.MIN), "no overflow at the ends of time");
  }
}
