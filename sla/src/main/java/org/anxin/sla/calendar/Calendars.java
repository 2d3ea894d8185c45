package org.anxin.sla.calendar;

import java.time.ZoneId;
import java.util.Locale;
import org.anxin.domain.InvalidInputException;

/** The built-in calendars, by name. */
public final class Calendars {

  /** The id of the statutory working-day calendar. */
  public static final String CN_WORKDAY = "cn-workday";

  /** The zone of the built-in calendars. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final ContinuousCalendar TWENTY_FOUR_SEVEN = new ContinuousCalendar(SHANGHAI);

  private Calendars() {}

  /** {@code 24x7}: every instant is working time; unbounded. */
  public static BusinessCalendar twentyFourSeven() {
    return TWENTY_FOUR_SEVEN;
  }

  /** {@code cn-workday} with the default hours 09:00–18:00. */
  public static DatedCalendar cnWorkday() {
    return cnWorkday(WorkingHours.DEFAULT);
  }

  /**
   * {@code cn-workday}: China's statutory working days (weekdays except days off, plus make-up
   * days) with the given hours, bounded by the years of the official data (2020–2026).
   */
  public static DatedCalendar cnWorkday(WorkingHours hours) {
    return HolidayDataLoader.chinaOfficial().calendar(CN_WORKDAY, hours);
  }

  /**
   * A built-in calendar by name, as the CLI's {@code --calendar} gives it; {@code hours} (may be
   * null for the default) applies to {@code cn-workday} only.
   */
  public static BusinessCalendar named(String name, WorkingHours hours) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case ContinuousCalendar.ID -> {
        if (hours != null) {
          throw new InvalidInputException(
              "--hours", hours, "applies to cn-workday only; 24x7 is always open");
        }
        yield twentyFourSeven();
      }
      case CN_WORKDAY -> cnWorkday(hours == null ? WorkingHours.DEFAULT : hours);
      default -> throw new InvalidInputException("calendar", name, "must be 24x7 or cn-workday");
    };
  }
}
