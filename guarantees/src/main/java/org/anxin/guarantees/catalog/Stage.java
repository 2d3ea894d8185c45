package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/**
 * When in a deal's life a guarantee applies: the Stage column of the catalog table (DESIGN.md §5).
 * The id is what catalog files use; the label is the table's wording.
 */
public enum Stage implements Ids.WithId {
  BEFORE("before", "before"),
  BEFORE_SIGNING("before-signing", "before signing"),
  SIGNING_TO_LOAN("signing-to-loan", "signing → loan"),
  SIGNING_TO_TRANSFER("signing-to-transfer", "signing → transfer"),
  TRANSFER("transfer", "transfer"),
  HANDOVER("handover", "handover"),
  AFTER_HANDOVER("after-handover", "after handover"),
  SUBSCRIPTION("subscription", "subscription"),
  CONTRACT("contract", "contract"),
  FIRST_3_DAYS("first-3-days", "first 3 days"),
  TENANCY("tenancy", "tenancy"),
  MOVE_OUT("move-out", "move-out"),
  ANY("any", "any");

  private final String id;
  private final String label;

  Stage(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The id used in catalog files and JSON output, e.g. {@code before-signing}. */
  @Override
  public String id() {
    return id;
  }

  /** The catalog table's wording, e.g. {@code signing → transfer}. */
  public String label() {
    return label;
  }

  /**
   * The stage with this id.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static Stage parse(String field, String text) {
    return Ids.parse(Stage.class, field, text, "stage");
  }
}
