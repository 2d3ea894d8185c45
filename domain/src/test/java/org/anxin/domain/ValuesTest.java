package org.anxin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.anxin.domain.Encumbrance.Lease;
import org.anxin.domain.Encumbrance.Mortgage;
import org.anxin.domain.Encumbrance.ResidenceRight;
import org.anxin.domain.Encumbrance.Seizure;
import org.junit.jupiter.api.Test;

/** Ids, parties, properties, title reports and arrears: what they accept and what they refuse. */
class ValuesTest {

  static final LocalDate DAY = LocalDate.of(2021, 10, 12);

  @Test
  void idsAreExactText() {
    assertEquals("zhou", PartyId.of("zhou").value());
    assertEquals("zhou", PartyId.of("zhou").toString());
    assertEquals(DealId.of("a"), DealId.parse("links[0].purchase", "a"));
    assertTrue(PropertyId.of("a").compareTo(PropertyId.of("b")) < 0);
    assertTrue(DealId.of("b").compareTo(DealId.of("a")) > 0);
    assertEquals(0, PartyId.of("周").compareTo(PartyId.of("周")));
    assertFalse(PartyId.of("Zhou").equals(PartyId.of("zhou")));
    assertTrue(PartyId.of("a").compareTo(PartyId.of("b")) < 0);
    assertEquals("p1", PropertyId.of("p1").toString());
    assertEquals("d1", DealId.of("d1").toString());
    assertEquals(PartyId.of("wu"), PartyId.parse("deals[0].buyer", "wu"));
    assertEquals(PropertyId.of("h"), PropertyId.parse("deals[0].property", "h"));
  }

  @Test
  void blankIdsAreRejectedNamingTheField() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PartyId.of(" "));
    assertEquals("partyId", e.field());
    assertEquals(" ", e.value());
    assertEquals("partyId: must not be blank (got ' ')", e.getMessage());
    assertEquals("dealId", assertThrows(InvalidInputException.class, () -> DealId.of("")).field());
    assertEquals(
        "propertyId", assertThrows(InvalidInputException.class, () -> PropertyId.of(null)).field());
    assertEquals(
        "deals[2].buyer",
        assertThrows(InvalidInputException.class, () -> PartyId.parse("deals[2].buyer", "\t"))
            .field());
    assertEquals(
        "deals[2].property",
        assertThrows(InvalidInputException.class, () -> PropertyId.parse("deals[2].property", ""))
            .field());
    assertEquals(
        "links[0].sale",
        assertThrows(InvalidInputException.class, () -> DealId.parse("links[0].sale", null))
            .field());
    InvalidInputException padded =
        assertThrows(InvalidInputException.class, () -> PartyId.of("zhou "));
    assertTrue(padded.getMessage().contains("whitespace"));
  }

  @Test
  void partiesAndPropertiesTakeChineseNames() {
    Party zhou = Party.of("zhou", "周女士");
    assertEquals("周女士", zhou.name());
    assertEquals(PartyId.of("zhou"), zhou.id());
    assertEquals("上海市浦东新区", Property.of("p", "上海市浦东新区").address());
    assertEquals(
        "party.name", assertThrows(InvalidInputException.class, () -> Party.of("x", " ")).field());
    assertEquals(
        "property.address",
        assertThrows(InvalidInputException.class, () -> Property.of("x", "")).field());
  }

  @Test
  void arrearsCountBothEndMonths() {
    FeeArrears one =
        FeeArrears.monthly("物业", YearMonth.of(2020, 1), YearMonth.of(2020, 1), Money.ofYuan(100));
    assertEquals(1, one.months());
    assertEquals(Money.ofYuan(100), one.total());
    FeeArrears dai =
        FeeArrears.monthly(
            "物业", YearMonth.of(2005, 2), YearMonth.of(2014, 7), Money.parse("560.00"));
    assertEquals(114, dai.months());
    assertEquals(Money.parse("63840.00"), dai.total());
  }

  @Test
  void badArrearsAreRejected() {
    YearMonth jan = YearMonth.of(2020, 1);
    YearMonth feb = YearMonth.of(2020, 2);
    InvalidInputException backwards =
        assertThrows(
            InvalidInputException.class, () -> FeeArrears.monthly("物业", feb, jan, Money.ofYuan(1)));
    assertEquals("arrears.to", backwards.field());
    assertEquals("2020-01", backwards.value());
    assertEquals(
        "arrears.to",
        assertThrows(
                InvalidInputException.class, () -> FeeArrears.ofTotal("物业", feb, jan, Money.ZERO))
            .field());
    assertEquals(
        "arrears.monthly",
        assertThrows(
                InvalidInputException.class,
                () -> FeeArrears.monthly("物业", jan, feb, Money.ofFen(-1)))
            .field());
    assertEquals(
        "arrears.total",
        assertThrows(
                InvalidInputException.class,
                () -> FeeArrears.ofTotal("物业", jan, feb, Money.ofFen(-1)))
            .field());
    assertEquals(
        "arrears.creditor",
        assertThrows(
                InvalidInputException.class, () -> FeeArrears.ofTotal(" ", jan, feb, Money.ZERO))
            .field());
  }

  @Test
  void titleReportsKnowTheirEncumbrances() {
    TitleReport clean = TitleReport.clean(DAY, List.of(PartyId.of("a")));
    assertFalse(clean.isSeized());
    assertEquals(Money.ZERO, clean.totalArrears());

    Mortgage mortgage = new Mortgage("工商银行", Money.ofYuan(1_000_000));
    TitleReport report =
        new TitleReport(
            DAY,
            List.of(PartyId.of("a"), PartyId.of("b")),
            List.of(
                mortgage,
                new Seizure("法院", DAY.minusDays(1)),
                new Lease("租客", DAY.plusYears(1)),
                new ResidenceRight("老人")),
            List.of(
                FeeArrears.ofTotal(
                    "物业", YearMonth.of(2020, 1), YearMonth.of(2020, 2), Money.ofYuan(300)),
                FeeArrears.ofTotal(
                    "水电", YearMonth.of(2020, 1), YearMonth.of(2020, 2), Money.ofYuan(50))));
    assertTrue(report.isSeized());
    assertEquals(List.of(mortgage), report.encumbrancesOf(Mortgage.class));
    assertEquals(1, report.encumbrancesOf(Lease.class).size());
    assertEquals(Money.ofYuan(350), report.totalArrears());
  }

  @Test
  void encumbrancesNeedTheirFacts() {
    assertEquals(
        "seizure.court",
        assertThrows(InvalidInputException.class, () -> new Seizure(" ", DAY)).field());
    assertEquals(
        "mortgage.outstanding",
        assertThrows(InvalidInputException.class, () -> new Mortgage("bank", Money.ofFen(-1)))
            .field());
    assertEquals(
        "mortgage.lender",
        assertThrows(InvalidInputException.class, () -> new Mortgage("", Money.ZERO)).field());
    assertEquals(
        "lease.tenant",
        assertThrows(InvalidInputException.class, () -> new Lease(null, DAY)).field());
    assertEquals(
        "residenceRight.holder",
        assertThrows(InvalidInputException.class, () -> new ResidenceRight("")).field());
  }
}
