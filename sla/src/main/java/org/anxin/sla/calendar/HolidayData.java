package org.anxin.sla.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Official holiday arrangements for consecutive years: days off, make-up working days and any
 * special hours, each with the name of the holiday it belongs to, and the notices they come from.
 *
 * @param dataVersion the data set's version, recorded in every calendar built from it
 * @param zone the time zone of the dates
 * @param firstYear the first year covered (from 1 January)
 * @param lastYear the last year covered (to 31 December)
 * @param notices the notice URLs per notice year
 * @param daysOff statutory days off, with the holiday's name
 * @param makeUpDays make-up working days (调休), with the holiday's name
 * @param specialHours dates with special working hours
 */
public record HolidayData(
    String dataVersion,
    ZoneId zone,
    int firstYear,
    int lastYear,
    Map<Integer, List<String>> notices,
    Map<LocalDate, String> daysOff,
    Map<LocalDate, String> makeUpDays,
    Map<LocalDate, WorkingHours> specialHours) {

  public HolidayData {
    Objects.requireNonNull(dataVersion, "dataVersion");
    Objects.requireNonNull(zone, "zone");
    notices = copy(notices);
    daysOff = copy(daysOff);
    makeUpDays = copy(makeUpDays);
    specialHours = copy(specialHours);
  }

  /** The first date covered: 1 January of the first year. */
  public LocalDate firstDate() {
    return LocalDate.of(firstYear, 1, 1);
  }

  /** The last date covered: 31 December of the last year. */
  public LocalDate lastDate() {
    return LocalDate.of(lastYear, 12, 31);
  }

  /** A calendar on this data with the given working hours on every working day. */
  public DatedCalendar calendar(String id, WorkingHours hours) {
    DatedCalendar.Builder builder =
        DatedCalendar.builder(id, firstDate(), lastDate())
            .zone(zone)
            .standardHours(hours)
            .dataVersion(dataVersion);
    daysOff.keySet().forEach(builder::holiday);
    makeUpDays.keySet().forEach(builder::makeUpWorkday);
    specialHours.forEach(builder::hours);
    return builder.build();
  }

  private static <K extends Comparable<? super K>, V> Map<K, V> copy(Map<K, V> map) {
    // Sorted, so that listings and versions do not depend on the order of the source.
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
