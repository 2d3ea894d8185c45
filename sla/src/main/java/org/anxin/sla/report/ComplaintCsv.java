package org.anxin.sla.report;

import com.google.common.base.Splitter;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.DateTimes;
import org.anxin.sla.complaint.Channel;
import org.anxin.sla.complaint.ComplaintId;
import org.anxin.sla.complaint.ComplaintInputException;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.complaint.Pause;

/**
 * Reads complaints from CSV: a header row, then one row per complaint. Columns are found by name
 * (any order); {@link #REQUIRED} must all be present, {@link #OPTIONAL} may be. Date-times are
 * ISO-8601 with an offset ({@code 2025-03-03T09:12+08:00}) or local ({@code 2025-03-03T09:12} or
 * {@code 2025-03-03 09:12}) in the given zone. A bad row is reported with its line and column.
 */
public final class ComplaintCsv {

  /** Columns every file has (values may be empty where documented). */
  public static final List<String> REQUIRED =
      List.of(
          "id",
          "channel",
          "team",
          "category",
          "received",
          "registered",
          "first_response",
          "solution",
          "resolved",
          "paused_minutes");

  /** Columns a file may add: reopenings, pauses with their instants, the linked deal. */
  public static final List<String> OPTIONAL = List.of("reopened", "pauses", "deal");

  private static final Splitter LIST = Splitter.on(';').trimResults().omitEmptyStrings();

  private ComplaintCsv() {}

  /** Reads every row; {@code source} (e.g. the file name) prefixes error messages. */
  public static List<ComplaintSummary> read(String source, Reader reader, ZoneId zone) {
    CsvRecords records = new CsvRecords(source, reader);
    CsvRecords.Line header = records.next();
    if (header == null) {
      throw new InvalidInputException(source, "", "is empty: it needs a header row");
    }
    Map<String, Integer> columns = columns(source, header);
    List<ComplaintSummary> complaints = new ArrayList<>();
    Map<ComplaintId, Integer> lineOfId = new HashMap<>();
    for (CsvRecords.Line line = records.next(); line != null; line = records.next()) {
      Row row = new Row(source, line, columns, zone);
      if (line.fields().size() != columns.size()) {
        throw new InvalidInputException(
            source + " line " + line.number(),
            line.fields().size() + " fields",
            "the header has " + columns.size() + " columns");
      }
      ComplaintSummary complaint = row.complaint();
      Integer earlier = lineOfId.putIfAbsent(complaint.id(), line.number());
      if (earlier != null) {
        throw row.error("id", complaint.id().value(), "the same id is on line " + earlier);
      }
      complaints.add(complaint);
    }
    return complaints;
  }

  private static Map<String, Integer> columns(String source, CsvRecords.Line header) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      String where = source + " line " + header.number() + ", column " + (i + 1);
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        throw new InvalidInputException(
            where,
            name,
            "unknown column; the columns are " + REQUIRED + " and optionally " + OPTIONAL);
      }
      if (columns.put(name, i) != null) {
        throw new InvalidInputException(where, name, "the column appears twice");
      }
    }
    for (String name : REQUIRED) {
      if (!columns.containsKey(name)) {
        throw new InvalidInputException(
            source + " line " + header.number(), name, "the header lacks this required column");
      }
    }
    return columns;
  }

  /** One data row, with the column-aware error messages. */
  private static final class Row {
    private final String source;
    private final CsvRecords.Line line;
    private final Map<String, Integer> columns;
    private final ZoneId zone;

    Row(String source, CsvRecords.Line line, Map<String, Integer> columns, ZoneId zone) {
      this.source = source;
      this.line = line;
      this.columns = columns;
      this.zone = zone;
    }

    ComplaintSummary complaint() {
      String idText = required("id");
      ComplaintId id = ComplaintId.of(idText);
      Channel channel;
      try {
        channel = Channel.parse("channel", required("channel"));
      } catch (InvalidInputException e) {
        throw error("channel", value("channel"), "must be phone, online or walk-in");
      }
      String team = required("team");
      String category = required("category");
      Instant received = instant("received").orElseThrow(() -> empty("received"));
      Instant registered = instant("registered").orElse(received);
      Optional<DealId> deal =
          value("deal").isEmpty() ? Optional.empty() : Optional.of(DealId.of(value("deal")));
      try {
        return new ComplaintSummary(
            id,
            channel,
            team,
            category,
            deal,
            received,
            registered,
            instant("first_response"),
            instant("solution"),
            instant("resolved"),
            reopenings(),
            pauses(),
            pausedMinutes());
      } catch (ComplaintInputException e) {
        throw error(e.column(), e.value(), e.problem());
      }
    }

    private String value(String column) {
      Integer index = columns.get(column);
      if (index == null || index >= line.fields().size()) {
        return "";
      }
      return line.fields().get(index).strip();
    }

    private String required(String column) {
      String text = value(column);
      if (text.isEmpty()) {
        throw empty(column);
      }
      return text;
    }

    private Optional<Instant> instant(String column) {
      String text = value(column);
      return text.isEmpty() ? Optional.empty() : Optional.of(parseInstant(column, text));
    }

    private Instant parseInstant(String column, String text) {
      return DateTimes.parse(source + " line " + line.number() + ", column " + column, text, zone);
    }

    private List<Instant> reopenings() {
      List<Instant> instants = new ArrayList<>();
      for (String part : LIST.split(value("reopened"))) {
        instants.add(parseInstant("reopened", part));
      }
      return instants;
    }

    private List<Pause> pauses() {
      List<Pause> pauses = new ArrayList<>();
      for (String part : LIST.split(value("pauses"))) {
        int slash = part.indexOf('/');
        if (slash < 0) {
          throw error("pauses", part, "a pause is FROM/UNTIL (UNTIL empty while it lasts)");
        }
        Instant from = parseInstant("pauses", part.substring(0, slash).strip());
        String until = part.substring(slash + 1).strip();
        pauses.add(
            until.isEmpty() ? Pause.open(from) : Pause.closed(from, parseInstant("pauses", until)));
      }
      return pauses;
    }

    private Duration pausedMinutes() {
      String text = value("paused_minutes");
      if (text.isEmpty()) {
        return Duration.ZERO;
      }
      try {
        long minutes = Long.parseLong(text);
        if (minutes < 0) {
          throw error("paused_minutes", text, "must not be negative");
        }
        return Duration.ofMinutes(minutes);
      } catch (NumberFormatException | ArithmeticException e) {
        throw error("paused_minutes", text, "must be a whole number of minutes");
      }
    }

    private InvalidInputException empty(String column) {
      return error(column, "", "must not be empty");
    }

    InvalidInputException error(String column, Object value, String problem) {
      return new InvalidInputException(
          source + " line " + line.number() + ", column " + column, value, problem);
    }
  }
}
