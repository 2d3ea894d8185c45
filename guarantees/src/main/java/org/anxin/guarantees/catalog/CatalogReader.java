package org.anxin.guarantees.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.document.DocumentReader;
import org.anxin.guarantees.document.Node;

/**
 * Maps the tree of a catalog file ({@link DocumentReader} reads the syntax) into a {@link Catalog},
 * checking every field by hand so that each mistake is reported with its path in the file ({@code
 * guarantees[3].terms.cap}) and the value found.
 */
final class CatalogReader {

  /** The longest window a file may give, in days (100 years: anything longer is a typo). */
  static final int MAX_DAYS = 36_500;

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private CatalogReader() {}

  /** The catalog in a document; every mistake is one line. */
  static Catalog read(Node root) {
    try {
      return catalog(root);
    } catch (InvalidInputException e) {
      throw DocumentReader.oneLine(e);
    }
  }

  private static Catalog catalog(Node top) {
    if (top.kind() != Node.Kind.MAPPING) {
      throw new InvalidInputException(
          "catalog", top.shownAsDocument(), "must be a mapping with id, version and guarantees");
    }
    top.mapping("id", "version", "description", "guarantees");
    String id = scalar(top.get("id"));
    String version = scalar(top.get("version"));
    String description = top.has("description") ? text(top.get("description")) : "";
    List<Guarantee> guarantees = new ArrayList<>();
    for (Node g : top.list("guarantees", false)) {
      guarantees.add(guarantee(g));
    }
    return new Catalog(id, version, description, guarantees);
  }

  private static Guarantee guarantee(Node g) {
    g.mapping(
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
    GuaranteeCode code = GuaranteeCode.parse(g.field("code"), text(g.get("code")));
    String nameZh = text(g.get("nameZh"));
    String nameEn = text(g.get("nameEn"));
    List<Set<DealKind>> segments = ids(g, "segments", Segments::parse);
    Stage stage = Stage.parse(g.field("stage"), text(g.get("stage")));
    PayoutKind kind = PayoutKind.parse(g.field("kind"), text(g.get("kind")));
    List<Condition> eligibility = ids(g, "eligibility", Condition::parse);
    FilingWindow filing = filing(g.get("filing").requireMapping());
    Terms terms = terms(g.get("terms").requireMapping());
    Optional<RecoveryTerms> recovery =
        g.optional("recovery").map(r -> recovery(r.requireMapping()));
    Provenance provenance = Provenance.parse(g.field("provenance"), text(g.get("provenance")));
    String source = text(g.get("source"));
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

  private static FilingWindow filing(Node f) {
    f.mapping("trigger", "days");
    return new FilingWindow(
        Trigger.parse(f.field("trigger"), text(f.get("trigger"))), days(f.get("days")));
  }

  private static Terms terms(Node t) {
    Map<Term, Long> values = new EnumMap<>(Term.class);
    for (Map.Entry<String, Node> entry : t.entries().entrySet()) {
      Term term = Term.parse(t.field(entry.getKey()), entry.getKey());
      Node value = t.get(entry.getKey());
      long parsed =
          switch (term.type()) {
            case MONEY -> money(value, false);
            case MONEY_OR_NONE -> money(value, true);
            case DAYS -> days(value);
          };
      values.put(term, parsed);
    }
    return new Terms(values);
  }

  private static RecoveryTerms recovery(Node r) {
    r.mapping("from", "via", "when", "writeOffAfterDays");
    RecoveryParty from = RecoveryParty.parse(r.field("from"), text(r.get("from")));
    Optional<RecoveryParty> via =
        r.optional("via").map(n -> RecoveryParty.parse(n.path(), text(n)));
    RecoveryTiming when = RecoveryTiming.parse(r.field("when"), text(r.get("when")));
    return new RecoveryTerms(from, via, when, days(r.get("writeOffAfterDays")));
  }

  // ---- Values ---------------------------------------------------------------------------------

  /**
   * Text, stripped; numbers and booleans are refused so that a quoting slip is not read as text.
   */
  private static String text(Node n) {
    return n.text().strip();
  }

  /** Any scalar as text, stripped: a version may be written 2026.1 or "2026.1". */
  private static String scalar(Node n) {
    boolean container = n.kind() == Node.Kind.MAPPING || n.kind() == Node.Kind.LIST;
    if (container || n.scalarText().isBlank()) {
      throw new InvalidInputException(n.where(), n.shown(), "must be non-empty text");
    }
    return n.scalarText().strip();
  }

  private static <E> List<E> ids(Node g, String key, BiFunction<String, String, E> parse) {
    List<E> values = new ArrayList<>();
    for (Node item : g.list(key, false)) {
      if (!item.isText()) {
        throw new InvalidInputException(item.path(), item.shown(), "must be an id");
      }
      values.add(parse.apply(item.path(), item.scalarText()));
    }
    return values;
  }

  /** An amount in yuan, as a number or a string; {@code none} where there may be no cap. */
  private static long money(Node n, boolean noneAllowed) {
    if (noneAllowed && n.isText() && n.amountText().equals("none")) {
      return Terms.NO_CAP;
    }
    long fen = n.money().fen();
    if (fen == Terms.NO_CAP) {
      throw new InvalidInputException(n.path(), n.amountText(), "too large; write none for no cap");
    }
    return fen;
  }

  private static int days(Node n) {
    BigDecimal value = n.isWholeNumber() ? n.number() : null;
    if (value == null || value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
      throw new InvalidInputException(n.path(), n.shown(), "must be a whole number of days");
    }
    int days = value.intValue();
    if (days < 0) {
      throw new InvalidInputException(n.path(), days, "must not be negative");
    }
    if (days > MAX_DAYS) {
      throw new InvalidInputException(n.path(), days, "must be at most " + MAX_DAYS + " days");
    }
    return days;
  }
}
