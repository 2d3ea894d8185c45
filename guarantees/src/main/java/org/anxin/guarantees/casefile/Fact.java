package org.anxin.guarantees.casefile;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.GuaranteeCode;

/**
 * What a filing states that a deal's history cannot: the commission charged, the taxes quoted and
 * paid, the day a leak was found, ... Most guarantees are decided by the deal's events alone; these
 * facts are for the ones that depend on the broker's own records or on a finding (a repair bill, a
 * radiation measurement). Each fact belongs to the guarantees listed here, and a filing for one of
 * them must state its required facts.
 */
public enum Fact {
  /** COMMISSION_REFUND: the commission we charged the customer. */
  COMMISSION("commission", Type.MONEY, true, GuaranteeCode.COMMISSION_REFUND),
  /** FUNDS_SAFETY: the customer's litigation costs (0 if not stated). */
  LITIGATION_COSTS("litigationCosts", Type.MONEY, false, GuaranteeCode.FUNDS_SAFETY),
  /** TAX_ESTIMATE: the taxes we quoted before signing. */
  QUOTED_TAX("quotedTax", Type.MONEY, true, GuaranteeCode.TAX_ESTIMATE),
  /** TAX_ESTIMATE: the taxes actually paid at the transfer. */
  ACTUAL_TAX("actualTax", Type.MONEY, true, GuaranteeCode.TAX_ESTIMATE),
  /** TAX_ESTIMATE: whether we gave the quote in writing. */
  QUOTED_IN_WRITING("quotedInWriting", Type.FLAG, true, GuaranteeCode.TAX_ESTIMATE),
  /**
   * TAX_ESTIMATE: whether the difference comes from a change of the tax rules (false if absent).
   */
  TAX_RULES_CHANGED("taxRulesChanged", Type.FLAG, false, GuaranteeCode.TAX_ESTIMATE),
  /** HUKOU_NOT_MOVED: the contract's last day for moving the seller's hukou out. */
  HUKOU_DEADLINE("hukouDeadline", Type.DATE, true, GuaranteeCode.HUKOU_NOT_MOVED),
  /** HUKOU_NOT_MOVED: the contractual damages for a hukou left behind. */
  DAMAGES("damages", Type.MONEY, true, GuaranteeCode.HUKOU_NOT_MOVED),
  /** HUKOU_NOT_MOVED: what the seller has paid of the damages (0 if not stated). */
  PAID_BY_SELLER("paidBySeller", Type.MONEY, false, GuaranteeCode.HUKOU_NOT_MOVED),
  /** LEAK_WARRANTY and RENTAL_LEAK: the day the leak was found. */
  LEAK_FOUND_ON(
      "leakFoundOn", Type.DATE, true, GuaranteeCode.LEAK_WARRANTY, GuaranteeCode.RENTAL_LEAK),
  /** LEAK_WARRANTY: what the repair costs. */
  REPAIR_COST("repairCost", Type.MONEY, true, GuaranteeCode.LEAK_WARRANTY),
  /** STIGMATIZED_HOME: the day the undisclosed death came to light. */
  DISCOVERED_ON("discoveredOn", Type.DATE, true, GuaranteeCode.STIGMATIZED_HOME),
  /** STIGMATIZED_HOME: whether the death had been disclosed before signing (false if absent). */
  DISCLOSED_BEFORE_SIGNING(
      "disclosedBeforeSigning", Type.FLAG, false, GuaranteeCode.STIGMATIZED_HOME),
  /** RADIATION: the day of the certified measurement. */
  MEASURED_ON("measuredOn", Type.DATE, true, GuaranteeCode.RADIATION),
  /** RADIATION: whether the measurement is above the national standard. */
  ABOVE_STANDARD("aboveStandard", Type.FLAG, true, GuaranteeCode.RADIATION),
  /** NEW_HOME_PRICE: the developer's own price for the unit on the day of the contract. */
  DEVELOPER_PRICE("developerPrice", Type.MONEY, true, GuaranteeCode.NEW_HOME_PRICE),
  /** RENTAL_DEPOSIT: the deductions the lease justifies (0 if not stated). */
  JUSTIFIED_DEDUCTIONS("justifiedDeductions", Type.MONEY, false, GuaranteeCode.RENTAL_DEPOSIT),
  /** RENTAL_LEAK: the days the leak made the home unusable. */
  UNUSABLE_DAYS("unusableDays", Type.COUNT, true, GuaranteeCode.RENTAL_LEAK),
  /** RENTAL_LEAK: whether the tenant caused the leak (false if absent). */
  TENANT_CAUSED("tenantCaused", Type.FLAG, false, GuaranteeCode.RENTAL_LEAK),
  /** RENTAL_SWITCH: the re-letting cost the tenant would owe for leaving. */
  RE_LETTING_COST("reLettingCost", Type.MONEY, true, GuaranteeCode.RENTAL_SWITCH),
  /** RENTAL_SWITCH: whether the tenant returns the home as received. */
  RETURNED_AS_RECEIVED("returnedAsReceived", Type.FLAG, true, GuaranteeCode.RENTAL_SWITCH);

  /** How a fact is written and held. */
  public enum Type {
    /** Yuan with at most 2 decimals, not negative; held as {@link org.anxin.domain.Money}. */
    MONEY,
    /** A date {@code YYYY-MM-DD}; held as {@link java.time.LocalDate}. */
    DATE,
    /** A whole number, not negative; held as {@link Long}. */
    COUNT,
    /** {@code true} or {@code false}; held as {@link Boolean}. */
    FLAG
  }

  private final String id;
  private final Type type;
  private final boolean required;
  private final ImmutableSet<GuaranteeCode> codes;

  Fact(String id, Type type, boolean required, GuaranteeCode first, GuaranteeCode... rest) {
    this.id = id;
    this.type = type;
    this.required = required;
    this.codes = Sets.immutableEnumSet(first, rest);
  }

  /** The key under {@code facts:} in a case file, e.g. {@code repairCost}. */
  public String id() {
    return id;
  }

  public Type type() {
    return type;
  }

  /** Whether a filing for one of this fact's guarantees must state it. */
  public boolean required() {
    return required;
  }

  /** The guarantees a filing may state this fact for. */
  public Set<GuaranteeCode> codes() {
    return codes;
  }

  /**
   * Whether the fact is something found or measured before the filing reports it (a leak, a death,
   * a measurement), so that its date cannot be after the filing's. The hukou deadline is a term of
   * the contract instead, and may lie anywhere.
   */
  public boolean isObservation() {
    return this == LEAK_FOUND_ON || this == DISCOVERED_ON || this == MEASURED_ON;
  }

  /** The facts a filing for {@code code} may state, in declaration order. */
  public static List<Fact> of(GuaranteeCode code) {
    return ByCode.FACTS.getOrDefault(code, List.of());
  }

  /** Each guarantee's facts, found once: every filing of a case asks. */
  private static final class ByCode {
    static final Map<GuaranteeCode, List<Fact>> FACTS = facts();

    private static Map<GuaranteeCode, List<Fact>> facts() {
      Map<GuaranteeCode, List<Fact>> facts = new EnumMap<>(GuaranteeCode.class);
      for (GuaranteeCode code : GuaranteeCode.values()) {
        facts.put(code, Arrays.stream(values()).filter(f -> f.codes.contains(code)).toList());
      }
      return Collections.unmodifiableMap(facts);
    }
  }

  /**
   * The fact with this key.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static Fact parse(String field, String text) {
    for (Fact fact : values()) {
      if (fact.id.equals(text)) {
        return fact;
      }
    }
    throw new InvalidInputException(
        field,
        text,
        "unknown fact; expected one of "
            + Arrays.stream(values()).map(Fact::id).collect(Collectors.joining(", ")));
  }
}
