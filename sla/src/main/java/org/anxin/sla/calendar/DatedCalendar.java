package org.anxin.sla.calendar;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.anxin.domain.InvalidInputException;

/**
 * A calendar defined per date over a bounded range: each date has its working spans, resolved once
 * from a weekly template, holidays, make-up working days and per-date hours.
 *
 * <p>Arithmetic works on nanoseconds since the calendar's first midnight. The working minutes of
 * all days before each date are precomputed as prefix sums, so the business time up to any instant
 * is one array read plus a walk over that day's few spans: {@link #between} is constant-time, and
 * so is {@link #add} in practice: an index of the prefix sums by business minute (buckets of about
 * a day's average working minutes) narrows the search for the deadline's day to the few days
 * between two neighbouring entries. A bitset of working days (in the spirit of OpenGamma Strata's
 * holiday calendars) finds the next opening. The zone must keep one UTC offset over the range (true
 * of Asia/Shanghai since 1991), so that an instant's date is a division.
 *
 * <p>The calendar refuses, with an {@link InvalidInputException} naming the date, any instant and
 * any result outside its range: a holiday-backed calendar never guesses a year it has no data for.
 */
public final class DatedCalendar implements BusinessCalendar {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;
  // Keeps nanoseconds since the first midnight well inside a long.
  private static final long MAX_DAYS = 100L * 366;

  private final String id;
  private final String version;
  private final ZoneId zone;
  private final LocalDate firstDate;
  private final LocalDate lastDate;
  private final long originEpochSecond;
  private final int days;
  private final long endSecond;
  // The spans of each day, a flat array of [start, end) pairs in minutes shared by all days with
  // the same hours (one read instead of a profile number and then its profile); day index `days`
  // (the midnight that ends the range) is closed.
  private final int[][] spansOfDay;
  // cumulativeMinutes[d] = working minutes of all days before day d; length days + 1. An int holds
  // 100 years of 24-hour days; half the bytes of a long keep more of it in the cache.
  private final int[] cumulativeMinutes;
  private final long totalNanos;
  // The working days' indices, in order, and minutesBeforeWorkingDay[k] = cumulativeMinutes of
  // working day k (length one more, ending with all the minutes): strictly increasing, unlike
  // cumulativeMinutes, which stands still over days off.
  private final int[] workingDayIndex;
  private final int[] minutesBeforeWorkingDay;
  // firstReaching[b] = the first k with minutesBeforeWorkingDay[k] >= b << bucketShift (the number
  // of working days when there is none), so the working day a deadline falls in lies between two
  // neighbouring entries: add looks at those instead of searching the whole range. A bucket is at
  // most a working day's average minutes, so on a calendar whose days have about the same hours it
  // holds at most one working day's start, and there are fewer buckets than twice the working
  // days.
  private final int[] firstReaching;
  private final int bucketShift;
  private final BitSet workingDays;

  private DatedCalendar(Builder b) {
    this.id = b.id;
    this.zone = b.zone;
    this.firstDate = b.firstDate;
    this.lastDate = b.lastDate;
    this.days = (int) ChronoUnit.DAYS.between(firstDate, lastDate) + 1;
    ZoneOffset offset = fixedOffset(b.zone, firstDate, lastDate);
    this.originEpochSecond = firstDate.toEpochDay() * SECONDS_PER_DAY - offset.getTotalSeconds();
    this.endSecond = days * SECONDS_PER_DAY;

    Map<WorkingHours, Integer> profileIds = new HashMap<>();
    List<int[]> profileList = new ArrayList<>();
    profileIds.put(WorkingHours.CLOSED, 0);
    profileList.add(new int[0]);
    this.spansOfDay = new int[days + 1][];
    this.cumulativeMinutes = new int[days + 1];
    this.workingDays = new BitSet(days);
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putUnencodedChars(zone.getId()).putLong(firstDate.toEpochDay()).putInt(days);
    for (int d = 0; d < days; d++) {
      WorkingHours hours = b.hoursOn(firstDate.plusDays(d));
      Integer profile = profileIds.get(hours);
      if (profile == null) {
        profile = profileList.size();
        if (profile > Short.MAX_VALUE) {
          throw new InvalidInputException("hours", hours, "too many distinct daily hours");
        }
        profileIds.put(hours, profile);
        profileList.add(flatten(hours));
      }
      spansOfDay[d] = profileList.get(profile);
      int minutes = hours.minutes();
      cumulativeMinutes[d + 1] = cumulativeMinutes[d] + minutes;
      if (minutes > 0) {
        workingDays.set(d);
      }
      for (TimeSpan span : hours.spans()) {
        hasher.putInt(d).putInt(span.startMinute()).putInt(span.endMinute());
      }
    }
    spansOfDay[days] = profileList.get(0);
    this.totalNanos = cumulativeMinutes[days] * NANOS_PER_MINUTE;
    int working = workingDays.cardinality();
    this.workingDayIndex = workingDays.stream().toArray();
    this.minutesBeforeWorkingDay = new int[working + 1];
    for (int k = 0; k < working; k++) {
      minutesBeforeWorkingDay[k] = cumulativeMinutes[workingDayIndex[k]];
    }
    minutesBeforeWorkingDay[working] = cumulativeMinutes[days];
    long averageMinutes = cumulativeMinutes[days] / Math.max(1, working);
    this.bucketShift = averageMinutes == 0 ? 0 : 63 - Long.numberOfLeadingZeros(averageMinutes);
    this.firstReaching = new int[(cumulativeMinutes[days] >> bucketShift) + 2];
    int k = 0;
    for (int bucket = 0; bucket < firstReaching.length; bucket++) {
      long minutes = (long) bucket << bucketShift;
      while (k < working && minutesBeforeWorkingDay[k] < minutes) {
        k++;
      }
      firstReaching[bucket] = k;
    }
    String hash = hasher.hash().toString().substring(0, 12);
    this.version = (b.dataVersion == null ? "custom" : b.dataVersion) + "+" + hash;
  }

  /**
   * Starts a calendar named {@code id} covering {@code firstDate} to {@code lastDate} inclusive.
   */
  public static Builder builder(String id, LocalDate firstDate, LocalDate lastDate) {
    return new Builder(id, firstDate, lastDate);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  /** The first date the calendar has data for. */
  public LocalDate firstDate() {
    return firstDate;
  }

  /** The last date the calendar has data for. */
  public LocalDate lastDate() {
    return lastDate;
  }

  /** The working hours of {@code date} (closed on a day off). */
  public WorkingHours hoursOn(LocalDate date) {
    int[] profile = spansOfDay[dayIndex(date)];
    List<TimeSpan> spans = new ArrayList<>(profile.length / 2);
    for (int i = 0; i < profile.length; i += 2) {
      spans.add(new TimeSpan(profile[i], profile[i + 1]));
    }
    return new WorkingHours(spans);
  }

  /** Whether {@code date} has any working time. */
  public boolean isWorkingDay(LocalDate date) {
    return workingDays.get(dayIndex(date));
  }

  @Override
  public Duration between(Instant from, Instant to) {
    return Duration.ofNanos(businessNanos(offsetNanos(to)) - businessNanos(offsetNanos(from)));
  }

  @Override
  public Instant add(Instant start, Duration duration) {
    long offset = offsetNanos(start);
    if (duration.isNegative()) {
      throw new InvalidInputException("duration", duration, "must not be negative");
    }
    if (duration.isZero()) {
      return start;
    }
    return toInstant(offsetAfter(offset, duration.getSeconds(), duration.getNano()));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The same arithmetic as {@link #add} on the same nanoseconds. Whole seconds in give whole
   * seconds out: the business time up to a whole-second instant is whole minutes plus a
   * whole-second part of one span (spans start and end on whole minutes), and the deadline is a
   * span's start plus such a remainder.
   */
  @Override
  public long addSeconds(long startEpochSecond, long seconds) {
    long offset = offsetNanos(startEpochSecond);
    if (seconds < 0) {
      throw new InvalidInputException(
          "duration", Duration.ofSeconds(seconds), "must not be negative");
    }
    if (seconds == 0) {
      return startEpochSecond;
    }
    return originEpochSecond + wholeSeconds(offsetAfter(offset, seconds, 0));
  }

  /**
   * The offset at which a positive duration of {@code seconds} and {@code nano} of business time
   * after {@code offset} is used up, or the refusal when it runs past the data. The duration is
   * compared with what is left as seconds and then nanoseconds, as {@link Duration#compareTo} would
   * compare it with a {@code Duration} of the nanoseconds left, without making one.
   */
  private long offsetAfter(long offset, long seconds, int nano) {
    long before = businessNanos(offset);
    long left = totalNanos - before;
    long leftSeconds = left / NANOS_PER_SECOND;
    if (seconds > leftSeconds
        || (seconds == leftSeconds && nano > left - leftSeconds * NANOS_PER_SECOND)) {
      throw beyondRange();
    }
    return offsetReaching(before + seconds * NANOS_PER_SECOND + nano);
  }

  @Override
  public long betweenSeconds(long fromEpochSecond, long toEpochSecond) {
    // In between's order, so that the same instant is named when both are outside the data.
    long to = offsetNanos(toEpochSecond);
    long from = offsetNanos(fromEpochSecond);
    return wholeSeconds(businessNanos(to) - businessNanos(from));
  }

  /**
   * The earliest offset at which the business nanoseconds since the first midnight reach {@code
   * target}, which is more than those before the start; the caller has checked that the data holds
   * it.
   */
  private long offsetReaching(long target) {
    // The deadline lies in the working day before the first one whose minutes before it reach the
    // target, which lies between the bucket's entry and the next one's: the target is more than
    // nothing and at most all the minutes. It is never before the start: the target is more than
    // the minutes before the start's day, so that working day is the start's or a later one.
    long targetMinutes = (target + NANOS_PER_MINUTE - 1) / NANOS_PER_MINUTE;
    int bucket = (int) (targetMinutes >> bucketShift);
    int lo = firstReaching[bucket];
    int hi = firstReaching[bucket + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (minutesBeforeWorkingDay[mid] >= targetMinutes) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int day = workingDayIndex[lo - 1];
    long remaining = target - minutesBeforeWorkingDay[lo - 1] * NANOS_PER_MINUTE;
    int[] spans = spansOfDay[day];
    for (int i = 0; i < spans.length; i += 2) {
      long length = (spans[i + 1] - spans[i]) * NANOS_PER_MINUTE;
      if (remaining <= length) {
        return day * NANOS_PER_DAY + spans[i] * NANOS_PER_MINUTE + remaining;
      }
      remaining -= length;
    }
    throw new IllegalStateException("prefix sums disagree with the spans of day " + day);
  }

  /** Nanoseconds as whole seconds; anything else means the whole-minute spans were not. */
  private static long wholeSeconds(long nanos) {
    if (nanos % NANOS_PER_SECOND != 0) {
      throw new IllegalStateException(
          nanos + " ns from whole-second instants is not whole seconds");
    }
    return nanos / NANOS_PER_SECOND;
  }

  @Override
  public Instant nextWorkingInstant(Instant t) {
    long offset = offsetNanos(t);
    int day = (int) (offset / NANOS_PER_DAY);
    long nanoOfDay = offset - day * NANOS_PER_DAY;
    int[] spans = spansOfDay[day];
    for (int i = 0; i < spans.length; i += 2) {
      if (nanoOfDay < spans[i + 1] * NANOS_PER_MINUTE) {
        long opening = spans[i] * NANOS_PER_MINUTE;
        // Working time: t itself, which is what rebuilding it from its offset would give.
        return nanoOfDay >= opening ? t : toInstant(day * NANOS_PER_DAY + opening);
      }
    }
    int next = workingDays.nextSetBit(day + 1);
    if (next < 0) {
      throw beyondRange();
    }
    return toInstant(next * NANOS_PER_DAY + spansOfDay[next][0] * NANOS_PER_MINUTE);
  }

  @Override
  public boolean isWorkingTime(Instant t) {
    long offset = offsetNanos(t);
    int day = (int) (offset / NANOS_PER_DAY);
    long nanoOfDay = offset - day * NANOS_PER_DAY;
    int[] spans = spansOfDay[day];
    for (int i = 0; i < spans.length; i += 2) {
      if (nanoOfDay >= spans[i] * NANOS_PER_MINUTE && nanoOfDay < spans[i + 1] * NANOS_PER_MINUTE) {
        return true;
      }
    }
    return false;
  }

  /** Nanoseconds from the first midnight to {@code t}; the range's closing midnight is allowed. */
  private long offsetNanos(Instant t) {
    long seconds = t.getEpochSecond() - originEpochSecond;
    if (seconds < 0 || seconds > endSecond || (seconds == endSecond && t.getNano() > 0)) {
      throw outsideData(t);
    }
    return seconds * NANOS_PER_SECOND + t.getNano();
  }

  /** {@link #offsetNanos(Instant)} for a whole epoch second. */
  private long offsetNanos(long epochSecond) {
    // Compared before subtracting, so that no long (e.g. Long.MIN_VALUE) wraps into the range.
    if (epochSecond < originEpochSecond || epochSecond > originEpochSecond + endSecond) {
      // Instant.ofEpochSecond throws, as the Instant path would, when beyond Instant's range.
      throw outsideData(Instant.ofEpochSecond(epochSecond));
    }
    return (epochSecond - originEpochSecond) * NANOS_PER_SECOND;
  }

  private InvalidInputException outsideData(Instant t) {
    return new InvalidInputException(
        "calendar " + id,
        LocalDate.ofInstant(t, zone),
        "no holiday data for this date; the calendar covers " + firstDate + " to " + lastDate);
  }

  /** Business nanoseconds from the first midnight to the given offset. */
  private long businessNanos(long offset) {
    int day = (int) (offset / NANOS_PER_DAY);
    long nanoOfDay = offset - day * NANOS_PER_DAY;
    long worked = cumulativeMinutes[day] * NANOS_PER_MINUTE;
    int[] spans = spansOfDay[day];
    for (int i = 0; i < spans.length; i += 2) {
      long start = spans[i] * NANOS_PER_MINUTE;
      if (nanoOfDay <= start) {
        break;
      }
      worked += Math.min(nanoOfDay, spans[i + 1] * NANOS_PER_MINUTE) - start;
    }
    return worked;
  }

  private Instant toInstant(long offset) {
    long seconds = offset / NANOS_PER_SECOND;
    long nano = offset - seconds * NANOS_PER_SECOND;
    // The one-argument factory skips the two-argument one's normalising division by a second,
    // and most deadlines are whole seconds.
    return nano == 0
        ? Instant.ofEpochSecond(originEpochSecond + seconds)
        : Instant.ofEpochSecond(originEpochSecond + seconds, nano);
  }

  private InvalidInputException beyondRange() {
    return new InvalidInputException(
        "calendar " + id,
        lastDate.plusDays(1),
        "the result runs past the calendar's data into this date; the calendar covers "
            + firstDate
            + " to "
            + lastDate
            + " and never guesses beyond it");
  }

  private int dayIndex(LocalDate date) {
    if (date.isBefore(firstDate) || date.isAfter(lastDate)) {
      throw new InvalidInputException(
          "calendar " + id,
          date,
          "no holiday data for this date; the calendar covers " + firstDate + " to " + lastDate);
    }
    return (int) (date.toEpochDay() - firstDate.toEpochDay());
  }

  private static int[] flatten(WorkingHours hours) {
    int[] flat = new int[hours.spans().size() * 2];
    for (int i = 0; i < hours.spans().size(); i++) {
      flat[2 * i] = hours.spans().get(i).startMinute();
      flat[2 * i + 1] = hours.spans().get(i).endMinute();
    }
    return flat;
  }

  private static ZoneOffset fixedOffset(ZoneId zone, LocalDate first, LocalDate last) {
    ZoneRules rules = zone.getRules();
    Instant start = first.atStartOfDay(zone).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
    ZoneOffsetTransition transition = rules.nextTransition(start);
    if (transition != null && transition.getInstant().isBefore(end)) {
      throw new InvalidInputException(
          "zone",
          zone.getId(),
          "must keep one UTC offset from "
              + first
              + " to "
              + last
              + " (daylight saving is not supported)");
    }
    return rules.getOffset(start);
  }

  @Override
  public String toString() {
    return id + " (" + version + ", " + firstDate + " to " + lastDate + ", " + zone + ")";
  }

  /**
   * Collects the definition of a {@link DatedCalendar}; later rules override earlier ones per date.
   */
  public static final class Builder {
    private final String id;
    private final LocalDate firstDate;
    private final LocalDate lastDate;
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private WorkingHours standardHours = WorkingHours.DEFAULT;
    private final Map<DayOfWeek, WorkingHours> weekly = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUpDays = new HashSet<>();
    private final Map<LocalDate, WorkingHours> dateHours = new HashMap<>();
    private String dataVersion;

    private Builder(String id, LocalDate firstDate, LocalDate lastDate) {
      this.id = Objects.requireNonNull(id, "id");
      this.firstDate = Objects.requireNonNull(firstDate, "firstDate");
      this.lastDate = Objects.requireNonNull(lastDate, "lastDate");
      if (lastDate.isBefore(firstDate)
          || ChronoUnit.DAYS.between(firstDate, lastDate) >= MAX_DAYS) {
        throw new InvalidInputException(
            "calendar " + id,
            firstDate + " to " + lastDate,
            "the range must run forwards and span at most 100 years");
      }
    }

    /** The time zone of dates and hours (default Asia/Shanghai). */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** Hours of an ordinary working day (Monday–Friday and make-up days); default 09:00–18:00. */
    public Builder standardHours(WorkingHours hours) {
      this.standardHours = Objects.requireNonNull(hours, "hours");
      return this;
    }

    /** Overrides the weekly template for one day of the week. */
    public Builder weekly(DayOfWeek day, WorkingHours hours) {
      weekly.put(day, Objects.requireNonNull(hours, "hours"));
      return this;
    }

    /** A day off, whatever its day of the week. */
    public Builder holiday(LocalDate date) {
      holidays.add(inRange(date));
      return this;
    }

    /** A make-up working day (调休): worked with the standard hours. */
    public Builder makeUpWorkday(LocalDate date) {
      makeUpDays.add(inRange(date));
      return this;
    }

    /** Special hours on one date; wins over every other rule for that date. */
    public Builder hours(LocalDate date, WorkingHours hours) {
      dateHours.put(inRange(date), Objects.requireNonNull(hours, "hours"));
      return this;
    }

    /** The version of the data the calendar is built from; it prefixes {@link #version()}. */
    public Builder dataVersion(String version) {
      this.dataVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    public DatedCalendar build() {
      return new DatedCalendar(this);
    }

    private WorkingHours hoursOn(LocalDate date) {
      WorkingHours special = dateHours.get(date);
      if (special != null) {
        return special;
      }
      if (holidays.contains(date)) {
        return WorkingHours.CLOSED;
      }
      if (makeUpDays.contains(date)) {
        return standardHours;
      }
      DayOfWeek day = date.getDayOfWeek();
      WorkingHours template = weekly.get(day);
      if (template != null) {
        return template;
      }
      boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
      return weekend ? WorkingHours.CLOSED : standardHours;
    }

    private LocalDate inRange(LocalDate date) {
      if (date.isBefore(firstDate) || date.isAfter(lastDate)) {
        throw new InvalidInputException(
            "calendar " + id,
            date,
            "outside the calendar's range " + firstDate + " to " + lastDate);
      }
      return date;
    }
  }
}
