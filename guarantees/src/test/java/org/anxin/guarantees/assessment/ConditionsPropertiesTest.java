package org.anxin.guarantees.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import java.util.Optional;
import org.anxin.domain.Refusal;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Condition;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.payout.PayoutRules;
import org.anxin.guarantees.testing.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * Every condition, evaluated on any filing of a generated case (also one its guarantee does not
 * list: a city's catalog may attach any condition to any guarantee), answers with the condition
 * itself when it holds, or with a refusal whose field is the condition's id and whose problem says
 * why. Both answers hold a value, so no condition can silently read as met.
 */
class ConditionsPropertiesTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final PayoutRules RULES = PayoutRules.of(CATALOG);

  @Test
  void everyConditionHoldsAsItselfOrRefusesUnderItsOwnId() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              CaseFile file = RandomCases.generate(seed);
              CaseView view = new CaseView(file, file.lastDate().orElseThrow());
              for (Filing filing : view.filings()) {
                Optional<Guarantee> guarantee = CATALOG.find(filing.guarantee());
                if (guarantee.isEmpty()) {
                  continue;
                }
                ClaimContext context = new ClaimContext(view, filing, guarantee.get(), RULES);
                for (Condition condition : Condition.values()) {
                  Either<Refusal, Condition> answer = Conditions.check(condition, context);
                  if (answer.isRight()) {
                    assertEquals(condition, answer.get());
                  } else {
                    Refusal why = answer.getLeft();
                    assertEquals(condition.id(), why.field(), why::toString);
                    assertFalse(why.problem().isBlank(), why::toString);
                    assertNull(why.value(), why::toString);
                    assertTrue(why.event().isEmpty(), why::toString);
                  }
                }
              }
            });
  }
}
