package org.anxin.guarantees.casefile;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.DealEvent;

/** The {@code type} of an event in a case file, one per {@link DealEvent} record. */
enum EventType {
  INTENT_MONEY_PAID(DealEvent.IntentMoneyPaid.class),
  DEPOSIT_PAID(DealEvent.DepositPaid.class),
  SIGNING_POSTPONED(DealEvent.SigningPostponed.class),
  TITLE_SEARCHED(DealEvent.TitleSearched.class),
  CONTRACT_SIGNED(DealEvent.ContractSigned.class),
  LOAN_APPROVED(DealEvent.LoanApproved.class),
  LOAN_REFUSED(DealEvent.LoanRefused.class),
  TITLE_TRANSFERRED(DealEvent.TitleTransferred.class),
  HANDED_OVER(DealEvent.HandedOver.class),
  ARREARS_CLAIMED(DealEvent.ArrearsClaimed.class),
  LEASE_SIGNED(DealEvent.LeaseSigned.class),
  MOVED_IN(DealEvent.MovedIn.class),
  MOVED_OUT(DealEvent.MovedOut.class),
  SECURITY_DEPOSIT_RETURNED(DealEvent.SecurityDepositReturned.class),
  SECURITY_DEPOSIT_WITHHELD(DealEvent.SecurityDepositWithheld.class),
  CANCELLED(DealEvent.Cancelled.class),
  REFUND_PAID(DealEvent.RefundPaid.class),
  REFUND_PROMISED(DealEvent.RefundPromised.class),
  RESOLD(DealEvent.Resold.class);

  private final Class<? extends DealEvent> javaType;

  EventType(Class<? extends DealEvent> javaType) {
    this.javaType = javaType;
  }

  /** The name in a case file, e.g. {@code refund-promised}. */
  String id() {
    return Names.id(this);
  }

  /** The type of {@code event}. */
  static EventType of(DealEvent event) {
    for (EventType type : values()) {
      if (type.javaType.isInstance(event)) {
        return type;
      }
    }
    throw new AssertionError("no case-file name for " + event.type());
  }

  /**
   * The case-file name of the domain's type name, e.g. {@code RefundPaid} → {@code refund-paid}.
   */
  static String idOfDomainName(String domainName) {
    for (EventType type : values()) {
      if (type.javaType.getSimpleName().equals(domainName)) {
        return type.id();
      }
    }
    return domainName;
  }

  static EventType parse(String field, String text) {
    for (EventType type : values()) {
      if (type.id().equals(text)) {
        return type;
      }
    }
    throw new InvalidInputException(
        field,
        text,
        "unknown event type; expected one of "
            + Arrays.stream(values()).map(EventType::id).collect(Collectors.joining(", ")));
  }
}
