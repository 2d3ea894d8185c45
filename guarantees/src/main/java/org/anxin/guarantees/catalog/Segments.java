package org.anxin.guarantees.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.DealKind;

/**
 * How catalog files and the catalog's output write the deal kinds a guarantee covers, its {@code
 * segments}: {@code resale}, {@code new} and {@code rental}, or {@code all} (alone) for every kind.
 * The kinds themselves are {@link DealKind}s; this is only their spelling in the catalog.
 */
public final class Segments {

  /** The id that stands for every deal kind. */
  public static final String ALL = "all";

  private static final Set<DealKind> EVERY =
      Collections.unmodifiableSet(EnumSet.allOf(DealKind.class));

  private Segments() {}

  /** The id of a deal kind in catalog files: {@code resale}, {@code new} or {@code rental}. */
  public static String id(DealKind kind) {
    return switch (kind) {
      case RESALE -> "resale";
      case NEW_HOME -> "new";
      case RENTAL -> "rental";
    };
  }

  /**
   * The ids a catalog file writes for {@code kinds}: {@code [all]} when they are every deal kind,
   * otherwise one id per kind in {@link DealKind} order, e.g. {@code [resale, new]}.
   */
  public static List<String> ids(Set<DealKind> kinds) {
    if (kinds.containsAll(EVERY)) {
      return List.of(ALL);
    }
    Set<DealKind> inOrder = EnumSet.noneOf(DealKind.class);
    inOrder.addAll(kinds);
    return inOrder.stream().map(Segments::id).toList();
  }

  /**
   * The deal kinds one id of a catalog file stands for: one kind, or every kind for {@code all}.
   * Surrounding spaces are ignored, nothing else is (ids are lowercase).
   *
   * @throws InvalidInputException naming {@code field} when the id is none of those
   */
  public static Set<DealKind> parse(String field, String text) {
    if (text != null) {
      String id = text.strip();
      if (id.equals(ALL)) {
        return EVERY;
      }
      for (DealKind kind : DealKind.values()) {
        if (id(kind).equals(id)) {
          return Collections.unmodifiableSet(EnumSet.of(kind));
        }
      }
    }
    throw new InvalidInputException(
        field,
        text,
        "unknown segment; expected one of "
            + EVERY.stream().map(Segments::id).collect(Collectors.joining(", "))
            + ", "
            + ALL);
  }

  /**
   * Checks a guarantee's segments as a file wrote them, one set of kinds per id: at least one,
   * {@code all} alone, none twice.
   *
   * @throws InvalidInputException naming {@code field} when one of these rules is broken
   */
  static void check(String field, List<Set<DealKind>> written) {
    if (written.isEmpty()) {
      throw new InvalidInputException(field, "[]", "must name at least one segment");
    }
    if (written.size() > 1 && written.contains(EVERY)) {
      throw new InvalidInputException(
          field, shown(written), "'all' cannot be combined with other segments");
    }
    if (Set.copyOf(written).size() != written.size()) {
      throw new InvalidInputException(field, shown(written), "names a segment twice");
    }
  }

  /** The deal kinds that the ids of a file cover together. */
  static Set<DealKind> union(List<Set<DealKind>> written) {
    Set<DealKind> kinds = EnumSet.noneOf(DealKind.class);
    written.forEach(kinds::addAll);
    return kinds;
  }

  /** The ids as the file wrote them, e.g. {@code all, rental}. */
  private static String shown(List<Set<DealKind>> written) {
    return written.stream().map(k -> String.join(", ", ids(k))).collect(Collectors.joining(", "));
  }
}
