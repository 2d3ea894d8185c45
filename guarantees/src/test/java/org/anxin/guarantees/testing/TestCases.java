package org.anxin.guarantees.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anxin.domain.DealId;
import org.anxin.domain.Money;
import org.anxin.domain.Party;
import org.anxin.domain.PartyId;
import org.anxin.domain.Property;
import org.anxin.domain.PropertyId;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.guarantees.casefile.CaseDeal;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Filing;

/** Short ways to build and change cases in tests. */
public final class TestCases {

  /** The repository's examples, seen from the guarantees module. */
  public static final Path EXAMPLES = Path.of("..", "examples", "cases");

  private TestCases() {}

  public static CaseFile example(String name) {
    return CaseFile.load(EXAMPLES.resolve(name));
  }

  public static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  public static PartyId party(String id) {
    return PartyId.of(id);
  }

  public static DealId dealId(String id) {
    return DealId.of(id);
  }

  public static Money yuan(long yuan) {
    return Money.ofYuan(yuan);
  }

  /** A resale brokered by us on a property named after the deal. */
  public static Deal resale(String id, String buyer, String seller, long priceYuan) {
    return Deal.resale(
        DealId.of(id), PropertyId.of(id + "-home"), party(buyer), party(seller), yuan(priceYuan));
  }

  public static Deal newHome(String id, String buyer, String developer, long priceYuan) {
    return Deal.newHome(
        DealId.of(id),
        PropertyId.of(id + "-home"),
        party(buyer),
        party(developer),
        yuan(priceYuan));
  }

  public static Deal rental(String id, String tenant, String landlord, long monthlyRentYuan) {
    return Deal.rental(
        DealId.of(id),
        PropertyId.of(id + "-home"),
        party(tenant),
        party(landlord),
        yuan(monthlyRentYuan));
  }

  public static CaseDeal deal(Deal deal, DealEvent... events) {
    return CaseDeal.of(deal, List.of(events));
  }

  /**
   * A case of these deals, links and filings; its parties and properties are the ones the deals
   * name, each called by its id.
   */
  public static CaseFile caseOf(
      List<CaseDeal> deals, List<FundingLink> links, List<Filing> filings) {
    Set<PartyId> parties = new LinkedHashSet<>();
    Set<PropertyId> properties = new LinkedHashSet<>();
    for (CaseDeal d : deals) {
      parties.addAll(d.deal().buyers());
      parties.addAll(d.deal().sellers());
      properties.add(d.deal().property());
      for (DealEvent e : d.events()) {
        if (e instanceof DealEvent.IntentMoneyPaid i) {
          parties.add(i.holder());
        }
      }
    }
    return new CaseFile(
        "test",
        "",
        parties.stream().map(p -> new Party(p, p.value())).toList(),
        properties.stream().map(p -> new Property(p, p.value())).toList(),
        deals,
        links,
        filings);
  }

  public static CaseFile caseOf(CaseDeal deal, Filing... filings) {
    return caseOf(List.of(deal), List.of(), List.of(filings));
  }

  /** {@code file} with deal {@code id} replaced by {@code deal}. */
  public static CaseFile withDeal(CaseFile file, CaseDeal deal) {
    List<CaseDeal> deals = new ArrayList<>();
    for (CaseDeal d : file.deals()) {
      deals.add(d.deal().id().equals(deal.deal().id()) ? deal : d);
    }
    return new CaseFile(
        file.id(),
        file.title(),
        file.parties(),
        file.properties(),
        deals,
        file.fundingLinks(),
        file.filings());
  }

  /** {@code file}'s deal {@code id} with its events replaced. */
  public static CaseFile withEvents(CaseFile file, String id, List<DealEvent> events) {
    CaseDeal d = file.deal(DealId.of(id)).orElseThrow();
    return withDeal(file, new CaseDeal(d.deal(), events, d.holdbackStated()));
  }

  /** {@code file}'s deal {@code id} with one more event at the end. */
  public static CaseFile withEvent(CaseFile file, String id, DealEvent event) {
    List<DealEvent> events = new ArrayList<>(file.deal(DealId.of(id)).orElseThrow().events());
    events.add(event);
    return withEvents(file, id, events);
  }

  /** {@code file}'s deal {@code id} with its agreed terms changed. */
  public static CaseFile withDealTerms(
      CaseFile file, String id, Deal changed, boolean holdbackStated) {
    CaseDeal d = file.deal(DealId.of(id)).orElseThrow();
    return withDeal(file, new CaseDeal(changed, d.events(), holdbackStated));
  }

  /** {@code file} with these filings instead of its own. */
  public static CaseFile withFilings(CaseFile file, Filing... filings) {
    return new CaseFile(
        file.id(),
        file.title(),
        file.parties(),
        file.properties(),
        file.deals(),
        file.fundingLinks(),
        List.of(filings));
  }
}
