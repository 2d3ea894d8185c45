package org.anxin.staffing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDateTime;
import org.anxin.sla.calendar.Calendars;
import org.anxin.sla.calendar.DatedCalendar;
import org.anxin.sla.calendar.WorkingHours;
import org.anxin.staffing.TestScenarios;
import org.anxin.staffing.arrivals.ArrivalGenerator;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.model.StaffingModel;
import org.junit.jupiter.api.Test;

/**
 * A cn-workday roster with nobody on days off answers no complaint on a statutory holiday: every
 * response comes in the roster's working time, at or after the next opening of the sla module's
 * cn-workday calendar with the shift's hours; a complaint of the October holiday waits for 9:00 on
 * its first working day.
 */
class HolidayWaitPropertiesTest {

  private static final StaffingModel MODEL =
      TestScenarios.model(
          TestScenarios.oneSkill(
              3000,
              "{dist: lognormal, median: 10, sigma: 0.5}",
              "cn-workday",
              "[{name: office, hours: \"09:00-18:00\", share: 1.0}]",
              0.0));

  private static final DatedCalendar OFFICE =
      Calendars.cnWorkday(WorkingHours.parse("hours", "09:00-18:00"));

  @Test
  void everyResponseWaitsForTheNextOpening() {
    qt().withExamples(20)
        .forAll(integers().between(0, 1_000_000), integers().between(1, 8))
        .checkAssert(
            (trial, headcount) -> {
              Arrivals arrivals =
                  new ArrivalGenerator(MODEL, 5).generate(trial, new IncidentLog(1, 365).of(0));
              QueueSimulation queue = new QueueSimulation(MODEL, 5);
              queue.run(arrivals, StaffPlan.of(MODEL, headcount), trial);
              for (int c = 0; c < arrivals.size(); c++) {
                Instant received = instant(arrivals.received(c));
                Instant opening = OFFICE.nextWorkingInstant(received);
                int response = queue.firstResponse(c);
                assertTrue(response != QueueSimulation.UNSET, "every complaint is answered");
                Instant answered = instant(response);
                assertTrue(!answered.isBefore(opening), received + " answered " + answered);
                assertTrue(OFFICE.isWorkingTime(answered), "answered off duty at " + answered);
              }
            });
  }

  @Test
  void aComplaintOfTheOctoberHolidayWaitsForTheFirstWorkingMorning() {
    Arrivals arrivals = new ArrivalGenerator(MODEL, 5).generate(3, new IncidentLog(1, 365).of(0));
    QueueSimulation queue = new QueueSimulation(MODEL, 5);
    queue.run(arrivals, StaffPlan.of(MODEL, 200), 3);
    Instant holidayStart = shanghai(LocalDateTime.of(2025, 10, 1, 0, 0));
    Instant holidayEnd = shanghai(LocalDateTime.of(2025, 10, 9, 0, 0));
    Instant firstMorning = shanghai(LocalDateTime.of(2025, 10, 9, 9, 0));
    int seen = 0;
    for (int c = 0; c < arrivals.size(); c++) {
      Instant received = instant(arrivals.received(c));
      if (!received.isBefore(holidayStart) && received.isBefore(holidayEnd)) {
        // Two hundred seats, some fifty waiting complaints: every one taken up at 9:00.
        assertEquals(firstMorning, instant(queue.firstResponse(c)), "received " + received);
        seen++;
      }
    }
    assertTrue(seen > 0, "the holiday had complaints");
  }

  private static Instant instant(int t) {
    return Instant.ofEpochSecond(MODEL.originEpochSecond() + t);
  }

  private static Instant shanghai(LocalDateTime time) {
    return time.atZone(Calendars.SHANGHAI).toInstant();
  }
}
