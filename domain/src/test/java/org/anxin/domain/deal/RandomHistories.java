package org.anxin.domain.deal;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.anxin.domain.DealId;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.PropertyId;
import org.anxin.domain.Refusal;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.DealEvent.ArrearsClaimed;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.ContractSigned;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.HandedOver;
import org.anxin.domain.deal.DealEvent.IntentMoneyPaid;
import org.anxin.domain.deal.DealEvent.LeaseSigned;
import org.anxin.domain.deal.DealEvent.LoanApproved;
import org.anxin.domain.deal.DealEvent.LoanRefused;
import org.anxin.domain.deal.DealEvent.MovedIn;
import org.anxin.domain.deal.DealEvent.MovedOut;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.Resold;
import org.anxin.domain.deal.DealEvent.SecurityDepositReturned;
import org.anxin.domain.deal.DealEvent.SecurityDepositWithheld;
import org.anxin.domain.deal.DealEvent.SigningPostponed;
import org.anxin.domain.deal.DealEvent.TitleSearched;
import org.anxin.domain.deal.DealEvent.TitleTransferred;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.Fault;

/**
 * Builds random deal histories for property tests. Each script step (an int, so QuickTheories can
 * shrink the list) proposes one plausible event, often valid and sometimes not; the fold decides.
 * The generator knows nothing of the rules beyond picking amounts and parties from the state, so
 * the rules are tested, not duplicated.
 */
final class RandomHistories {

  static final PartyId B1 = PartyId.of("b1");
  static final PartyId B2 = PartyId.of("b2");
  static final PartyId S1 = PartyId.of("s1");
  static final PartyId S2 = PartyId.of("s2");
  static final PartyId BROKER = PartyId.of("broker");
  static final List<PartyId> EVERYONE = List.of(B1, B2, S1, S2, BROKER);
  static final LocalDate START = LocalDate.of(2020, 1, 1);

  /** One step of a history: the state before, the event proposed, the outcome. */
  record Step(DealState before, DealEvent event, Either<Refusal, DealState> outcome) {}

  private RandomHistories() {}

  static Deal deal(int seed) {
    SplittableRandom r = new SplittableRandom(seed);
    DealKind kind = DealKind.values()[r.nextInt(3)];
    List<PartyId> buyers = r.nextBoolean() ? List.of(B1) : List.of(B1, B2);
    List<PartyId> sellers = r.nextBoolean() ? List.of(S1) : List.of(S1, S2);
    // Small prices make the 20 % cap bite; large ones are realistic.
    long price = r.nextBoolean() ? r.nextLong(1, 100_000) : r.nextLong(1, 2_000_000_000L);
    ContractTerms terms = ContractTerms.STANDARD.withLoanClause(r.nextBoolean());
    if (r.nextInt(4) == 0) {
      CancellationCause cause = CancellationCause.values()[r.nextInt(7)]; // not MUTUAL_AGREEMENT
      terms = terms.withFault(cause, Fault.values()[r.nextInt(3)]);
    }
    return new Deal(
        DealId.of("d" + seed),
        kind,
        PropertyId.of("p"),
        buyers,
        sellers,
        Money.ofFen(price),
        true,
        terms);
  }

  /** Proposes every step of the script in turn, keeping the accepted ones. */
  static List<Step> run(Deal deal, List<Integer> script) {
    List<Step> steps = new ArrayList<>();
    DealState state = DealState.open(deal);
    LocalDate date = START;
    for (int seed : script) {
      SplittableRandom r = new SplittableRandom(seed);
      // Mostly forward, sometimes the same day, rarely backwards (to be rejected).
      date = date.plusDays(r.nextInt(10) == 0 ? -1 : r.nextInt(4));
      DealEvent event = propose(state, date, r);
      Either<Refusal, DealState> outcome = state.tryApply(event);
      steps.add(new Step(state, event, outcome));
      if (outcome.isRight()) {
        state = outcome.get();
      }
    }
    return steps;
  }

  /** The accepted events of a run, in order. */
  static List<DealEvent> accepted(List<Step> steps) {
    return steps.stream().filter(s -> s.outcome().isRight()).map(Step::event).toList();
  }

  private static DealEvent propose(DealState s, LocalDate date, SplittableRandom r) {
    Deal deal = s.deal();
    long price = deal.price().fen();
    int op = r.nextInt(20);
    switch (op) {
      case 0:
        return new IntentMoneyPaid(date, buyer(deal, r), holder(deal, r), amount(r, price));
      case 1:
        {
          List<Share> shares = new ArrayList<>();
          shares.add(new Share(holder(deal, r), amount(r, price)));
          if (r.nextInt(3) == 0) {
            shares.add(new Share(holder(deal, r), amount(r, price)));
          }
          DepositKind kind = r.nextInt(4) == 0 ? DepositKind.ADVANCE_PAYMENT : DepositKind.EARNEST;
          return new DepositPaid(
              date, kind, buyer(deal, r), shares, date.plusDays(r.nextInt(40) - 2));
        }
      case 2:
        return new SigningPostponed(
            date, s.signingDeadline().orElse(date).plusDays(r.nextInt(12) - 1));
      case 3:
        return new TitleSearched(TitleReport.clean(date, deal.sellers()));
      case 4:
        return new ContractSigned(date);
      case 5:
        return new LoanApproved(date);
      case 6:
        return new LoanRefused(date);
      case 7:
        return new TitleTransferred(date);
      case 8:
        return new HandedOver(date);
      case 9:
        return new ArrearsClaimed(
            date,
            FeeArrears.ofTotal(
                "物业",
                YearMonth.of(2019, 1),
                YearMonth.of(2019, 12),
                Money.ofFen(r.nextLong(0, 10_000_000))));
      case 10:
        return new LeaseSigned(
            date,
            buyer(deal, r),
            deal.sellers().get(r.nextInt(deal.sellers().size())),
            r.nextInt(5) == 0 ? Money.ZERO : amount(r, price * 3));
      case 11:
        return new MovedIn(date);
      case 12:
        return new MovedOut(date);
      case 13:
        return new SecurityDepositReturned(date, portionOfDebt(s, r));
      case 14:
        return new SecurityDepositWithheld(date, portionOfDebt(s, r), "damage");
      case 15:
        return cancellation(s, date, r);
      case 16:
      case 17:
        {
          Receivable debt = someDebt(s, r);
          return new RefundPaid(date, debt.debtor(), debt.creditor(), portion(debt.amount(), r));
        }
      case 18:
        {
          Receivable debt = someDebt(s, r);
          return new RefundPromised(
              date,
              debt.debtor(),
              debt.creditor(),
              portion(debt.amount(), r),
              date.plusDays(r.nextInt(60) - 1));
        }
      default:
        return new Resold(date);
    }
  }

  private static Cancelled cancellation(DealState s, LocalDate date, SplittableRandom r) {
    CancellationCause cause =
        CancellationCause.values()[r.nextInt(CancellationCause.values().length)];
    if (cause == CancellationCause.MUTUAL_AGREEMENT) {
      Map<PartyId, Money> agreed = new LinkedHashMap<>();
      for (Holding h : s.holdings()) {
        agreed.merge(h.holder(), Money.ofFen(r.nextLong(0, 2 * h.amount().fen() + 1)), Money::plus);
      }
      if (r.nextInt(10) == 0) {
        agreed.put(BROKER, Money.ofFen(1)); // sometimes a holder that holds nothing
      }
      return Cancelled.byAgreement(date, agreed);
    }
    Optional<Fault> fault =
        r.nextInt(4) == 0 ? Optional.of(Fault.values()[r.nextInt(3)]) : Optional.empty();
    return new Cancelled(date, cause, fault, Map.of());
  }

  private static PartyId buyer(Deal deal, SplittableRandom r) {
    return r.nextInt(8) == 0
        ? EVERYONE.get(r.nextInt(5))
        : deal.buyers().get(r.nextInt(deal.buyers().size()));
  }

  private static PartyId holder(Deal deal, SplittableRandom r) {
    if (r.nextInt(8) == 0) {
      return EVERYONE.get(r.nextInt(5));
    }
    return r.nextInt(4) == 0 ? BROKER : deal.sellers().get(r.nextInt(deal.sellers().size()));
  }

  /** A positive amount up to 30 % of {@code scale}; now and then zero or negative. */
  private static Money amount(SplittableRandom r, long scale) {
    int pick = r.nextInt(20);
    if (pick == 0) {
      return Money.ofFen(-r.nextLong(0, 100));
    }
    if (pick == 1) {
      return Money.ofFen(1);
    }
    return Money.ofFen(r.nextLong(1, Math.max(2, scale * 3 / 10)));
  }

  private static Receivable someDebt(DealState s, SplittableRandom r) {
    if (s.receivables().isEmpty() || r.nextInt(10) == 0) {
      return new Receivable(
          EVERYONE.get(r.nextInt(5)), EVERYONE.get(r.nextInt(5)), Money.ofFen(100), START);
    }
    return s.receivables().get(r.nextInt(s.receivables().size()));
  }

  private static Money portionOfDebt(DealState s, SplittableRandom r) {
    Money owed = Money.ZERO;
    for (Receivable debt : s.receivables()) {
      owed = owed.plus(debt.amount());
    }
    return portion(owed.isPositive() ? owed : Money.ofFen(100), r);
  }

  /** Usually all or part of {@code whole}, sometimes a fen too much. */
  private static Money portion(Money whole, SplittableRandom r) {
    long w = whole.fen();
    return switch (r.nextInt(6)) {
      case 0 -> whole;
      case 1 -> Money.ofFen(w + 1);
      default -> Money.ofFen(r.nextLong(1, w + 1));
    };
  }
}
