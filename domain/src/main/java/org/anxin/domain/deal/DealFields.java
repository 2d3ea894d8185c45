package org.anxin.domain.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.anxin.domain.PartyId;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.DealEvent.ArrearsClaimed;
import org.anxin.domain.deal.DealEvent.SecurityDepositWithheld;

/**
 * The fields of a deal's state, declared here and nowhere else (the money ones in {@link
 * MoneyBook}). A {@link DealState} wraps one and never changes it; the fold changes a {@link
 * #copy()} and wraps that when the event is accepted, so a state stays immutable to its users and a
 * rejected event leaves no trace.
 */
final class DealFields {

  final Deal deal;
  int eventCount;
  LocalDate lastDate;
  DealStage stage = DealStage.OPEN;
  final EnumMap<DealStage, LocalDate> milestones = new EnumMap<>(DealStage.class);
  LocalDate signingDeadline;
  LocalDate loanRefusedOn;
  final List<TitleReport> titleReports = new ArrayList<>();
  final List<ArrearsClaimed> arrearsClaims = new ArrayList<>();
  final MoneyBook money;
  Cancellation cancellation;
  final List<SecurityDepositWithheld> withholdings = new ArrayList<>();
  LocalDate resoldOn;
  PartyId tenant;
  PartyId landlord;

  /** The fields of {@code deal} before anything has happened. */
  DealFields(Deal deal) {
    this(deal, new MoneyBook());
  }

  private DealFields(Deal deal, MoneyBook money) {
    this.deal = deal;
    this.money = money;
  }

  /** An independent copy, for the fold to change. */
  DealFields copy() {
    DealFields c = new DealFields(deal, money.copy());
    c.eventCount = eventCount;
    c.lastDate = lastDate;
    c.stage = stage;
    c.milestones.putAll(milestones);
    c.signingDeadline = signingDeadline;
    c.loanRefusedOn = loanRefusedOn;
    c.titleReports.addAll(titleReports);
    c.arrearsClaims.addAll(arrearsClaims);
    c.cancellation = cancellation;
    c.withholdings.addAll(withholdings);
    c.resoldOn = resoldOn;
    c.tenant = tenant;
    c.landlord = landlord;
    return c;
  }

  /** The deal is now at {@code next}; a milestone keeps the day a stage was first reached. */
  void reach(DealStage next, LocalDate date) {
    stage = next;
    milestones.putIfAbsent(next, date);
  }

  /** Whether the contract (or the lease) has been signed. */
  boolean isSigned() {
    return milestones.containsKey(DealStage.SIGNED) || milestones.containsKey(DealStage.LEASED);
  }
}
