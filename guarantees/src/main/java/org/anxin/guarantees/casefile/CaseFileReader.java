package org.anxin.guarantees.casefile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxin.domain.DealId;
import org.anxin.domain.Encumbrance;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.Party;
import org.anxin.domain.PartyId;
import org.anxin.domain.Property;
import org.anxin.domain.PropertyId;
import org.anxin.domain.TitleReport;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.ContractTerms;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealKind;
import org.anxin.domain.deal.Share;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.Fault;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.document.DocumentReader;
import org.anxin.guarantees.document.Node;

/**
 * Maps the tree of a case file ({@link DocumentReader} reads the syntax) into values: every field
 * is checked by hand so that a mistake names its path and value. Cross-references and the deals'
 * histories are checked afterwards by {@link CaseFile}'s constructor, with the same paths.
 */
final class CaseFileReader {

  private CaseFileReader() {}

  /** The case in a document; every mistake, the case's own checks' too, is one line. */
  static CaseFile read(Node root) {
    if (root.kind() == Node.Kind.NULL) {
      throw new InvalidInputException("case file", "", "is empty");
    }
    try {
      return caseFile(root);
    } catch (InvalidInputException e) {
      throw DocumentReader.oneLine(e);
    }
  }

  private static CaseFile caseFile(Node root) {
    root.mapping("case", "title", "parties", "properties", "deals", "fundingLinks", "filings");
    String id = root.get("case").text();
    String title = root.optional("title").map(Node::freeText).orElse("");
    List<Party> parties = new ArrayList<>();
    for (Node p : root.list("parties", false)) {
      p.mapping("id", "name");
      parties.add(new Party(party(p.get("id")), p.get("name").freeText()));
    }
    List<Property> properties = new ArrayList<>();
    for (Node p : root.list("properties", false)) {
      p.mapping("id", "address");
      properties.add(new Property(propertyId(p.get("id")), p.get("address").freeText()));
    }
    List<Node> dealNodes = root.list("deals", false);
    List<CaseDeal> deals = InOrder.map(dealNodes.size(), i -> deal(dealNodes.get(i)));
    List<FundingLink> links = new ArrayList<>();
    for (Node l : root.list("fundingLinks", true)) {
      l.mapping("fundingSale", "purchase", "resaleWindow");
      DealId sale = dealId(l.get("fundingSale"));
      DealId purchase = dealId(l.get("purchase"));
      if (sale.equals(purchase)) {
        throw new InvalidInputException(l.field("purchase"), purchase, "a deal cannot fund itself");
      }
      links.add(new FundingLink(sale, purchase, l.get("resaleWindow").date()));
    }
    List<Node> filingNodes = root.list("filings", true);
    List<Filing> filings = InOrder.map(filingNodes.size(), i -> filing(filingNodes.get(i)));
    return new CaseFile(id, title, parties, properties, deals, links, filings);
  }

  // ---- Deals ----------------------------------------------------------------------------------

  private static CaseDeal deal(Node d) {
    Node kindNode = d.requireMapping().mapping(dealKeys(d)).get("kind");
    DealKind kind = Names.parse(DealKind.class, kindNode, "deal kind");
    DealId id = dealId(d.get("id"));
    PropertyId property = propertyId(d.get("property"));
    List<PartyId> buyers;
    List<PartyId> sellers;
    Money price;
    if (kind == DealKind.RENTAL) {
      buyers = List.of(party(d.get("tenant")));
      sellers = List.of(party(d.get("landlord")));
      if (buyers.equals(sellers)) {
        throw new InvalidInputException(d.field("landlord"), sellers.get(0), "is also the tenant");
      }
      price = positive(d.get("rent"));
    } else {
      buyers = parties(d, "buyers", List.of());
      sellers = parties(d, "sellers", buyers);
      price = positive(d.get("price"));
    }
    Node ours = d.get("brokeredByUs");
    boolean brokeredByUs = ours.flag();
    ContractTerms terms = ContractTerms.STANDARD;
    boolean holdbackStated = false;
    Optional<Node> termsNode = d.optional("terms");
    if (termsNode.isPresent()) {
      Node t = termsNode.get().mapping("loanClause", "faultOverrides", "handoverHoldback");
      if (t.has("loanClause")) {
        terms = terms.withLoanClause(t.get("loanClause").flag());
      }
      if (t.has("handoverHoldback")) {
        terms = terms.withHandoverHoldback(t.get("handoverHoldback").money());
        holdbackStated = true;
      }
      if (t.has("faultOverrides")) {
        Node overrides = t.get("faultOverrides");
        for (String key : overrides.keys()) {
          String field = overrides.field(key);
          CancellationCause cause =
              Names.parse(CancellationCause.class, field, key, "cancellation cause");
          if (cause == CancellationCause.MUTUAL_AGREEMENT) {
            throw new InvalidInputException(
                field, key, "a mutual cancellation is settled by its agreed amounts, not a fault");
          }
          terms = terms.withFault(cause, fault(overrides.get(key)));
        }
      }
    }
    Deal deal = new Deal(id, kind, property, buyers, sellers, price, brokeredByUs, terms);
    List<DealEvent> events = new ArrayList<>();
    for (Node e : d.list("events", true)) {
      events.add(event(e, deal));
    }
    return new CaseDeal(deal, events, holdbackStated);
  }

  /** A rental names its tenant, landlord and rent; a sale its buyers, sellers and price. */
  private static String[] dealKeys(Node d) {
    boolean rental =
        d.has("kind") && d.get("kind").isText() && "rental".equals(d.get("kind").text());
    return rental
        ? new String[] {
          "id", "kind", "property", "tenant", "landlord", "rent", "brokeredByUs", "terms", "events"
        }
        : new String[] {
          "id", "kind", "property", "buyers", "sellers", "price", "brokeredByUs", "terms", "events"
        };
  }

  private static List<PartyId> parties(Node d, String key, List<PartyId> otherSide) {
    List<Node> items = d.list(key, false);
    if (items.isEmpty()) {
      throw new InvalidInputException(d.field(key), "[]", "must name at least one party");
    }
    List<PartyId> ids = new ArrayList<>();
    Set<PartyId> seen = new HashSet<>();
    for (Node item : items) {
      PartyId id = party(item);
      if (!seen.add(id)) {
        throw new InvalidInputException(item.path(), id, "appears twice");
      }
      if (otherSide.contains(id)) {
        throw new InvalidInputException(
            item.path(), id, "is also a buyer; nobody deals with themself");
      }
      ids.add(id);
    }
    return ids;
  }

  private static Money positive(Node n) {
    Money amount = n.money();
    if (!amount.isPositive()) {
      throw new InvalidInputException(n.path(), amount, "must be positive");
    }
    return amount;
  }

  // ---- Events ---------------------------------------------------------------------------------

  private static DealEvent event(Node e, Deal deal) {
    e.requireMapping();
    Node typeNode = e.get("type");
    EventType type = EventType.parse(typeNode);
    LocalDate date = e.get("date").date();
    return switch (type) {
      case INTENT_MONEY_PAID -> {
        e.mapping("date", "type", "payer", "holder", "amount");
        yield new DealEvent.IntentMoneyPaid(
            date, party(e.get("payer")), party(e.get("holder")), e.get("amount").money());
      }
      case DEPOSIT_PAID -> {
        e.mapping("date", "type", "kind", "payer", "shares", "signingDeadline");
        DepositKind kind = DepositKind.EARNEST;
        if (e.has("kind")) {
          Node k = e.get("kind");
          kind = Names.parse(DepositKind.class, k, "deposit kind");
        }
        List<Share> shares = new ArrayList<>();
        for (Node s : e.list("shares", false)) {
          s.mapping("holder", "amount");
          shares.add(new Share(party(s.get("holder")), s.get("amount").money()));
        }
        yield new DealEvent.DepositPaid(
            date, kind, party(e.get("payer")), shares, e.get("signingDeadline").date());
      }
      case SIGNING_POSTPONED -> {
        e.mapping("date", "type", "newDeadline");
        yield new DealEvent.SigningPostponed(date, e.get("newDeadline").date());
      }
      case TITLE_SEARCHED -> {
        e.mapping("date", "type", "owners", "encumbrances", "feeArrears");
        List<PartyId> owners = deal.sellers();
        if (e.has("owners")) {
          owners = e.list("owners", false).stream().map(CaseFileReader::party).toList();
        }
        List<Encumbrance> encumbrances = new ArrayList<>();
        for (Node n : e.list("encumbrances", true)) {
          encumbrances.add(encumbrance(n));
        }
        List<FeeArrears> arrears = new ArrayList<>();
        for (Node n : e.list("feeArrears", true)) {
          n.mapping("creditor", "from", "to", "monthly", "total");
          arrears.add(arrears(n));
        }
        yield new DealEvent.TitleSearched(new TitleReport(date, owners, encumbrances, arrears));
      }
      case CONTRACT_SIGNED -> new DealEvent.ContractSigned(dateOnly(e, date));
      case LOAN_APPROVED -> new DealEvent.LoanApproved(dateOnly(e, date));
      case LOAN_REFUSED -> new DealEvent.LoanRefused(dateOnly(e, date));
      case TITLE_TRANSFERRED -> new DealEvent.TitleTransferred(dateOnly(e, date));
      case HANDED_OVER -> new DealEvent.HandedOver(dateOnly(e, date));
      case MOVED_IN -> new DealEvent.MovedIn(dateOnly(e, date));
      case MOVED_OUT -> new DealEvent.MovedOut(dateOnly(e, date));
      case RESOLD -> new DealEvent.Resold(dateOnly(e, date));
      case ARREARS_CLAIMED -> {
        e.mapping("date", "type", "creditor", "from", "to", "monthly", "total");
        yield new DealEvent.ArrearsClaimed(date, arrears(e));
      }
      case LEASE_SIGNED -> {
        e.mapping("date", "type", "tenant", "landlord", "securityDeposit");
        PartyId tenant = e.has("tenant") ? party(e.get("tenant")) : deal.buyers().get(0);
        PartyId landlord = e.has("landlord") ? party(e.get("landlord")) : deal.sellers().get(0);
        yield new DealEvent.LeaseSigned(date, tenant, landlord, e.get("securityDeposit").money());
      }
      case SECURITY_DEPOSIT_RETURNED -> {
        e.mapping("date", "type", "amount");
        yield new DealEvent.SecurityDepositReturned(date, e.get("amount").money());
      }
      case SECURITY_DEPOSIT_WITHHELD -> {
        e.mapping("date", "type", "amount", "reason");
        yield new DealEvent.SecurityDepositWithheld(
            date, e.get("amount").money(), e.get("reason").freeText());
      }
      case CANCELLED -> cancelled(e, date);
      case REFUND_PAID -> {
        e.mapping("date", "type", "from", "to", "amount");
        yield new DealEvent.RefundPaid(
            date, party(e.get("from")), party(e.get("to")), e.get("amount").money());
      }
      case REFUND_PROMISED -> {
        e.mapping("date", "type", "from", "to", "amount", "due");
        yield new DealEvent.RefundPromised(
            date,
            party(e.get("from")),
            party(e.get("to")),
            e.get("amount").money(),
            e.get("due").date());
      }
    };
  }

  private static LocalDate dateOnly(Node e, LocalDate date) {
    e.mapping("date", "type");
    return date;
  }

  private static DealEvent cancelled(Node e, LocalDate date) {
    e.mapping("date", "type", "cause", "fault", "agreedReturns");
    Node c = e.get("cause");
    CancellationCause cause = Names.parse(CancellationCause.class, c, "cancellation cause");
    Optional<Fault> fault = e.optional("fault").map(CaseFileReader::fault);
    Map<PartyId, Money> agreed = new LinkedHashMap<>();
    if (e.has("agreedReturns")) {
      Node returns = e.get("agreedReturns");
      for (String key : returns.keys()) {
        agreed.put(PartyId.parse(returns.field(key), key), returns.get(key).money());
      }
    }
    if (cause == CancellationCause.MUTUAL_AGREEMENT && !e.has("agreedReturns")) {
      throw new InvalidInputException(
          e.field("agreedReturns"),
          null,
          "missing; a mutual-agreement says what each holder returns");
    }
    return new DealEvent.Cancelled(date, cause, fault, agreed);
  }

  private static Encumbrance encumbrance(Node n) {
    Node t = n.get("type");
    String type = t.text();
    return switch (type) {
      case "seizure" -> {
        n.mapping("type", "court", "since");
        yield new Encumbrance.Seizure(n.get("court").freeText(), n.get("since").date());
      }
      case "mortgage" -> {
        n.mapping("type", "lender", "outstanding");
        yield new Encumbrance.Mortgage(n.get("lender").freeText(), n.get("outstanding").money());
      }
      case "lease" -> {
        n.mapping("type", "tenant", "until");
        yield new Encumbrance.Lease(n.get("tenant").freeText(), n.get("until").date());
      }
      case "residence-right" -> {
        n.mapping("type", "holder");
        yield new Encumbrance.ResidenceRight(n.get("holder").freeText());
      }
      default ->
          throw new InvalidInputException(
              t.path(),
              type,
              "unknown encumbrance; expected one of seizure, mortgage, lease, residence-right");
    };
  }

  /** Arrears of a monthly fee or of a total, for the months {@code from} … {@code to}. */
  private static FeeArrears arrears(Node n) {
    String creditor = n.get("creditor").freeText();
    YearMonth from = n.get("from").month();
    YearMonth to = n.get("to").month();
    if (to.isBefore(from)) {
      throw new InvalidInputException(n.field("to"), to.toString(), "is before from " + from);
    }
    if (n.has("monthly") == n.has("total")) {
      throw new InvalidInputException(
          n.field("monthly"),
          n.has("monthly") ? n.get("monthly").shown() : null,
          "give either monthly (the fee per month) or total, not both");
    }
    return n.has("monthly")
        ? FeeArrears.monthly(creditor, from, to, n.get("monthly").money())
        : FeeArrears.ofTotal(creditor, from, to, n.get("total").money());
  }

  // ---- Filings --------------------------------------------------------------------------------

  private static Filing filing(Node f) {
    f.mapping("date", "guarantee", "deal", "claimant", "facts");
    LocalDate date = f.get("date").date();
    Node g = f.get("guarantee");
    GuaranteeCode code = GuaranteeCode.parse(g.path(), g.text());
    DealId deal = dealId(f.get("deal"));
    Optional<PartyId> claimant = f.optional("claimant").map(CaseFileReader::party);
    Map<Fact, Object> facts = new EnumMap<>(Fact.class);
    if (f.has("facts")) {
      Node factsNode = f.get("facts");
      for (String key : factsNode.keys()) {
        Fact fact = Fact.parse(factsNode.field(key), key);
        Node v = factsNode.get(key);
        facts.put(
            fact,
            switch (fact.type()) {
              case MONEY -> v.money();
              case DATE -> v.date();
              case COUNT -> v.count();
              case FLAG -> v.flag();
            });
      }
    }
    return new Filing(date, code, deal, claimant, new ClaimFacts(facts));
  }

  // ---- Small values ---------------------------------------------------------------------------

  // The ids' own checks name the path of a mistake; most ids have none, so their paths are not
  // written out for them.

  private static PartyId party(Node n) {
    String text = n.text();
    return plain(text) ? PartyId.of(text) : PartyId.parse(n.path(), text);
  }

  private static PropertyId propertyId(Node n) {
    String text = n.text();
    return plain(text) ? PropertyId.of(text) : PropertyId.parse(n.path(), text);
  }

  private static DealId dealId(Node n) {
    String text = n.text();
    return plain(text) ? DealId.of(text) : DealId.parse(n.path(), text);
  }

  /** Whether text, which is not blank, has no surrounding whitespace: an id's one other rule. */
  private static boolean plain(String text) {
    return text.strip().equals(text);
  }

  private static Fault fault(Node n) {
    return Names.parse(Fault.class, n, "fault");
  }
}
