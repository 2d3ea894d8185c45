package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/** The business a guarantee covers: resale homes, new homes, rentals, or all three. */
public enum Segment implements Ids.WithId {
  RESALE("resale", "二手房"),
  NEW("new", "新房"),
  RENTAL("rental", "租赁"),
  /** Every segment; in a catalog file it stands alone. */
  ALL("all", "全部");

  private final String id;
  private final String nameZh;

  Segment(String id, String nameZh) {
    this.id = id;
    this.nameZh = nameZh;
  }

  /** The id used in catalog files and JSON output, e.g. {@code resale}. */
  @Override
  public String id() {
    return id;
  }

  /** The Chinese name, e.g. 二手房. */
  public String nameZh() {
    return nameZh;
  }

  /** Whether a guarantee of this segment covers a deal of {@code dealSegment}. */
  public boolean covers(Segment dealSegment) {
    return this == ALL || this == dealSegment;
  }

  /**
   * The segment with this id.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static Segment parse(String field, String text) {
    return Ids.parse(Segment.class, field, text, "segment");
  }
}
