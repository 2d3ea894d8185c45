package org.anxin.guarantees.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.anxin.domain.DealId;
import org.anxin.domain.Encumbrance;
import org.anxin.domain.FeeArrears;
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
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deal.Receivable;
import org.anxin.domain.deal.Share;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.Fault;
import org.anxin.guarantees.casefile.CaseDeal;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.ClaimFacts;
import org.anxin.guarantees.casefile.Fact;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.GuaranteeCode;

/**
 * Random valid cases for property tests, built from a seed: one to three stories, each a small
 * world of its own (a swap chain of one to three intermediaries, a seizure before or after signing,
 * fee arrears, a refused loan, a rental, a new home, a resale after its handover) with random
 * prices, deposits (some above the 20 % cap), dates, outcomes, facts and filings made early, in
 * time or late. Every history is valid by construction; the case's own checks confirm it. Names and
 * some ids are chosen to trip a careless writer (yes, 123, 1e3, quotes, colons, spaces).
 */
public final class RandomCases {

  private static final String[] NAMES = {
    "周女士",
    "铁先生",
    "林先生",
    "吴女士",
    "戴先生",
    "业主A",
    "yes",
    "123",
    "O'Brien: \"Jr\"",
    "# not a comment",
    " 前后有空格 ",
    "- dash",
    "null",
    "a\tb",
    "多行\n名字"
  };
  private static final String[] TRICKY_IDS = {"yes", "no", "on", "123", "1e3", "0x1F", "true", "~"};
  private static final String[] TITLES = {"", "换房解约", "a: b", "\"quoted\"", "  spaced  "};

  private final SplittableRandom random;
  private final Map<PartyId, String> parties = new LinkedHashMap<>();
  private final Set<PropertyId> properties = new LinkedHashSet<>();
  private final List<CaseDeal> deals = new ArrayList<>();
  private final List<FundingLink> links = new ArrayList<>();
  private final List<Filing> filings = new ArrayList<>();
  private final List<String> trickyLeft = new ArrayList<>(List.of(TRICKY_IDS));
  private int story;

  private RandomCases(long seed) {
    random = new SplittableRandom(seed);
  }

  /** The case of {@code seed}: always the same for the same seed. */
  public static CaseFile generate(long seed) {
    return new RandomCases(seed).build();
  }

  private CaseFile build() {
    int stories = 1 + random.nextInt(3);
    for (story = 0; story < stories; story++) {
      LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1200));
      switch (random.nextInt(7)) {
        case 0 -> swapChain(start);
        case 1 -> seizure(start);
        case 2 -> arrears(start);
        case 3 -> loan(start);
        case 4 -> rental(start);
        case 5 -> newHome(start);
        default -> afterHandover(start);
      }
    }
    List<Party> partyList = new ArrayList<>();
    parties.forEach((id, name) -> partyList.add(new Party(id, name)));
    List<Property> propertyList = new ArrayList<>();
    properties.forEach(p -> propertyList.add(new Property(p, "地址 " + p.value())));
    return new CaseFile(
        "case-" + random.nextInt(1000),
        pick(TITLES),
        partyList,
        propertyList,
        deals,
        links,
        filings);
  }

  // ---- Building blocks ------------------------------------------------------------------------

  private PartyId party(String role) {
    PartyId id;
    if (!trickyLeft.isEmpty() && random.nextInt(8) == 0) {
      id = PartyId.of(trickyLeft.remove(random.nextInt(trickyLeft.size())));
    } else {
      id = PartyId.of("s" + story + "-" + role);
    }
    parties.put(id, pick(NAMES));
    return id;
  }

  private Deal deal(String name, DealKind kind, PartyId buyer, PartyId seller, long priceFen) {
    PropertyId home = PropertyId.of("s" + story + "-" + name + "-home");
    properties.add(home);
    ContractTerms terms = ContractTerms.STANDARD.withLoanClause(random.nextInt(3) == 0);
    if (random.nextInt(6) == 0) {
      terms = terms.withFault(CancellationCause.BUYER_WITHDRAWS, Fault.values()[random.nextInt(3)]);
    }
    return new Deal(
        DealId.of("s" + story + "-" + name),
        kind,
        home,
        List.of(buyer),
        List.of(seller),
        Money.ofFen(priceFen),
        random.nextInt(10) > 0,
        terms);
  }

  private void add(Deal deal, List<DealEvent> events) {
    add(deal, events, false);
  }

  private void add(Deal deal, List<DealEvent> events, boolean holdbackStated) {
    deals.add(new CaseDeal(deal, events, holdbackStated));
  }

  private long price() {
    // Small prices make the 20 % cap bite; the rest are realistic homes.
    return random.nextInt(5) == 0
        ? random.nextLong(10_000_00L, 500_000_00L)
        : random.nextLong(500_000_00L, 8_000_000_00L);
  }

  /** A deposit of 1 %–30 % of the price, sometimes with odd fen: some are above the legal cap. */
  private long deposit(long priceFen) {
    long fen = priceFen * (1 + random.nextInt(30)) / 100;
    return random.nextBoolean() ? fen / 100 * 100 : fen;
  }

  private long amount(long maxFen) {
    return maxFen <= 0 ? 0 : random.nextLong(0, maxFen + 1);
  }

  private LocalDate after(LocalDate d, int maxDays) {
    return d.plusDays(random.nextInt(maxDays + 1));
  }

  private LocalDate around(LocalDate d, int before, int after) {
    return d.plusDays(random.nextInt(before + after + 1) - before);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private void file(LocalDate on, GuaranteeCode code, Deal deal, ClaimFacts facts) {
    Optional<PartyId> claimant =
        random.nextBoolean() ? Optional.of(deal.buyers().get(0)) : Optional.empty();
    filings.add(new Filing(on, code, deal.id(), claimant, facts));
  }

  private static ClaimFacts facts(Object... pairs) {
    Map<Fact, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((Fact) pairs[i], pairs[i + 1]);
    }
    return new ClaimFacts(map);
  }

  private DealEvent.Cancelled cancel(LocalDate on, CancellationCause cause, DealState state) {
    if (cause != CancellationCause.MUTUAL_AGREEMENT) {
      return DealEvent.Cancelled.of(on, cause);
    }
    Map<PartyId, Money> agreed = new LinkedHashMap<>();
    state
        .holdings()
        .forEach(
            h -> agreed.merge(h.holder(), Money.ofFen(amount(h.amount().fen() * 2)), Money::plus));
    return DealEvent.Cancelled.byAgreement(on, agreed);
  }

  /** Refunds some, promises some and leaves some of every debt of a cancelled deal. */
  private List<DealEvent> settleSome(DealState state, LocalDate from) {
    List<DealEvent> events = new ArrayList<>();
    LocalDate day = from;
    for (Receivable r : state.receivables()) {
      long fen = r.amount().fen();
      day = after(day, 5);
      switch (random.nextInt(4)) {
        case 0 -> events.add(new DealEvent.RefundPaid(day, r.debtor(), r.creditor(), r.amount()));
        case 1 ->
            events.add(
                new DealEvent.RefundPromised(
                    day, r.debtor(), r.creditor(), r.amount(), after(day, 120)));
        case 2 -> {
          long part = 1 + amount(fen - 1);
          events.add(
              new DealEvent.RefundPaid(
                  day, r.debtor(), r.creditor(), Money.ofFen(Math.min(part, fen))));
        }
        default -> {}
      }
    }
    return events;
  }

  private static DealState replay(Deal deal, List<DealEvent> events) {
    return DealState.replay(deal, events);
  }

  // ---- Stories --------------------------------------------------------------------------------

  /** x buys p1's home, p1 buys p2's, …: a chain that breaks at its start. */
  private void swapChain(LocalDate t) {
    int intermediaries = 1 + random.nextInt(3);
    List<PartyId> people = new ArrayList<>();
    people.add(party("x"));
    for (int i = 1; i <= intermediaries + 1; i++) {
      people.add(party("p" + i));
    }
    List<Deal> chain = new ArrayList<>();
    List<List<DealEvent>> histories = new ArrayList<>();
    for (int i = 0; i <= intermediaries; i++) {
      long price = price();
      Deal d = deal("d" + i, DealKind.RESALE, people.get(i), people.get(i + 1), price);
      chain.add(d);
      List<DealEvent> events = new ArrayList<>();
      LocalDate paid = t.plusDays(i);
      events.add(
          DealEvent.DepositPaid.earnest(
              paid,
              d.buyers().get(0),
              d.sellers().get(0),
              Money.ofFen(Math.max(1, deposit(price))),
              paid.plusDays(90)));
      histories.add(events);
    }
    CancellationCause[] causes = {
      CancellationCause.BUYER_CANNOT_FUND,
      CancellationCause.BUYER_CANNOT_FUND,
      CancellationCause.BUYER_CANNOT_FUND,
      CancellationCause.BUYER_WITHDRAWS,
      CancellationCause.SELLER_WITHDRAWS,
      CancellationCause.MUTUAL_AGREEMENT
    };
    LocalDate broke = after(t.plusDays(intermediaries + 1), 30);
    histories
        .get(0)
        .add(
            cancel(
                broke,
                causes[random.nextInt(causes.length)],
                replay(chain.get(0), histories.get(0))));
    boolean previousBroke = true;
    for (int i = 1; i <= intermediaries; i++) {
      LocalDate window = after(broke, 10);
      links.add(new FundingLink(chain.get(i - 1).id(), chain.get(i).id(), window));
      // Maybe the previous home is resold: before, on or after the window, never before it broke.
      if (previousBroke && random.nextInt(4) == 0) {
        LocalDate resold = around(window, 3, 2);
        histories.get(i - 1).add(new DealEvent.Resold(resold.isBefore(broke) ? broke : resold));
      }
      previousBroke = random.nextInt(5) > 0;
      LocalDate next = after(window, 3);
      if (previousBroke) {
        histories
            .get(i)
            .add(
                cancel(
                    next,
                    CancellationCause.BUYER_CANNOT_FUND,
                    replay(chain.get(i), histories.get(i))));
      }
      if (random.nextInt(5) > 0) {
        file(around(broke, 10, 40), GuaranteeCode.SWAP_CANCELLATION, chain.get(i), ClaimFacts.NONE);
      }
      broke = next;
    }
    for (int i = 0; i <= intermediaries; i++) {
      add(chain.get(i), histories.get(i));
    }
  }

  private void seizure(LocalDate t) {
    PartyId buyer = party("buyer");
    int owners = 1 + random.nextInt(3);
    List<PartyId> sellers = new ArrayList<>();
    for (int i = 0; i < owners; i++) {
      sellers.add(party("owner" + i));
    }
    long price = price();
    Deal base = deal("home", DealKind.RESALE, buyer, sellers.get(0), price);
    Deal d =
        new Deal(
            base.id(),
            base.kind(),
            base.property(),
            List.of(buyer),
            sellers,
            base.price(),
            base.brokeredByUs(),
            base.terms());
    List<Share> shares = new ArrayList<>();
    for (PartyId s : sellers) {
      shares.add(new Share(s, Money.ofFen(Math.max(1, deposit(price) / owners))));
    }
    List<DealEvent> events = new ArrayList<>();
    events.add(new DealEvent.DepositPaid(t, DepositKind.EARNEST, buyer, shares, t.plusDays(30)));
    boolean afterSigning = random.nextBoolean();
    LocalDate day = t;
    if (afterSigning) {
      day = after(day, 20);
      events.add(new DealEvent.ContractSigned(day));
    }
    day = after(day, 10);
    LocalDate found = day;
    events.add(
        new DealEvent.TitleSearched(
            new TitleReport(
                day,
                sellers,
                List.of(new Encumbrance.Seizure("某区人民法院", day.minusDays(random.nextInt(30)))),
                List.of())));
    day = after(day, 5);
    events.add(
        DealEvent.Cancelled.of(
            day,
            afterSigning
                ? CancellationCause.SEIZURE_AFTER_SIGNING
                : CancellationCause.SEIZURE_BEFORE_SIGNING));
    events.addAll(settleSome(replay(d, events), day));
    add(d, events);
    LocalDate filed = around(found, 5, 70);
    if (afterSigning) {
      file(
          filed,
          GuaranteeCode.FUNDS_SAFETY,
          d,
          random.nextBoolean()
              ? ClaimFacts.NONE
              : facts(Fact.LITIGATION_COSTS, Money.ofFen(amount(100_000_00L))));
    }
    if (!afterSigning || random.nextInt(4) == 0) {
      file(filed, GuaranteeCode.PRE_SIGNING_SEIZURE, d, ClaimFacts.NONE);
    }
  }

  private void arrears(LocalDate t) {
    long price = price();
    Deal d = deal("home", DealKind.RESALE, party("buyer"), party("seller"), price);
    boolean stated = random.nextInt(3) > 0;
    if (stated) {
      d =
          d.withTerms(
              d.terms()
                  .withHandoverHoldback(
                      Money.ofFen(random.nextBoolean() ? 0 : amount(80_000_00L))));
    }
    List<DealEvent> events = new ArrayList<>();
    events.add(
        DealEvent.DepositPaid.earnest(
            t,
            d.buyers().get(0),
            d.sellers().get(0),
            Money.ofFen(Math.max(1, deposit(price))),
            t.plusDays(20)));
    LocalDate day = after(t, 20);
    events.add(new DealEvent.ContractSigned(day));
    day = after(day, 60);
    events.add(new DealEvent.TitleTransferred(day));
    boolean handedOver = random.nextBoolean();
    if (handedOver) {
      day = after(day, 20);
      events.add(new DealEvent.HandedOver(day));
    }
    LocalDate firstClaim = null;
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      day = after(day, handedOver ? 400 : 10);
      firstClaim = firstClaim == null ? day : firstClaim;
      YearMonth from = YearMonth.from(day).minusMonths(1 + random.nextInt(150));
      YearMonth to =
          from.plusMonths(
              random.nextInt(
                  (int)
                      Math.max(
                          1,
                          java.time.temporal.ChronoUnit.MONTHS.between(from, YearMonth.from(day))
                              + 2)));
      FeeArrears arrears =
          random.nextBoolean()
              ? FeeArrears.monthly("物业公司", from, to, Money.ofFen(amount(2_000_00L)))
              : FeeArrears.ofTotal("物业公司", from, to, Money.ofFen(amount(300_000_00L)));
      events.add(new DealEvent.ArrearsClaimed(day, arrears));
    }
    add(d, events, stated);
    file(around(firstClaim, 3, 40), GuaranteeCode.FEE_ARREARS, d, ClaimFacts.NONE);
  }

  private void loan(LocalDate t) {
    long price = price();
    Deal d = deal("home", DealKind.RESALE, party("buyer"), party("seller"), price);
    List<DealEvent> events = new ArrayList<>();
    events.add(
        DealEvent.DepositPaid.earnest(
            t,
            d.buyers().get(0),
            d.sellers().get(0),
            Money.ofFen(Math.max(1, deposit(price))),
            t.plusDays(20)));
    LocalDate day = after(t, 20);
    events.add(new DealEvent.ContractSigned(day));
    day = after(day, 30);
    LocalDate refused = day;
    events.add(new DealEvent.LoanRefused(day));
    LocalDate cancelled = after(day, 10);
    if (random.nextInt(5) > 0) {
      events.add(DealEvent.Cancelled.of(cancelled, CancellationCause.LOAN_REFUSED));
      events.addAll(settleSome(replay(d, events), cancelled));
    }
    add(d, events);
    file(around(refused, 3, 40), GuaranteeCode.LOAN_REFUSAL, d, ClaimFacts.NONE);
    if (random.nextBoolean()) {
      file(
          around(cancelled, 3, 100),
          GuaranteeCode.COMMISSION_REFUND,
          d,
          facts(Fact.COMMISSION, Money.ofFen(amount(price / 50))));
    }
  }

  private void rental(LocalDate t) {
    long rent = random.nextLong(1_000_00L, 30_000_00L);
    Deal d = deal("flat", DealKind.RENTAL, party("tenant"), party("landlord"), rent);
    long deposit = amount(rent * 3);
    List<DealEvent> events = new ArrayList<>();
    events.add(
        new DealEvent.LeaseSigned(t, d.buyers().get(0), d.sellers().get(0), Money.ofFen(deposit)));
    LocalDate in = after(t, 10);
    events.add(new DealEvent.MovedIn(in));
    LocalDate out = null;
    if (random.nextBoolean()) {
      out = after(in, 400);
      events.add(new DealEvent.MovedOut(out));
      long returned = amount(deposit);
      LocalDate day = after(out, 5);
      if (returned > 0) {
        events.add(new DealEvent.SecurityDepositReturned(day, Money.ofFen(returned)));
      }
      long withheld = amount(deposit - returned);
      if (withheld > 0) {
        events.add(
            new DealEvent.SecurityDepositWithheld(after(day, 3), Money.ofFen(withheld), "清洁费"));
      }
    }
    add(d, events);
    if (out != null && random.nextBoolean()) {
      file(
          around(out, 3, 40),
          GuaranteeCode.RENTAL_DEPOSIT,
          d,
          random.nextBoolean()
              ? ClaimFacts.NONE
              : facts(Fact.JUSTIFIED_DEDUCTIONS, Money.ofFen(amount(deposit))));
    }
    if (random.nextBoolean()) {
      LocalDate leak = around(in, 10, 300);
      Map<Fact, Object> f = new LinkedHashMap<>();
      f.put(Fact.LEAK_FOUND_ON, leak);
      f.put(Fact.UNUSABLE_DAYS, (long) random.nextInt(60));
      if (random.nextInt(4) == 0) {
        f.put(Fact.TENANT_CAUSED, random.nextBoolean());
      }
      file(after(leak, 20), GuaranteeCode.RENTAL_LEAK, d, new ClaimFacts(f));
    }
    if (random.nextBoolean()) {
      file(
          after(in, 6),
          GuaranteeCode.RENTAL_SWITCH,
          d,
          facts(
              Fact.RE_LETTING_COST,
              Money.ofFen(amount(rent * 2)),
              Fact.RETURNED_AS_RECEIVED,
              random.nextBoolean()));
    }
  }

  private void newHome(LocalDate t) {
    long price = price();
    Deal d = deal("unit", DealKind.NEW_HOME, party("buyer"), party("developer"), price);
    DepositKind kind = random.nextBoolean() ? DepositKind.EARNEST : DepositKind.ADVANCE_PAYMENT;
    List<DealEvent> events = new ArrayList<>();
    events.add(
        new DealEvent.DepositPaid(
            t,
            kind,
            d.buyers().get(0),
            List.of(new Share(d.sellers().get(0), Money.ofFen(Math.max(1, deposit(price))))),
            t.plusDays(30)));
    if (random.nextBoolean()) {
      LocalDate signed = after(t, 30);
      events.add(new DealEvent.ContractSigned(signed));
      if (random.nextBoolean()) {
        events.add(new DealEvent.HandedOver(after(signed, 300)));
      }
      add(d, events);
      file(
          around(signed, 5, 200),
          GuaranteeCode.NEW_HOME_PRICE,
          d,
          facts(
              Fact.DEVELOPER_PRICE, Money.ofFen(price - random.nextLong(-price / 10, price / 10))));
    } else {
      LocalDate cancelled = after(t, 40);
      CancellationCause cause =
          random.nextBoolean()
              ? CancellationCause.SELLER_WITHDRAWS
              : CancellationCause.BUYER_WITHDRAWS;
      events.add(DealEvent.Cancelled.of(cancelled, cause));
      events.addAll(settleSome(replay(d, events), cancelled));
      add(d, events);
      file(after(cancelled, 150), GuaranteeCode.NEW_HOME_SUBSCRIPTION, d, ClaimFacts.NONE);
    }
  }

  private void afterHandover(LocalDate t) {
    long price = price();
    Deal d = deal("home", DealKind.RESALE, party("buyer"), party("seller"), price);
    LocalDate signed = after(t, 20);
    LocalDate transferred = after(signed, 60);
    LocalDate handover = after(transferred, 30);
    add(
        d,
        List.of(
            DealEvent.DepositPaid.earnest(
                t,
                d.buyers().get(0),
                d.sellers().get(0),
                Money.ofFen(Math.max(1, deposit(price))),
                t.plusDays(20)),
            new DealEvent.ContractSigned(signed),
            new DealEvent.TitleTransferred(transferred),
            new DealEvent.HandedOver(handover)));
    if (random.nextBoolean()) {
      Map<Fact, Object> f = new LinkedHashMap<>();
      f.put(Fact.QUOTED_TAX, Money.ofFen(amount(price / 20)));
      f.put(Fact.ACTUAL_TAX, Money.ofFen(amount(price / 20)));
      f.put(Fact.QUOTED_IN_WRITING, random.nextInt(4) > 0);
      if (random.nextBoolean()) {
        f.put(Fact.TAX_RULES_CHANGED, random.nextInt(4) == 0);
      }
      file(around(transferred, 5, 40), GuaranteeCode.TAX_ESTIMATE, d, new ClaimFacts(f));
    }
    if (random.nextBoolean()) {
      LocalDate deadline = around(handover, 10, 60);
      Map<Fact, Object> f = new LinkedHashMap<>();
      f.put(Fact.HUKOU_DEADLINE, deadline);
      f.put(Fact.DAMAGES, Money.ofFen(amount(200_000_00L)));
      if (random.nextBoolean()) {
        f.put(Fact.PAID_BY_SELLER, Money.ofFen(amount(50_000_00L)));
      }
      file(around(deadline, 10, 120), GuaranteeCode.HUKOU_NOT_MOVED, d, new ClaimFacts(f));
    }
    if (random.nextBoolean()) {
      LocalDate leak = around(handover, 10, 220);
      file(
          after(leak, 40),
          GuaranteeCode.LEAK_WARRANTY,
          d,
          facts(Fact.LEAK_FOUND_ON, leak, Fact.REPAIR_COST, Money.ofFen(amount(30_000_00L))));
    }
    if (random.nextBoolean()) {
      LocalDate found = around(transferred, 0, 420);
      ClaimFacts f =
          random.nextBoolean()
              ? facts(Fact.DISCOVERED_ON, found)
              : facts(
                  Fact.DISCOVERED_ON, found, Fact.DISCLOSED_BEFORE_SIGNING, random.nextBoolean());
      file(after(found, 100), GuaranteeCode.STIGMATIZED_HOME, d, f);
    }
    if (random.nextBoolean()) {
      LocalDate measured = around(transferred, 0, 420);
      file(
          after(measured, 100),
          GuaranteeCode.RADIATION,
          d,
          facts(Fact.MEASURED_ON, measured, Fact.ABOVE_STANDARD, random.nextInt(3) > 0));
    }
  }
}
