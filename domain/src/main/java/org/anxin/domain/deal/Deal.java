package org.anxin.domain.deal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.PropertyId;

/**
 * What is agreed: who deals with whom, on which property, for what price, under which terms. What
 * then happens is the deal's history ({@link DealState}).
 *
 * <p>The two sides are called buyers and sellers whatever the kind: in a rental the buyers are the
 * tenants and the sellers the landlords; in a new-home deal the seller is the developer.
 *
 * @param id the deal's identifier
 * @param kind resale, new home or rental
 * @param property the home
 * @param buyers who pays (buyers, tenants): at least one, no duplicates
 * @param sellers who receives (sellers, developer, landlords): at least one, none of them a buyer
 * @param price the price, positive; for a rental the monthly rent
 * @param brokeredByUs whether our broker brokered it (a condition of every guarantee)
 * @param terms the contract's loan clause, fault overrides and handover holdback
 */
public record Deal(
    DealId id,
    DealKind kind,
    PropertyId property,
    List<PartyId> buyers,
    List<PartyId> sellers,
    Money price,
    boolean brokeredByUs,
    ContractTerms terms) {

  public Deal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(terms, "terms");
    buyers = List.copyOf(buyers);
    sellers = List.copyOf(sellers);
    if (!price.isPositive()) {
      throw new InvalidInputException("deal.price", price, "must be positive (deal " + id + ")");
    }
    requireParties("deal.buyers", buyers, id);
    requireParties("deal.sellers", sellers, id);
    for (PartyId seller : sellers) {
      if (buyers.contains(seller)) {
        throw new InvalidInputException(
            "deal.sellers",
            seller,
            "is also a buyer (deal " + id + "); nobody deals with themself");
      }
    }
  }

  /** A deal of any kind between several buyers and sellers, brokered by us, standard terms. */
  public static Deal of(
      DealId id,
      DealKind kind,
      PropertyId property,
      List<PartyId> buyers,
      List<PartyId> sellers,
      Money price) {
    return new Deal(id, kind, property, buyers, sellers, price, true, ContractTerms.STANDARD);
  }

  /** A resale (二手房) between one buyer and one seller, brokered by us, standard terms. */
  public static Deal resale(
      DealId id, PropertyId property, PartyId buyer, PartyId seller, Money price) {
    return of(id, DealKind.RESALE, property, List.of(buyer), List.of(seller), price);
  }

  /** A new-home purchase (新房) from a developer, brokered by us, standard terms. */
  public static Deal newHome(
      DealId id, PropertyId property, PartyId buyer, PartyId developer, Money price) {
    return of(id, DealKind.NEW_HOME, property, List.of(buyer), List.of(developer), price);
  }

  /** A rental (租赁) at {@code monthlyRent}, brokered by us, standard terms. */
  public static Deal rental(
      DealId id, PropertyId property, PartyId tenant, PartyId landlord, Money monthlyRent) {
    return of(id, DealKind.RENTAL, property, List.of(tenant), List.of(landlord), monthlyRent);
  }

  /** This deal under other contract terms. */
  public Deal withTerms(ContractTerms newTerms) {
    return new Deal(id, kind, property, buyers, sellers, price, brokeredByUs, newTerms);
  }

  /** This deal, brokered by us or not. */
  public Deal withBrokeredByUs(boolean ours) {
    return new Deal(id, kind, property, buyers, sellers, price, ours, terms);
  }

  /** Whether {@code party} is on either side of this deal. */
  public boolean involves(PartyId party) {
    return buyers.contains(party) || sellers.contains(party);
  }

  private static void requireParties(String field, List<PartyId> parties, DealId id) {
    if (parties.isEmpty()) {
      throw new InvalidInputException(
          field, "[]", "must name at least one party (deal " + id + ")");
    }
    Set<PartyId> seen = new HashSet<>();
    for (PartyId p : parties) {
      if (!seen.add(p)) {
        throw new InvalidInputException(field, p, "appears twice (deal " + id + ")");
      }
    }
  }
}
