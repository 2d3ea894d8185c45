package org.anxin.guarantees.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.deal.DealKind;

/**
 * Reads a catalog file into a {@link Catalog}, checking every field by hand so that each mistake is
 * reported with its path in the file ({@code guarantees[3].terms.cap}) and the value found, rather
 * than as a parser's exception.
 */
final class CatalogReader {

  /** The longest window a file may give, in days (100 years: anything longer is a typo). */
  static final int MAX_DAYS = 36_500;

  private static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          // Amounts written as numbers keep their exact decimal text instead of becoming doubles.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(new JsonNodeFactory(true))
          .build();

  private CatalogReader() {}

  static Catalog read(InputStream in) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidInputException(
          "catalog", e.getOriginalMessage(), "not valid YAML" + where, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(
          "catalog",
          root == null || root.isMissingNode() ? "" : root.toString(),
          "must be a mapping with id, version and guarantees");
    }
    Obj top = new Obj(root, "");
    top.onlyKeys("id", "version", "description", "guarantees");
    String id = top.scalar("id");
    String version = top.scalar("version");
    String description = top.optional("description").isPresent() ? top.text("description") : "";
    JsonNode list = top.array("guarantees");
    List<Guarantee> guarantees = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      guarantees.add(guarantee(new Obj(list.get(i), "guarantees[" + i + "]")));
    }
    return new Catalog(id, version, description, guarantees);
  }

  private static Guarantee guarantee(Obj g) {
    g.requireObject();
    g.onlyKeys(
        "code",
        "nameZh",
        "nameEn",
        "segments",
        "stage",
        "kind",
        "eligibility",
        "filing",
        "terms",
        "recovery",
        "provenance",
        "source");
    GuaranteeCode code = GuaranteeCode.parse(g.field("code"), g.text("code"));
    String nameZh = g.text("nameZh");
    String nameEn = g.text("nameEn");
    List<Set<DealKind>> segments = g.ids("segments", Segments::parse);
    Stage stage = Stage.parse(g.field("stage"), g.text("stage"));
    PayoutKind kind = PayoutKind.parse(g.field("kind"), g.text("kind"));
    List<Condition> eligibility = g.ids("eligibility", Condition::parse);
    FilingWindow filing = filing(g.object("filing"));
    Terms terms = terms(g.object("terms"));
    Optional<RecoveryTerms> recovery =
        g.optional("recovery").map(n -> recovery(g.object("recovery")));
    Provenance provenance = Provenance.parse(g.field("provenance"), g.text("provenance"));
    String source = g.text("source");
    Guarantee.check(g.path() + ".", code, segments, kind, eligibility, terms, recovery.isPresent());
    return new Guarantee(
        code,
        nameZh,
        nameEn,
        Segments.union(segments),
        stage,
        kind,
        eligibility,
        filing,
        terms,
        recovery,
        provenance,
        source);
  }

  private static FilingWindow filing(Obj f) {
    f.onlyKeys("trigger", "days");
    return new FilingWindow(Trigger.parse(f.field("trigger"), f.text("trigger")), f.days("days"));
  }

  private static Terms terms(Obj t) {
    Map<Term, Long> values = new EnumMap<>(Term.class);
    for (Iterator<String> keys = t.node().fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      Term term = Term.parse(t.field(key), key);
      long value =
          switch (term.type()) {
            case MONEY -> t.money(key, false);
            case MONEY_OR_NONE -> t.money(key, true);
            case DAYS -> t.days(key);
          };
      values.put(term, value);
    }
    return new Terms(values);
  }

  private static RecoveryTerms recovery(Obj r) {
    r.onlyKeys("from", "via", "when", "writeOffAfterDays");
    RecoveryParty from = RecoveryParty.parse(r.field("from"), r.text("from"));
    Optional<RecoveryParty> via =
        r.optional("via").map(n -> RecoveryParty.parse(r.field("via"), r.text("via")));
    RecoveryTiming when = RecoveryTiming.parse(r.field("when"), r.text("when"));
    return new RecoveryTerms(from, via, when, r.days("writeOffAfterDays"));
  }

  /** A value as the user wrote it: text without JSON quotes, anything else as JSON. */
  private static String shown(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  /** A mapping in the file with its path, for error messages. */
  private record Obj(JsonNode node, String path) {

    String field(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    void requireObject() {
      if (!node.isObject()) {
        throw new InvalidInputException(path, shown(node), "must be a mapping of fields");
      }
    }

    void onlyKeys(String... allowed) {
      Set<String> known = new LinkedHashSet<>(List.of(allowed));
      for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!known.contains(key)) {
          throw new InvalidInputException(
              field(key), key, "unknown field; expected one of " + String.join(", ", known));
        }
      }
    }

    Optional<JsonNode> optional(String key) {
      JsonNode value = node.get(key);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    JsonNode required(String key) {
      return optional(key)
          .orElseThrow(() -> new InvalidInputException(field(key), null, "missing field"));
    }

    /** A string; numbers and booleans are refused so that a quoting slip is not read as text. */
    String text(String key) {
      JsonNode value = required(key);
      if (!value.isTextual() || value.asText().isBlank()) {
        throw new InvalidInputException(field(key), shown(value), "must be non-empty text");
      }
      return value.asText().strip();
    }

    /** Any scalar as text: a version may be written 2026.1 or "2026.1". */
    String scalar(String key) {
      JsonNode value = required(key);
      String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
      if (!value.isValueNode() || text.isBlank()) {
        throw new InvalidInputException(field(key), shown(value), "must be non-empty text");
      }
      return text.strip();
    }

    JsonNode array(String key) {
      JsonNode value = required(key);
      if (!value.isArray()) {
        throw new InvalidInputException(field(key), shown(value), "must be a list");
      }
      return value;
    }

    Obj object(String key) {
      Obj value = new Obj(required(key), field(key));
      value.requireObject();
      return value;
    }

    <E> List<E> ids(String key, BiFunction<String, String, E> parse) {
      JsonNode list = array(key);
      List<E> values = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        JsonNode item = list.get(i);
        String itemField = field(key) + "[" + i + "]";
        if (!item.isTextual()) {
          throw new InvalidInputException(itemField, shown(item), "must be an id");
        }
        values.add(parse.apply(itemField, item.asText()));
      }
      return values;
    }

    /** An amount in yuan, as a number or a string; {@code none} where there may be no cap. */
    long money(String key, boolean noneAllowed) {
      JsonNode value = required(key);
      String text;
      if (value.isNumber()) {
        text = value.decimalValue().toPlainString();
      } else if (value.isTextual()) {
        text = value.asText().strip();
      } else {
        throw new InvalidInputException(field(key), shown(value), "must be an amount in yuan");
      }
      if (noneAllowed && text.equals("none")) {
        return Terms.NO_CAP;
      }
      long fen = Money.parse(field(key), text).fen();
      if (fen < 0) {
        throw new InvalidInputException(field(key), text, "must not be negative");
      }
      if (fen == Terms.NO_CAP) {
        throw new InvalidInputException(field(key), text, "too large; write none for no cap");
      }
      return fen;
    }

    int days(String key) {
      JsonNode value = required(key);
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw new InvalidInputException(field(key), shown(value), "must be a whole number of days");
      }
      int days = value.intValue();
      if (days < 0) {
        throw new InvalidInputException(field(key), days, "must not be negative");
      }
      if (days > MAX_DAYS) {
        throw new InvalidInputException(field(key), days, "must be at most " + MAX_DAYS + " days");
      }
      return days;
    }
  }
}
