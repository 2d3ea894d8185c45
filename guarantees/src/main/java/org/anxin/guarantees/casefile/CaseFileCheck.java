package org.anxin.guarantees.casefile;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Party;
import org.anxin.domain.PartyId;
import org.anxin.domain.Property;
import org.anxin.domain.PropertyId;
import org.anxin.domain.Refusal;
import org.anxin.domain.chain.FundingGraph;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealKind;
import org.anxin.domain.deal.DealState;
import org.anxin.guarantees.catalog.GuaranteeCode;

/**
 * The checks a case must pass beyond the syntax of its file: unique ids, references to parties,
 * properties and deals that exist, histories that fold, funding links through the intermediary,
 * filings by a buyer with the facts their guarantee needs. Paths are those of the file.
 */
final class CaseFileCheck {

  private CaseFileCheck() {}

  static void check(
      List<Party> parties,
      List<Property> properties,
      List<CaseDeal> deals,
      List<FundingLink> links,
      List<Filing> filings) {
    Set<PartyId> partyIds = unique(parties.stream().map(Party::id).toList(), "parties", "party");
    Set<PropertyId> propertyIds =
        unique(properties.stream().map(Property::id).toList(), "properties", "property");
    if (deals.isEmpty()) {
      throw new InvalidInputException("deals", "[]", "must list at least one deal");
    }
    unique(deals.stream().map(d -> d.deal().id()).toList(), "deals", "deal");
    Map<DealId, Deal> byId = new LinkedHashMap<>();
    for (int i = 0; i < deals.size(); i++) {
      CaseDeal d = deals.get(i);
      byId.put(d.deal().id(), d.deal());
      checkDeal("deals[" + i + "]", d, partyIds, propertyIds);
    }
    checkLinks(links, byId);
    checkFilings(filings, byId, partyIds);
  }

  private static <T> Set<T> unique(List<T> ids, String list, String what) {
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw new InvalidInputException(
            list + "[" + i + "].id",
            String.valueOf(ids.get(i)),
            "a second " + what + " with this id");
      }
    }
    return seen;
  }

  // ---- Deals ----------------------------------------------------------------------------------

  private static void checkDeal(
      String at, CaseDeal caseDeal, Set<PartyId> parties, Set<PropertyId> properties) {
    Deal deal = caseDeal.deal();
    if (!properties.contains(deal.property())) {
      throw new InvalidInputException(
          at + ".property", deal.property().value(), "unknown property; " + known(properties));
    }
    boolean rental = deal.kind() == DealKind.RENTAL;
    if (rental && (deal.buyers().size() != 1 || deal.sellers().size() != 1)) {
      throw new InvalidInputException(
          at + ".tenant",
          deal.buyers() + " / " + deal.sellers(),
          "a rental in a case file has one tenant and one landlord");
    }
    for (int j = 0; j < deal.buyers().size(); j++) {
      requireParty(
          rental ? at + ".tenant" : at + ".buyers[" + j + "]", deal.buyers().get(j), parties);
    }
    for (int j = 0; j < deal.sellers().size(); j++) {
      requireParty(
          rental ? at + ".landlord" : at + ".sellers[" + j + "]", deal.sellers().get(j), parties);
    }
    List<DealEvent> events = caseDeal.events();
    for (int k = 0; k < events.size(); k++) {
      String eventAt = at + ".events[" + k + "].";
      for (Map.Entry<String, PartyId> ref : partyRefs(events.get(k)).entrySet()) {
        requireParty(eventAt + ref.getKey(), ref.getValue(), parties);
      }
    }
    Either<Refusal, DealState> folded = DealState.tryReplay(deal, events);
    if (folded.isLeft()) {
      throw rejected(at, folded.getLeft());
    }
  }

  /** The parties an event names, by the path of their field in the file. */
  private static Map<String, PartyId> partyRefs(DealEvent event) {
    return event.accept(PartyRefs.INSTANCE);
  }

  /**
   * The parties each type of event names. A visitor, so that a new event type that names a party
   * does not compile until its parties are checked here, instead of skipping the check.
   */
  private static final class PartyRefs implements DealEvent.Visitor<Map<String, PartyId>> {
    static final PartyRefs INSTANCE = new PartyRefs();

    private static final Map<String, PartyId> NONE = Map.of();

    @Override
    public Map<String, PartyId> visit(DealEvent.IntentMoneyPaid e) {
      Map<String, PartyId> refs = new LinkedHashMap<>();
      refs.put("payer", e.payer());
      refs.put("holder", e.holder());
      return refs;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.DepositPaid e) {
      Map<String, PartyId> refs = new LinkedHashMap<>();
      refs.put("payer", e.payer());
      for (int i = 0; i < e.shares().size(); i++) {
        refs.put("shares[" + i + "].holder", e.shares().get(i).holder());
      }
      return refs;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.SigningPostponed e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.TitleSearched e) {
      Map<String, PartyId> refs = new LinkedHashMap<>();
      for (int i = 0; i < e.report().owners().size(); i++) {
        refs.put("owners[" + i + "]", e.report().owners().get(i));
      }
      return refs;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.ContractSigned e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.LoanApproved e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.LoanRefused e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.TitleTransferred e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.HandedOver e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.ArrearsClaimed e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.LeaseSigned e) {
      Map<String, PartyId> refs = new LinkedHashMap<>();
      refs.put("tenant", e.tenant());
      refs.put("landlord", e.landlord());
      return refs;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.MovedIn e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.MovedOut e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.SecurityDepositReturned e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.SecurityDepositWithheld e) {
      return NONE;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.Cancelled e) {
      Map<String, PartyId> refs = new LinkedHashMap<>();
      e.agreedReturns().keySet().forEach(holder -> refs.put("agreedReturns." + holder, holder));
      return refs;
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.RefundPaid e) {
      return fromTo(e.from(), e.to());
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.RefundPromised e) {
      return fromTo(e.from(), e.to());
    }

    @Override
    public Map<String, PartyId> visit(DealEvent.Resold e) {
      return NONE;
    }

    private static Map<String, PartyId> fromTo(PartyId from, PartyId to) {
      Map<String, PartyId> refs = new LinkedHashMap<>();
      refs.put("from", from);
      refs.put("to", to);
      return refs;
    }
  }

  /** A history that does not fold, as an error on the event's field in the file. */
  private static InvalidInputException rejected(String at, Refusal r) {
    Refusal.Event event = r.event().orElseThrow();
    String type = EventType.idOfDomainName(event.type());
    String field = r.field().replaceFirst("^agreedReturns\\[(.*)]$", "agreedReturns.$1");
    Object value = field.equals("type") ? type : r.value();
    return new InvalidInputException(
        at + ".events[" + event.index() + "]." + field,
        value,
        "deal " + event.deal() + ", " + type + " on " + event.date() + ": " + r.problem());
  }

  // ---- Funding links --------------------------------------------------------------------------

  private static void checkLinks(List<FundingLink> links, Map<DealId, Deal> deals) {
    Set<List<DealId>> pairs = new HashSet<>();
    for (int k = 0; k < links.size(); k++) {
      String at = "fundingLinks[" + k + "]";
      FundingLink link = links.get(k);
      Deal sale = requireDeal(at + ".fundingSale", link.fundingSale(), deals);
      Deal purchase = requireDeal(at + ".purchase", link.purchase(), deals);
      if (!pairs.add(List.of(link.fundingSale(), link.purchase()))) {
        throw new InvalidInputException(
            at, link.fundingSale() + " -> " + link.purchase(), "links the same deals twice");
      }
      if (sale.sellers().stream().noneMatch(purchase.buyers()::contains)) {
        throw new InvalidInputException(
            at + ".purchase",
            link.purchase().value(),
            "no seller of "
                + sale.id()
                + " "
                + sale.sellers()
                + " is a buyer of it "
                + purchase.buyers()
                + "; a sale funds a purchase of its own seller");
      }
    }
    // The same rules as the domain's own check, which cannot fail after the ones above.
    FundingGraph.of(links).checkAgainst(deals.values());
  }

  // ---- Filings --------------------------------------------------------------------------------

  private static void checkFilings(
      List<Filing> filings, Map<DealId, Deal> deals, Set<PartyId> parties) {
    Map<List<Object>, Integer> claims = new HashMap<>();
    for (int i = 0; i < filings.size(); i++) {
      String at = "filings[" + i + "]";
      Filing filing = filings.get(i);
      GuaranteeCode code = filing.guarantee();
      if (code == GuaranteeCode.TRUE_LISTING || code == GuaranteeCode.NO_COLD_CALLS) {
        throw new InvalidInputException(
            at + ".guarantee",
            code.name(),
            "is counted per report or call, not per deal; a case file cannot claim it");
      }
      Deal deal = requireDeal(at + ".deal", filing.deal(), deals);
      PartyId claimant;
      if (filing.claimant().isPresent()) {
        claimant = filing.claimant().get();
        requireParty(at + ".claimant", claimant, parties);
        if (!deal.buyers().contains(claimant)) {
          throw new InvalidInputException(
              at + ".claimant",
              claimant.value(),
              "is not a "
                  + (deal.kind() == DealKind.RENTAL ? "tenant" : "buyer")
                  + " of deal "
                  + deal.id()
                  + " "
                  + deal.buyers());
        }
      } else if (deal.buyers().size() == 1) {
        claimant = deal.buyers().get(0);
      } else {
        throw new InvalidInputException(
            at + ".claimant",
            null,
            "missing; deal " + deal.id() + " has several buyers " + deal.buyers() + ": name one");
      }
      checkFacts(at + ".facts.", filing);
      Integer first = claims.putIfAbsent(List.of(code, deal.id(), claimant), i);
      if (first != null) {
        throw new InvalidInputException(
            at,
            code + " on " + deal.id(),
            claimant + " already claims it in filings[" + first + "]");
      }
    }
  }

  private static void checkFacts(String at, Filing filing) {
    GuaranteeCode code = filing.guarantee();
    List<Fact> allowed = Fact.of(code);
    String notAllowed =
        allowed.isEmpty()
            ? code + " takes no facts: its deal's events decide it"
            : "not a fact of "
                + code
                + "; it takes "
                + allowed.stream().map(Fact::id).collect(Collectors.joining(", "));
    for (Map.Entry<Fact, Object> e : filing.facts().values().entrySet()) {
      Fact fact = e.getKey();
      if (!allowed.contains(fact)) {
        throw new InvalidInputException(at + fact.id(), fact.id(), notAllowed);
      }
      if (fact.isObservation()
          && e.getValue() instanceof LocalDate date
          && date.isAfter(filing.date())) {
        throw new InvalidInputException(
            at + fact.id(), date.toString(), "is after the filing on " + filing.date());
      }
    }
    List<Fact> missing = new ArrayList<>();
    for (Fact fact : allowed) {
      if (fact.required() && !filing.facts().has(fact)) {
        missing.add(fact);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          at + missing.get(0).id(),
          null,
          "missing; "
              + code
              + " needs "
              + allowed.stream()
                  .filter(Fact::required)
                  .map(Fact::id)
                  .collect(Collectors.joining(", ")));
    }
  }

  // ---- References -----------------------------------------------------------------------------

  private static void requireParty(String field, PartyId party, Set<PartyId> parties) {
    if (!parties.contains(party)) {
      throw new InvalidInputException(field, party.value(), "unknown party; " + known(parties));
    }
  }

  private static Deal requireDeal(String field, DealId deal, Map<DealId, Deal> deals) {
    Deal found = deals.get(deal);
    if (found == null) {
      throw new InvalidInputException(
          field, deal.value(), "unknown deal; " + known(deals.keySet()));
    }
    return found;
  }

  /** The most ids a message lists, and the most characters it shows of each. */
  private static final int IDS_SHOWN = 10;

  private static final int ID_SHOWN = 40;

  /**
   * A few of the case's ids, for a message about an unknown one: a case may hold 100,000 parties
   * with ids of any length, and a message names a short excerpt of them, not all.
   */
  private static String known(Set<?> ids) {
    String shown =
        ids.stream()
            .map(String::valueOf)
            .sorted()
            .limit(IDS_SHOWN)
            .map(CaseFileCheck::shortId)
            .collect(Collectors.joining(", "));
    int more = ids.size() - IDS_SHOWN;
    return "the case has " + shown + (more > 0 ? " and " + more + " more" : "");
  }

  private static String shortId(String id) {
    if (id.length() <= ID_SHOWN) {
      return id;
    }
    int end = Character.isHighSurrogate(id.charAt(ID_SHOWN - 1)) ? ID_SHOWN - 1 : ID_SHOWN;
    return id.substring(0, end) + "…";
  }
}
