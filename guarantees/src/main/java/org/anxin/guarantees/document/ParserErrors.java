package org.anxin.guarantees.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;

/**
 * Turns a parser's failure into one line naming the file, the line and the column and saying what
 * is wrong in the user's terms. The parsers' own messages run over several lines, quote the file,
 * and name Java classes, parser features and "[Source: …]" locations; none of that is passed on.
 */
final class ParserErrors {

  /** A SnakeYAML mark line: {@code in 'reader', line 2, column 5:}. */
  private static final Pattern YAML_MARK = Pattern.compile("line (\\d+), column (\\d+)");

  /** Jackson's "(start marker at [Source: …; line: 1, column: 1])". */
  private static final Pattern START_MARKER =
      Pattern.compile("\\s*\\(start marker at \\[Source:.*?line: (\\d+), column: (\\d+)\\]\\)");

  /** Jackson's advice to turn on one of its features: "enable `JsonReadFeature.X` to allow". */
  private static final Pattern FEATURE_ADVICE =
      Pattern.compile("[:;,]?\\s*\\(?(?:enable|disable)\\s+`[^`]*`(?:\\s+to\\s+\\w+)?\\)?");

  private static final Pattern SOURCE = Pattern.compile("\\s*at \\[Source:[^\\]]*\\]");

  /** Anything that would still quote the machinery; such a message is replaced, not shown. */
  private static final Pattern MACHINERY =
      Pattern.compile(
          "(?i)com\\.fasterxml|org\\.yaml|snakeyaml|jackson|java\\.|javax\\.|exception"
              + "|source:|`|\\bevent\\b|<org|streamreadconstraints");

  private static final Pattern NUMBER = Pattern.compile("\\((\\d+)");

  private static final int MAX_PROBLEM = 200;

  private ParserErrors() {}

  /** {@code source:line:column}, or {@code source} alone when the parser knows no position. */
  static String where(String source, JsonLocation at) {
    return at == null || at.getLineNr() < 1
        ? source
        : source + ":" + at.getLineNr() + ":" + Math.max(at.getColumnNr(), 1);
  }

  private static String where(String source, int line, int column) {
    return source + ":" + line + ":" + column;
  }

  /** The one-line error for a parser's failure {@code e} while reading {@code source}. */
  static InvalidInputException of(
      Exception e, JsonParser parser, Syntax syntax, String source, Limits limits) {
    if (e instanceof StreamConstraintsException) {
      return limit(e.getMessage(), where(source, tokenLocation(parser)), limits);
    }
    String original =
        e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
    String message = String.valueOf(original);
    String field;
    String problem;
    List<String> lines = message.lines().toList();
    if (lines.size() > 1) {
      // SnakeYAML: a context and a problem on lines of their own, each followed by a mark line
      // and a quote of the file; the problem's mark is the last one.
      List<String> said = lines.stream().filter(l -> !l.isBlank() && !l.startsWith(" ")).toList();
      String last = said.isEmpty() ? "" : said.get(said.size() - 1).strip();
      problem = said.size() > 1 ? last + " (" + said.get(0).strip() + ")" : last;
      field = null;
      for (String line : lines) {
        Matcher mark = YAML_MARK.matcher(line);
        if (line.startsWith(" in ") && mark.find()) {
          field = where(source, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
        }
      }
      if (field == null) {
        field = where(source, location(e, parser));
      }
    } else {
      problem = message.strip();
      field = where(source, location(e, parser));
    }
    return new InvalidInputException(field, clean(problem, syntax), "not valid " + syntax, e);
  }

  /** A parser's own limit, met before ours could be checked: the same message as ours. */
  private static InvalidInputException limit(String message, String field, Limits limits) {
    String text = String.valueOf(message);
    Matcher number = NUMBER.matcher(text);
    Object got = number.find() ? (Object) Long.parseLong(number.group(1)) : "too much";
    if (text.contains("NestingDepth")) {
      return new InvalidInputException(
          field, got, "nested deeper than the limit of " + limits.maxDepth() + " levels");
    }
    if (text.contains("NumberLength")) {
      return new InvalidInputException(
          field, got, "number longer than the limit of " + limits.maxNumberLength() + " digits");
    }
    if (text.contains("StringLength") || text.contains("NameLength")) {
      return new InvalidInputException(
          field, got, "text longer than the limit of " + limits.maxTextLength() + " characters");
    }
    return new InvalidInputException(field, got, "larger than the reader allows");
  }

  /** The problem in the user's terms, on one line, without the parser's vocabulary. */
  private static String clean(String problem, Syntax syntax) {
    String text = problem;
    Matcher start = START_MARKER.matcher(text);
    if (start.find()) {
      text =
          start.replaceFirst(
              " (the value opened at line " + start.group(1) + ", column " + start.group(2) + ")");
    }
    text = FEATURE_ADVICE.matcher(text).replaceAll("");
    text = SOURCE.matcher(text).replaceAll("");
    if (text.startsWith("Expected a field name")) {
      text = "a key must be plain text, not a list, a mapping or an alias";
    }
    text = Messages.escape(text.strip());
    if (text.isEmpty() || MACHINERY.matcher(text).find()) {
      return "the " + syntax + " parser stopped here";
    }
    return Messages.shorten(text, MAX_PROBLEM);
  }

  private static JsonLocation location(Exception e, JsonParser parser) {
    JsonLocation at = e instanceof JsonProcessingException p ? p.getLocation() : null;
    return at != null && at.getLineNr() > 0 ? at : location(parser);
  }

  private static JsonLocation location(JsonParser parser) {
    return parser == null ? null : parser.currentLocation();
  }

  private static JsonLocation tokenLocation(JsonParser parser) {
    return parser == null ? null : parser.currentTokenLocation();
  }
}
