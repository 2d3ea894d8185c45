package org.anxin.guarantees.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.DealKind;
import org.junit.jupiter.api.Test;

/** A guarantee's segments are deal kinds; catalog files keep their own spelling of them. */
class SegmentsTest {

  @Test
  void eachDealKindHasItsCatalogId() {
    assertEquals("resale", Segments.id(DealKind.RESALE));
    assertEquals("new", Segments.id(DealKind.NEW_HOME));
    assertEquals("rental", Segments.id(DealKind.RENTAL));
    assertEquals(EnumSet.allOf(DealKind.class), Segments.parse("s", "all"));
  }

  @Test
  void everySetOfKindsIsWrittenAndReadBackUnchanged() {
    for (int mask = 1; mask < 1 << DealKind.values().length; mask++) {
      Set<DealKind> kinds = EnumSet.noneOf(DealKind.class);
      for (DealKind kind : DealKind.values()) {
        if ((mask & (1 << kind.ordinal())) != 0) {
          kinds.add(kind);
        }
      }
      List<Set<DealKind>> written = new ArrayList<>();
      for (String id : Segments.ids(kinds)) {
        written.add(Segments.parse("s", id));
      }
      Segments.check("s", written);
      assertEquals(kinds, Segments.union(written), kinds.toString());
    }
    assertEquals(List.of("all"), Segments.ids(EnumSet.allOf(DealKind.class)));
    assertEquals(
        List.of("resale", "new"), Segments.ids(Set.of(DealKind.NEW_HOME, DealKind.RESALE)));
  }

  @Test
  void anUnknownIdNamesTheIdsAccepted() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Segments.parse("segments[0]", "new-home"));
    assertEquals(
        "segments[0]: unknown segment; expected one of resale, new, rental, all (got 'new-home')",
        e.getMessage());
  }

  @Test
  void aFileKeepsTodaysSpellings() {
    Catalog c = read(edited("segments: [resale, new]", "segments: [ new , resale]"));
    Guarantee refund = c.get(GuaranteeCode.COMMISSION_REFUND);
    assertEquals(EnumSet.of(DealKind.RESALE, DealKind.NEW_HOME), refund.segments());
    assertEquals(Catalog.builtIn().get(GuaranteeCode.COMMISSION_REFUND), refund);
    assertTrue(c.get(GuaranteeCode.TRUE_LISTING).covers(DealKind.NEW_HOME));
  }

  @Test
  void listingEveryKindIsTheSameAsAll() {
    Catalog c = read(edited("segments: [resale, new]", "segments: [resale, new, rental]"));
    Guarantee refund = c.get(GuaranteeCode.COMMISSION_REFUND);
    assertTrue(refund.covers(DealKind.RENTAL));
    assertEquals(List.of("all"), Segments.ids(refund.segments()));
  }

  @Test
  void aGuaranteeInCodeCoversAtLeastOneKind() {
    Guarantee leak = Catalog.builtIn().get(GuaranteeCode.LEAK_WARRANTY);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new Guarantee(
                    leak.code(),
                    leak.nameZh(),
                    leak.nameEn(),
                    Set.of(),
                    leak.stage(),
                    leak.kind(),
                    leak.eligibility(),
                    leak.filing(),
                    leak.terms(),
                    leak.recovery(),
                    leak.provenance(),
                    leak.source()));
    assertEquals("LEAK_WARRANTY.segments", e.field());
    assertFalse(leak.covers(DealKind.RENTAL));
  }

  private static Catalog read(String yaml) {
    return Catalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String edited(String from, String to) {
    String text;
    try (InputStream in = Catalog.class.getResourceAsStream(Catalog.BUILT_IN_RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = text.indexOf(from);
    assertTrue(at >= 0, "the built-in file contains " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
