package org.anxin.sla.calendar;

import com.google.common.base.Splitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxin.domain.InvalidInputException;

/**
 * Reads holiday data in the small line format of {@code cn-holidays.txt} (its header documents the
 * format). Every mistake is reported with the source's name and line number.
 */
public final class HolidayDataLoader {

  /** The resource with China's official arrangements, next to this class. */
  public static final String CHINA_RESOURCE = "cn-holidays.txt";

  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings().limit(3);

  private HolidayDataLoader() {}

  /** China's official arrangements shipped with the module (parsed once). */
  public static HolidayData chinaOfficial() {
    return ChinaHolder.DATA;
  }

  /** Parses holiday data; {@code source} names it in error messages. */
  public static HolidayData load(String source, Reader reader) {
    return new Parser(source).parse(reader);
  }

  private static final class ChinaHolder {
    static final HolidayData DATA = loadResource();

    private static HolidayData loadResource() {
      try (InputStream in = HolidayDataLoader.class.getResourceAsStream(CHINA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + CHINA_RESOURCE);
        }
        return load(CHINA_RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Parser {
    private final String source;
    private String dataVersion;
    private ZoneId zone;
    private int firstYear;
    private int year;
    private final Map<Integer, List<String>> notices = new HashMap<>();
    private final Map<LocalDate, String> daysOff = new HashMap<>();
    private final Map<LocalDate, String> makeUpDays = new HashMap<>();
    private final Map<LocalDate, WorkingHours> specialHours = new HashMap<>();
    private final Map<LocalDate, Integer> seenOnLine = new HashMap<>();
    private int lineNumber;

    Parser(String source) {
      this.source = source;
    }

    HolidayData parse(Reader reader) {
      try (BufferedReader lines = new BufferedReader(reader)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          lineNumber++;
          String text = stripComment(line);
          if (!text.isEmpty()) {
            statement(text);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (dataVersion == null || zone == null || year == 0) {
        throw new InvalidInputException(
            source, "", "needs a data-version, a zone and at least one year block");
      }
      for (LocalDate date : seenOnLine.keySet()) {
        if (date.getYear() < firstYear || date.getYear() > year) {
          throw error(seenOnLine.get(date), date, "outside the years " + firstYear + "-" + year);
        }
      }
      return new HolidayData(
          dataVersion, zone, firstYear, year, notices, daysOff, makeUpDays, specialHours);
    }

    private static String stripComment(String line) {
      int hash = line.indexOf('#');
      return (hash < 0 ? line : line.substring(0, hash)).strip();
    }

    private void statement(String text) {
      List<String> words = WORDS.splitToList(text);
      String keyword = words.get(0);
      String argument = words.size() > 1 ? words.get(1) : "";
      String rest = words.size() > 2 ? words.get(2) : "";
      if (argument.isEmpty()) {
        throw error(lineNumber, text, "'" + keyword + "' needs an argument");
      }
      switch (keyword) {
        case "data-version" -> dataVersion = argument;
        case "zone" -> zone = zone(argument);
        case "year" -> year(argument);
        case "notice" ->
            notices.computeIfAbsent(currentYear(text), y -> new ArrayList<>()).add(argument);
        case "off" -> daysOff(argument, rest);
        case "work" -> makeUp(argument, rest);
        case "hours" -> specialHours.put(date(argument), WorkingHours.parse(where(), rest));
        default -> throw error(lineNumber, keyword, "unknown statement");
      }
    }

    private ZoneId zone(String id) {
      try {
        return ZoneId.of(id);
      } catch (DateTimeException e) {
        throw error(lineNumber, id, "not a time zone");
      }
    }

    private void year(String text) {
      int value;
      try {
        value = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw error(lineNumber, text, "not a year");
      }
      if (year != 0 && value != year + 1) {
        throw error(lineNumber, text, "years must be consecutive, expected " + (year + 1));
      }
      if (year == 0) {
        firstYear = value;
      }
      year = value;
    }

    private int currentYear(String text) {
      if (year == 0) {
        throw error(lineNumber, text, "comes before the first 'year'");
      }
      return year;
    }

    private void daysOff(String range, String name) {
      currentYear(range);
      int dots = range.indexOf("..");
      LocalDate from = date(dots < 0 ? range : range.substring(0, dots));
      LocalDate to = dots < 0 ? from : date(range.substring(dots + 2));
      if (to.isBefore(from) || to.isAfter(from.plusDays(31))) {
        throw error(lineNumber, range, "a holiday range must run forwards, at most a month");
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        claim(d);
        daysOff.put(d, name);
      }
    }

    private void makeUp(String text, String name) {
      currentYear(text);
      LocalDate date = date(text);
      DayOfWeek day = date.getDayOfWeek();
      // A weekday needs no make-up; the notices still list one (2020-02-03) to mark a return.
      claim(date);
      if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
        makeUpDays.put(date, name);
      }
    }

    private void claim(LocalDate date) {
      Integer earlier = seenOnLine.putIfAbsent(date, lineNumber);
      if (earlier != null) {
        throw error(lineNumber, date, "already given on line " + earlier);
      }
    }

    private LocalDate date(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw error(lineNumber, text, "not a date YYYY-MM-DD");
      }
    }

    private String where() {
      return source + " line " + lineNumber;
    }

    private InvalidInputException error(int line, Object value, String problem) {
      return new InvalidInputException(source + " line " + line, value, problem);
    }
  }
}
