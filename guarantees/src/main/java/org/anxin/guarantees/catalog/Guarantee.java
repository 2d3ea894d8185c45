package org.anxin.guarantees.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.DealKind;

/**
 * One guarantee of a catalog: what it is called, whom and when it covers, what it pays and on what
 * conditions, and where its terms come from.
 *
 * @param code the guarantee's code, which fixes its payout formula
 * @param nameZh the Chinese name, e.g. 换房解约 补偿损失
 * @param nameEn the English name
 * @param segments the kinds of deal covered, at least one (a catalog file writes them as {@link
 *     Segments} ids: {@code [resale, new]}, or {@code [all]} for every kind)
 * @param stage when in a deal's life it applies
 * @param kind what a paid claim is in the ledger
 * @param eligibility the conditions a claim must meet, in the order they are checked
 * @param filing the filing window
 * @param terms the payout formula's parameters; exactly {@code code.terms()}
 * @param recovery for an advance (and only for one), how it is recovered
 * @param provenance where the guarantee comes from
 * @param source a short note on the sources of the guarantee and its parameter values
 */
public record Guarantee(
    GuaranteeCode code,
    String nameZh,
    String nameEn,
    Set<DealKind> segments,
    Stage stage,
    PayoutKind kind,
    List<Condition> eligibility,
    FilingWindow filing,
    Terms terms,
    Optional<RecoveryTerms> recovery,
    Provenance provenance,
    String source) {

  /**
   * @throws InvalidInputException when the parts do not fit together (a term missing or not the
   *     code's, a kind the code cannot have, recovery terms on anything but an advance, ...)
   */
  public Guarantee {
    Objects.requireNonNull(code, "code");
    nameZh = requireText(code.name() + ".nameZh", nameZh);
    nameEn = requireText(code.name() + ".nameEn", nameEn);
    segments = copyOf(segments);
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(kind, "kind");
    eligibility = List.copyOf(eligibility);
    Objects.requireNonNull(filing, "filing");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(recovery, "recovery");
    Objects.requireNonNull(provenance, "provenance");
    source = requireText(code.name() + ".source", source);
    check(
        code.name() + ".",
        code,
        segments.stream().map(Set::of).toList(),
        kind,
        eligibility,
        terms,
        recovery.isPresent());
  }

  /** The cap of one claim in fen ({@link Terms#NO_CAP} when uncapped). */
  public long capFen() {
    return terms.capFen();
  }

  /** Whether the guarantee covers a deal of this kind. */
  public boolean covers(DealKind dealKind) {
    return segments.contains(dealKind);
  }

  /**
   * The consistency rules of an entry, with errors naming fields under {@code prefix}; the catalog
   * reader calls it with the entry's position in the file before building the record. The segments
   * are checked as the file wrote them, one set of deal kinds per id ({@link Segments#parse}).
   */
  static void check(
      String prefix,
      GuaranteeCode code,
      List<Set<DealKind>> segments,
      PayoutKind kind,
      List<Condition> eligibility,
      Terms terms,
      boolean hasRecovery) {
    Segments.check(prefix + "segments", segments);
    if (eligibility.isEmpty()) {
      throw new InvalidInputException(
          prefix + "eligibility", "[]", "must name at least one condition");
    }
    if (Set.copyOf(eligibility).size() != eligibility.size()) {
      throw new InvalidInputException(
          prefix + "eligibility", ids(eligibility), "names a condition twice");
    }
    if (!code.kinds().contains(kind)) {
      throw new InvalidInputException(
          prefix + "kind",
          kind.id(),
          code + " can only be " + ids(List.copyOf(code.kinds())).replace(",", " or"));
    }
    for (Term term : code.terms()) {
      if (!terms.has(term)) {
        throw new InvalidInputException(
            prefix + "terms." + term.id(),
            null,
            "missing; " + code + " takes " + ids(List.copyOf(code.terms())));
      }
    }
    Set<Term> extra = EnumSet.noneOf(Term.class);
    extra.addAll(terms.values().keySet());
    extra.removeAll(code.terms());
    if (!extra.isEmpty()) {
      Term term = extra.iterator().next();
      throw new InvalidInputException(
          prefix + "terms." + term.id(),
          term.id(),
          "not a term of " + code + "; it takes " + ids(List.copyOf(code.terms())));
    }
    if (kind == PayoutKind.ADVANCE && !hasRecovery) {
      throw new InvalidInputException(
          prefix + "recovery", null, "missing; an advance needs recovery terms (from, when)");
    }
    if (kind != PayoutKind.ADVANCE && hasRecovery) {
      throw new InvalidInputException(
          prefix + "recovery", kind.id(), "only an advance has recovery terms");
    }
  }

  /** An unmodifiable copy that iterates in {@link DealKind} order. */
  private static Set<DealKind> copyOf(Set<DealKind> kinds) {
    Set<DealKind> copy = EnumSet.noneOf(DealKind.class);
    copy.addAll(kinds);
    return Collections.unmodifiableSet(copy);
  }

  private static String requireText(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, text, "must not be empty");
    }
    return text.strip();
  }

  private static String ids(List<? extends Ids.WithId> values) {
    return values.stream().map(Ids.WithId::id).collect(Collectors.joining(", "));
  }
}
