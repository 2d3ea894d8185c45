package org.anxin.guarantees.casefile;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
    Set<PartyId> partyIds = unique(parties, Party::id, "parties", "party");
    Set<PropertyId> propertyIds = unique(properties, Property::id, "properties", "property");
    if (deals.isEmpty()) {
      throw new InvalidInputException("deals", "[]", "must list at least one deal");
    }
    unique(deals, d -> d.deal().id(), "deals", "deal");
    Map<DealId, Deal> byId = new LinkedHashMap<>(capacity(deals.size()));
    for (CaseDeal d : deals) {
      byId.put(d.deal().id(), d.deal());
    }
    // Each deal is checked, and its events folded, on its own: a large case's deals on every core.
    InOrder.map(
        deals.size(),
        i -> {
          checkDeal(i, deals.get(i), partyIds, propertyIds);
          return null;
        });
    checkLinks(links, byId);
    checkFilings(filings, byId, partyIds);
  }

  // A case may hold 100,000 deals: the sets are sized once, and the path of a field in a message
  // is written out only when there is a message.

  private static <E, T> Set<T> unique(
      List<E> elements, Function<E, T> id, String list, String what) {
    Set<T> seen = new HashSet<>(capacity(elements.size()));
    for (int i = 0; i < elements.size(); i++) {
      T key = id.apply(elements.get(i));
      if (!seen.add(key)) {
        throw new InvalidInputException(
            list + "[" + i + "].id", String.valueOf(key), "a second " + what + " with this id");
      }
    }
    return seen;
  }

  /** The capacity of a hash table that holds {@code n} entries without growing. */
  private static int capacity(int n) {
    return Math.max(16, (int) Math.min(1L << 30, n * 4L / 3 + 1));
  }

  // ---- Deals ----------------------------------------------------------------------------------

  private static void checkDeal(
      int index, CaseDeal caseDeal, Set<PartyId> parties, Set<PropertyId> properties) {
    Deal deal = caseDeal.deal();
    if (!properties.contains(deal.property())) {
      throw new InvalidInputException(
          dealAt(index) + ".property",
          deal.property().value(),
          "unknown property; " + known(properties));
    }
    boolean rental = deal.kind() == DealKind.RENTAL;
    if (rental && (deal.buyers().size() != 1 || deal.sellers().size() != 1)) {
      throw new InvalidInputException(
          dealAt(index) + ".tenant",
          deal.buyers() + " / " + deal.sellers(),
          "a rental in a case file has one tenant and one landlord");
    }
    for (int j = 0; j < deal.buyers().size(); j++) {
      PartyId buyer = deal.buyers().get(j);
      if (!parties.contains(buyer)) {
        String field = rental ? ".tenant" : ".buyers[" + j + "]";
        throw unknownParty(dealAt(index) + field, buyer, parties);
      }
    }
    for (int j = 0; j < deal.sellers().size(); j++) {
      PartyId seller = deal.sellers().get(j);
      if (!parties.contains(seller)) {
        String field = rental ? ".landlord" : ".sellers[" + j + "]";
        throw unknownParty(dealAt(index) + field, seller, parties);
      }
    }
    List<DealEvent> events = caseDeal.events();
    for (int k = 0; k < events.size(); k++) {
      for (PartyRef ref : partyRefs(events.get(k))) {
        if (!parties.contains(ref.party())) {
          throw unknownParty(
              dealAt(index) + ".events[" + k + "]." + ref.field(), ref.party(), parties);
        }
      }
    }
    Either<Refusal, DealState> folded = caseDeal.fold();
    if (folded.isLeft()) {
      throw rejected(dealAt(index), folded.getLeft());
    }
  }

  private static String dealAt(int index) {
    return "deals[" + index + "]";
  }

  /**
   * A party an event names, with the path of its field within the event: {@code name}, or {@code
   * name[index]} followed by {@code rest} when {@code index} is not negative.
   */
  private record PartyRef(String name, int index, String rest, PartyId party) {
    static PartyRef of(String name, PartyId party) {
      return new PartyRef(name, -1, "", party);
    }

    String field() {
      return index < 0 ? name + rest : name + "[" + index + "]" + rest;
    }
  }

  /** The parties an event names, in the order of their fields. */
  private static List<PartyRef> partyRefs(DealEvent event) {
    return event.accept(PartyRefs.INSTANCE);
  }

  /**
   * The parties each type of event names. A visitor, so that a new event type that names a party
   * does not compile until its parties are checked here, instead of skipping the check.
   */
  private static final class PartyRefs implements DealEvent.Visitor<List<PartyRef>> {
    static final PartyRefs INSTANCE = new PartyRefs();

    private static final List<PartyRef> NONE = List.of();

    @Override
    public List<PartyRef> visit(DealEvent.IntentMoneyPaid e) {
      return List.of(PartyRef.of("payer", e.payer()), PartyRef.of("holder", e.holder()));
    }

    @Override
    public List<PartyRef> visit(DealEvent.DepositPaid e) {
      List<PartyRef> refs = new ArrayList<>(1 + e.shares().size());
      refs.add(PartyRef.of("payer", e.payer()));
      for (int i = 0; i < e.shares().size(); i++) {
        refs.add(new PartyRef("shares", i, ".holder", e.shares().get(i).holder()));
      }
      return refs;
    }

    @Override
    public List<PartyRef> visit(DealEvent.SigningPostponed e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.TitleSearched e) {
      List<PartyRef> refs = new ArrayList<>();
      for (int i = 0; i < e.report().owners().size(); i++) {
        refs.add(new PartyRef("owners", i, "", e.report().owners().get(i)));
      }
      return refs;
    }

    @Override
    public List<PartyRef> visit(DealEvent.ContractSigned e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.LoanApproved e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.LoanRefused e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.TitleTransferred e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.HandedOver e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.ArrearsClaimed e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.LeaseSigned e) {
      return List.of(PartyRef.of("tenant", e.tenant()), PartyRef.of("landlord", e.landlord()));
    }

    @Override
    public List<PartyRef> visit(DealEvent.MovedIn e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.MovedOut e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.SecurityDepositReturned e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.SecurityDepositWithheld e) {
      return NONE;
    }

    @Override
    public List<PartyRef> visit(DealEvent.Cancelled e) {
      List<PartyRef> refs = new ArrayList<>();
      e.agreedReturns()
          .keySet()
          .forEach(holder -> refs.add(new PartyRef("agreedReturns.", -1, holder.value(), holder)));
      return refs;
    }

    @Override
    public List<PartyRef> visit(DealEvent.RefundPaid e) {
      return fromTo(e.from(), e.to());
    }

    @Override
    public List<PartyRef> visit(DealEvent.RefundPromised e) {
      return fromTo(e.from(), e.to());
    }

    @Override
    public List<PartyRef> visit(DealEvent.Resold e) {
      return NONE;
    }

    private static List<PartyRef> fromTo(PartyId from, PartyId to) {
      return List.of(PartyRef.of("from", from), PartyRef.of("to", to));
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
    Set<Key> pairs = new HashSet<>(capacity(links.size()));
    for (int k = 0; k < links.size(); k++) {
      FundingLink link = links.get(k);
      Deal sale = deals.get(link.fundingSale());
      if (sale == null) {
        throw unknownDeal(linkAt(k) + ".fundingSale", link.fundingSale(), deals);
      }
      Deal purchase = deals.get(link.purchase());
      if (purchase == null) {
        throw unknownDeal(linkAt(k) + ".purchase", link.purchase(), deals);
      }
      if (!pairs.add(new Key(link.fundingSale(), link.purchase(), null))) {
        throw new InvalidInputException(
            linkAt(k), link.fundingSale() + " -> " + link.purchase(), "links the same deals twice");
      }
      if (!anyOf(sale.sellers(), purchase.buyers())) {
        throw new InvalidInputException(
            linkAt(k) + ".purchase",
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

  private static String linkAt(int k) {
    return "fundingLinks[" + k + "]";
  }

  /** Whether one of {@code sellers} is among {@code buyers}. */
  private static boolean anyOf(List<PartyId> sellers, List<PartyId> buyers) {
    for (PartyId seller : sellers) {
      if (buyers.contains(seller)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A key of up to three parts: a link's two deals, or a claim's guarantee, deal and claimant. Its
   * hash mixes the parts: ids numbered in sequence ({@code d1}, {@code d2}, …) have hashes in
   * sequence, and a list of them, hashed the list's way, crowds a few buckets of a large table.
   */
  private record Key(Object first, Object second, Object third) {
    @Override
    public int hashCode() {
      long h = first.hashCode() * 0x9E3779B97F4A7C15L + second.hashCode();
      h = h * 0x9E3779B97F4A7C15L + Objects.hashCode(third);
      return (int) (h ^ (h >>> 32));
    }
  }

  // ---- Filings --------------------------------------------------------------------------------

  private static void checkFilings(
      List<Filing> filings, Map<DealId, Deal> deals, Set<PartyId> parties) {
    Map<Key, Integer> claims = new HashMap<>(capacity(filings.size()));
    for (int i = 0; i < filings.size(); i++) {
      Filing filing = filings.get(i);
      GuaranteeCode code = filing.guarantee();
      if (code == GuaranteeCode.TRUE_LISTING || code == GuaranteeCode.NO_COLD_CALLS) {
        throw new InvalidInputException(
            filingAt(i) + ".guarantee",
            code.name(),
            "is counted per report or call, not per deal; a case file cannot claim it");
      }
      Deal deal = deals.get(filing.deal());
      if (deal == null) {
        throw unknownDeal(filingAt(i) + ".deal", filing.deal(), deals);
      }
      PartyId claimant;
      if (filing.claimant().isPresent()) {
        claimant = filing.claimant().get();
        if (!parties.contains(claimant)) {
          throw unknownParty(filingAt(i) + ".claimant", claimant, parties);
        }
        if (!deal.buyers().contains(claimant)) {
          throw new InvalidInputException(
              filingAt(i) + ".claimant",
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
            filingAt(i) + ".claimant",
            null,
            "missing; deal " + deal.id() + " has several buyers " + deal.buyers() + ": name one");
      }
      checkFacts(i, filing);
      Integer first = claims.putIfAbsent(new Key(code, deal.id(), claimant), i);
      if (first != null) {
        throw new InvalidInputException(
            filingAt(i),
            code + " on " + deal.id(),
            claimant + " already claims it in filings[" + first + "]");
      }
    }
  }

  private static String filingAt(int i) {
    return "filings[" + i + "]";
  }

  private static void checkFacts(int filingIndex, Filing filing) {
    GuaranteeCode code = filing.guarantee();
    List<Fact> allowed = Fact.of(code);
    for (Map.Entry<Fact, Object> e : filing.facts().values().entrySet()) {
      Fact fact = e.getKey();
      if (!allowed.contains(fact)) {
        String notAllowed =
            allowed.isEmpty()
                ? code + " takes no facts: its deal's events decide it"
                : "not a fact of "
                    + code
                    + "; it takes "
                    + allowed.stream().map(Fact::id).collect(Collectors.joining(", "));
        throw new InvalidInputException(factAt(filingIndex, fact), fact.id(), notAllowed);
      }
      if (fact.isObservation()
          && e.getValue() instanceof LocalDate date
          && date.isAfter(filing.date())) {
        throw new InvalidInputException(
            factAt(filingIndex, fact), date.toString(), "is after the filing on " + filing.date());
      }
    }
    for (Fact fact : allowed) {
      if (fact.required() && !filing.facts().has(fact)) {
        // The first missing one is named; the message lists all the required ones.
        throw new InvalidInputException(
            factAt(filingIndex, fact),
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
  }

  private static String factAt(int filingIndex, Fact fact) {
    return filingAt(filingIndex) + ".facts." + fact.id();
  }

  // ---- References -----------------------------------------------------------------------------

  private static InvalidInputException unknownParty(
      String field, PartyId party, Set<PartyId> parties) {
    return new InvalidInputException(field, party.value(), "unknown party; " + known(parties));
  }

  private static InvalidInputException unknownDeal(
      String field, DealId deal, Map<DealId, Deal> deals) {
    return new InvalidInputException(field, deal.value(), "unknown deal; " + known(deals.keySet()));
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
