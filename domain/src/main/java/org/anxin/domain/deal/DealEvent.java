package org.anxin.domain.deal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.Fault;

/**
 * Something that happened to a deal on a given day. A deal's history is a list of these in date
 * order; {@link DealState} folds them and rejects the ones that cannot happen (wrong stage, wrong
 * party, an amount that is not there). Constructors only check for nulls: whether the values make
 * sense depends on the deal's state, so that is where they are checked, with the event's index.
 */
public sealed interface DealEvent {

  /** The day it happened. */
  LocalDate date();

  /** The event's type as case files and error messages name it, e.g. {@code RefundPaid}. */
  default String type() {
    return getClass().getSimpleName();
  }

  /**
   * Calls the {@code visit} method of {@code visitor} for this event's type. Every event type has
   * its own method in {@link Visitor}, so a new type that some visitor does not handle is a compile
   * error, not an event silently ignored at run time.
   *
   * @param <R> what the visitor returns
   * @param visitor what to do with each type of event
   * @return what {@code visitor} returned for this event
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * What to do with each type of event: one method per type, so that adding a type breaks the build
   * of every visitor until it handles the new one.
   *
   * @param <R> what each method returns ({@link Void} when a visitor only has effects)
   */
  interface Visitor<R> {

    /**
     * Handles one {@link IntentMoneyPaid}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(IntentMoneyPaid e);

    /**
     * Handles one {@link DepositPaid}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(DepositPaid e);

    /**
     * Handles one {@link SigningPostponed}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(SigningPostponed e);

    /**
     * Handles one {@link TitleSearched}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(TitleSearched e);

    /**
     * Handles one {@link ContractSigned}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(ContractSigned e);

    /**
     * Handles one {@link LoanApproved}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(LoanApproved e);

    /**
     * Handles one {@link LoanRefused}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(LoanRefused e);

    /**
     * Handles one {@link TitleTransferred}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(TitleTransferred e);

    /**
     * Handles one {@link HandedOver}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(HandedOver e);

    /**
     * Handles one {@link ArrearsClaimed}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(ArrearsClaimed e);

    /**
     * Handles one {@link LeaseSigned}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(LeaseSigned e);

    /**
     * Handles one {@link MovedIn}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(MovedIn e);

    /**
     * Handles one {@link MovedOut}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(MovedOut e);

    /**
     * Handles one {@link SecurityDepositReturned}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(SecurityDepositReturned e);

    /**
     * Handles one {@link SecurityDepositWithheld}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(SecurityDepositWithheld e);

    /**
     * Handles one {@link Cancelled}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Cancelled e);

    /**
     * Handles one {@link RefundPaid}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(RefundPaid e);

    /**
     * Handles one {@link RefundPromised}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(RefundPromised e);

    /**
     * Handles one {@link Resold}.
     *
     * @param e the event
     * @return what this visitor makes of it
     */
    R visit(Resold e);
  }

  /**
   * 意向金: the buyer puts down intent money with an offer, usually with the broker. It has no penalty
   * effect; at 转定 it becomes part of the deposit.
   */
  record IntentMoneyPaid(LocalDate date, PartyId payer, PartyId holder, Money amount)
      implements DealEvent {
    public IntentMoneyPaid {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(payer, "payer");
      Objects.requireNonNull(holder, "holder");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * 转定 (resale) or 认购 (new home): the buyer's deposit goes to its holders, each with a share (two
   * co-owners may each take half), and the signing deadline is set. Intent money the buyer paid
   * before is applied first; any of it left over is refunded.
   *
   * @param kind {@code EARNEST} (定金, with penalty effect) or {@code ADVANCE_PAYMENT} (订金)
   * @param signingDeadline the last day for the online signing (网签)
   */
  record DepositPaid(
      LocalDate date,
      DepositKind kind,
      PartyId payer,
      List<Share> shares,
      LocalDate signingDeadline)
      implements DealEvent {
    public DepositPaid {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(payer, "payer");
      Objects.requireNonNull(signingDeadline, "signingDeadline");
      shares = List.copyOf(shares);
    }

    /** A 定金 of {@code amount} paid by {@code payer} to a single holder. */
    public static DepositPaid earnest(
        LocalDate date, PartyId payer, PartyId holder, Money amount, LocalDate signingDeadline) {
      return new DepositPaid(
          date, DepositKind.EARNEST, payer, List.of(new Share(holder, amount)), signingDeadline);
    }

    /** The deposit's total over all shares. */
    public Money total() {
      Money sum = Money.ZERO;
      for (Share s : shares) {
        sum = sum.plus(s.amount());
      }
      return sum;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The parties agree to a later signing deadline. */
  record SigningPostponed(LocalDate date, LocalDate newDeadline) implements DealEvent {
    public SigningPostponed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(newDeadline, "newDeadline");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** 产调: a title search was made; its date is the report's {@code searchedOn}. */
  record TitleSearched(TitleReport report) implements DealEvent {
    public TitleSearched {
      Objects.requireNonNull(report, "report");
    }

    @Override
    public LocalDate date() {
      return report.searchedOn();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** 网签: the contract is signed online with the housing authority (new home: the contract). */
  record ContractSigned(LocalDate date) implements DealEvent {
    public ContractSigned {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The buyer's bank approved the loan. */
  record LoanApproved(LocalDate date) implements DealEvent {
    public LoanApproved {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The buyer's bank refused the loan; a cancellation for {@code LOAN_REFUSED} may follow. */
  record LoanRefused(LocalDate date) implements DealEvent {
    public LoanRefused {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** 过户: the title passes to the buyer; deposits held become part of the price. */
  record TitleTransferred(LocalDate date) implements DealEvent {
    public TitleTransferred {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** 交房: the home is handed over (resale: after the transfer; new home: after the contract). */
  record HandedOver(LocalDate date) implements DealEvent {
    public HandedOver {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** A creditor claims fee arrears while the handover is prepared or after it. */
  record ArrearsClaimed(LocalDate date, FeeArrears arrears) implements DealEvent {
    public ArrearsClaimed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(arrears, "arrears");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** A lease is signed and the tenant pays the landlord a security deposit (may be zero). */
  record LeaseSigned(LocalDate date, PartyId tenant, PartyId landlord, Money securityDeposit)
      implements DealEvent {
    public LeaseSigned {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(landlord, "landlord");
      Objects.requireNonNull(securityDeposit, "securityDeposit");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The tenant moves in. */
  record MovedIn(LocalDate date) implements DealEvent {
    public MovedIn {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The tenant moves out; from now on the landlord owes the security deposit back. */
  record MovedOut(LocalDate date) implements DealEvent {
    public MovedOut {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The landlord returns (part of) the security deposit. */
  record SecurityDepositReturned(LocalDate date, Money amount) implements DealEvent {
    public SecurityDepositReturned {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** The landlord keeps (part of) the security deposit, for the reason given. */
  record SecurityDepositWithheld(LocalDate date, Money amount, String reason) implements DealEvent {
    public SecurityDepositWithheld {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * The deal is cancelled. The deposits are settled by the deposit law with the fault named here,
   * or else the contract's, or else the default table's; a {@code MUTUAL_AGREEMENT} names instead
   * what each holder returns. What is to be returned becomes a {@link Receivable}, due today.
   *
   * @param fault an explicit fault that overrides contract and table; empty to use them
   * @param agreedReturns for {@code MUTUAL_AGREEMENT} only: what each holder returns to the payer
   *     (every holder listed, 0 if nothing); empty otherwise
   */
  record Cancelled(
      LocalDate date,
      CancellationCause cause,
      Optional<Fault> fault,
      Map<PartyId, Money> agreedReturns)
      implements DealEvent {
    public Cancelled {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(fault, "fault");
      agreedReturns.forEach((holder, amount) -> Objects.requireNonNull(amount, "agreedReturns"));
      // Keep the order the agreement lists the holders in, for readable messages.
      agreedReturns = Collections.unmodifiableMap(new LinkedHashMap<>(agreedReturns));
    }

    /** Cancelled for {@code cause}, the fault following the contract and the default table. */
    public static Cancelled of(LocalDate date, CancellationCause cause) {
      return new Cancelled(date, cause, Optional.empty(), Map.of());
    }

    /** Cancelled for {@code cause} with {@code fault} decided explicitly. */
    public static Cancelled atFault(LocalDate date, CancellationCause cause, Fault fault) {
      return new Cancelled(date, cause, Optional.of(fault), Map.of());
    }

    /** Cancelled by mutual agreement: each holder returns the amount given. */
    public static Cancelled byAgreement(LocalDate date, Map<PartyId, Money> agreedReturns) {
      return new Cancelled(
          date, CancellationCause.MUTUAL_AGREEMENT, Optional.empty(), agreedReturns);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** After a cancellation, {@code from} pays back (part of) what it owes {@code to}. */
  record RefundPaid(LocalDate date, PartyId from, PartyId to, Money amount) implements DealEvent {
    public RefundPaid {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * After a cancellation, {@code from} promises to pay {@code amount} of what it owes {@code to} by
   * {@code due}: that much of the debt is now due then (the most overdue part is rescheduled).
   */
  record RefundPromised(LocalDate date, PartyId from, PartyId to, Money amount, LocalDate due)
      implements DealEvent {
    public RefundPromised {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(due, "due");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * After a cancelled sale, the property was sold to someone else: in a swap chain a resale on or
   * before a funding link's window rescues the purchase it funds.
   */
  record Resold(LocalDate date) implements DealEvent {
    public Resold {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }
}
