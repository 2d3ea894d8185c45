package org.anxin.guarantees.casefile;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.DealEvent;
import org.anxin.guarantees.document.Node;

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
    return event.accept(Of.INSTANCE);
  }

  /**
   * The case-file type of each type of event. A visitor, so that a new event type does not compile
   * until it has a name in case files.
   */
  private static final class Of implements DealEvent.Visitor<EventType> {
    static final Of INSTANCE = new Of();

    @Override
    public EventType visit(DealEvent.IntentMoneyPaid e) {
      return INTENT_MONEY_PAID;
    }

    @Override
    public EventType visit(DealEvent.DepositPaid e) {
      return DEPOSIT_PAID;
    }

    @Override
    public EventType visit(DealEvent.SigningPostponed e) {
      return SIGNING_POSTPONED;
    }

    @Override
    public EventType visit(DealEvent.TitleSearched e) {
      return TITLE_SEARCHED;
    }

    @Override
    public EventType visit(DealEvent.ContractSigned e) {
      return CONTRACT_SIGNED;
    }

    @Override
    public EventType visit(DealEvent.LoanApproved e) {
      return LOAN_APPROVED;
    }

    @Override
    public EventType visit(DealEvent.LoanRefused e) {
      return LOAN_REFUSED;
    }

    @Override
    public EventType visit(DealEvent.TitleTransferred e) {
      return TITLE_TRANSFERRED;
    }

    @Override
    public EventType visit(DealEvent.HandedOver e) {
      return HANDED_OVER;
    }

    @Override
    public EventType visit(DealEvent.ArrearsClaimed e) {
      return ARREARS_CLAIMED;
    }

    @Override
    public EventType visit(DealEvent.LeaseSigned e) {
      return LEASE_SIGNED;
    }

    @Override
    public EventType visit(DealEvent.MovedIn e) {
      return MOVED_IN;
    }

    @Override
    public EventType visit(DealEvent.MovedOut e) {
      return MOVED_OUT;
    }

    @Override
    public EventType visit(DealEvent.SecurityDepositReturned e) {
      return SECURITY_DEPOSIT_RETURNED;
    }

    @Override
    public EventType visit(DealEvent.SecurityDepositWithheld e) {
      return SECURITY_DEPOSIT_WITHHELD;
    }

    @Override
    public EventType visit(DealEvent.Cancelled e) {
      return CANCELLED;
    }

    @Override
    public EventType visit(DealEvent.RefundPaid e) {
      return REFUND_PAID;
    }

    @Override
    public EventType visit(DealEvent.RefundPromised e) {
      return REFUND_PROMISED;
    }

    @Override
    public EventType visit(DealEvent.Resold e) {
      return RESOLD;
    }
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
    EventType type = find(text);
    if (type != null) {
      return type;
    }
    throw unknown(field, text);
  }

  /** The type written as {@code node}'s text; its path is written out only for a mistake. */
  static EventType parse(Node node) {
    String text = node.text();
    EventType type = find(text);
    if (type != null) {
      return type;
    }
    throw unknown(node.path(), text);
  }

  private static EventType find(String text) {
    return Names.find(EventType.class, text);
  }

  private static InvalidInputException unknown(String field, String text) {
    return new InvalidInputException(
        field,
        text,
        "unknown event type; expected one of "
            + Arrays.stream(values()).map(EventType::id).collect(Collectors.joining(", ")));
  }
}
