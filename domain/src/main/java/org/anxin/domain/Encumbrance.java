package org.anxin.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A right or restriction on a property that a title search (产调) reveals. Each one can stop or delay
 * a sale: a seizure blocks the transfer, a mortgage must be discharged, a lease or a residence
 * right survives the sale.
 */
public sealed interface Encumbrance {

  /**
   * A court seizure (查封): the property cannot be transferred while it lasts.
   *
   * @param court the court that ordered it
   * @param since the date it was registered
   */
  record Seizure(String court, LocalDate since) implements Encumbrance {
    public Seizure {
      requireText("seizure.court", court);
      Objects.requireNonNull(since, "since");
    }
  }

  /**
   * A registered mortgage (抵押).
   *
   * @param lender the bank or creditor
   * @param outstanding the debt still secured on the property, not negative
   */
  record Mortgage(String lender, Money outstanding) implements Encumbrance {
    public Mortgage {
      requireText("mortgage.lender", lender);
      if (outstanding.isNegative()) {
        throw new InvalidInputException(
            "mortgage.outstanding", outstanding, "must not be negative");
      }
    }
  }

  /**
   * A lease (租赁) that survives a sale ("sale does not break a lease").
   *
   * @param tenant who lives there
   * @param until the last day of the lease
   */
  record Lease(String tenant, LocalDate until) implements Encumbrance {
    public Lease {
      requireText("lease.tenant", tenant);
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * A registered residence right (居住权, Civil Code art. 366): someone may live there for life or a
   * term, whoever owns it.
   *
   * @param holder who holds the right
   */
  record ResidenceRight(String holder) implements Encumbrance {
    public ResidenceRight {
      requireText("residenceRight.holder", holder);
    }
  }

  private static void requireText(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, text, "must not be blank");
    }
  }
}
