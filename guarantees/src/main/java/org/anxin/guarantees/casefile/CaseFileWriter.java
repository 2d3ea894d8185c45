package org.anxin.guarantees.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anxin.domain.Encumbrance;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.Money;
import org.anxin.domain.Party;
import org.anxin.domain.PartyId;
import org.anxin.domain.Property;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.ContractTerms;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealKind;
import org.anxin.domain.deal.Share;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.Fault;

/**
 * Writes a case in the file format {@link CaseFileReader} reads, so that writing and reading back
 * gives an equal case. Amounts are written as decimal numbers with two places, dates as {@code
 * YYYY-MM-DD}, enumerations by their case-file names.
 */
final class CaseFileWriter {

  private static final ObjectMapper YAML =
      YAMLMapper.builder(YAMLFactory.builder().stringQuotingChecker(new TextStaysText()).build())
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private CaseFileWriter() {}

  /**
   * Quotes every text a YAML reader could take for something else: besides Jackson's own rules,
   * anything that starts like a number (1e3, 0x1F, +5, .5) or is one of YAML 1.1's words for true,
   * false and null. Dates and months stay plain: they are read back as text.
   */
  private static final class TextStaysText extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    private static final Pattern WORD =
        Pattern.compile("(?i)y|n|yes|no|on|off|true|false|null|~|=|<<");

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || ambiguous(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || ambiguous(value);
    }

    private static boolean ambiguous(String text) {
      if (text.isEmpty()) {
        return true;
      }
      if (DATE.matcher(text).matches()) {
        return false;
      }
      char first = text.charAt(0);
      return Character.isDigit(first)
          || first == '+'
          || first == '-'
          || first == '.'
          || WORD.matcher(text).matches()
          || !text.strip().equals(text);
    }
  }

  static String write(CaseFile file, CaseFormat format) {
    ObjectNode root = JSON.createObjectNode();
    root.put("case", file.id());
    if (!file.title().isEmpty()) {
      root.put("title", file.title());
    }
    ArrayNode parties = root.putArray("parties");
    for (Party p : file.parties()) {
      parties.addObject().put("id", p.id().value()).put("name", p.name());
    }
    ArrayNode properties = root.putArray("properties");
    for (Property p : file.properties()) {
      properties.addObject().put("id", p.id().value()).put("address", p.address());
    }
    ArrayNode deals = root.putArray("deals");
    file.deals().forEach(d -> deal(deals.addObject(), d));
    if (!file.fundingLinks().isEmpty()) {
      ArrayNode links = root.putArray("fundingLinks");
      for (FundingLink link : file.fundingLinks()) {
        links
            .addObject()
            .put("fundingSale", link.fundingSale().value())
            .put("purchase", link.purchase().value())
            .put("resaleWindow", link.resaleWindow().toString());
      }
    }
    if (!file.filings().isEmpty()) {
      ArrayNode filings = root.putArray("filings");
      file.filings().forEach(f -> filing(filings.addObject(), f));
    }
    try {
      String text = (format == CaseFormat.JSON ? JSON : YAML).writeValueAsString(root);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deal(ObjectNode node, CaseDeal caseDeal) {
    Deal deal = caseDeal.deal();
    node.put("id", deal.id().value());
    node.put("kind", Names.id(deal.kind()));
    node.put("property", deal.property().value());
    if (deal.kind() == DealKind.RENTAL) {
      node.put("tenant", deal.buyers().get(0).value());
      node.put("landlord", deal.sellers().get(0).value());
      node.put("rent", amount(deal.price()));
    } else {
      parties(node.putArray("buyers"), deal.buyers());
      parties(node.putArray("sellers"), deal.sellers());
      node.put("price", amount(deal.price()));
    }
    node.put("brokeredByUs", deal.brokeredByUs());
    ContractTerms terms = deal.terms();
    if (terms.loanClause() || !terms.faultOverrides().isEmpty() || caseDeal.holdbackStated()) {
      ObjectNode t = node.putObject("terms");
      if (terms.loanClause()) {
        t.put("loanClause", true);
      }
      if (!terms.faultOverrides().isEmpty()) {
        ObjectNode overrides = t.putObject("faultOverrides");
        for (Map.Entry<CancellationCause, Fault> e : terms.faultOverrides().entrySet()) {
          overrides.put(Names.id(e.getKey()), Names.id(e.getValue()));
        }
      }
      if (caseDeal.holdbackStated()) {
        t.put("handoverHoldback", amount(terms.handoverHoldback()));
      }
    }
    if (!caseDeal.events().isEmpty()) {
      ArrayNode events = node.putArray("events");
      caseDeal.events().forEach(e -> event(events.addObject(), e));
    }
  }

  private static void event(ObjectNode node, DealEvent event) {
    node.put("date", event.date().toString());
    node.put("type", EventType.of(event).id());
    event.accept(new EventFields(node));
  }

  /**
   * Writes each type of event's own fields after its date and type. A visitor, so that a new event
   * type does not compile until it is written here.
   */
  private static final class EventFields implements DealEvent.Visitor<Void> {
    private final ObjectNode node;

    EventFields(ObjectNode node) {
      this.node = node;
    }

    @Override
    public Void visit(DealEvent.IntentMoneyPaid e) {
      node.put("payer", e.payer().value());
      node.put("holder", e.holder().value());
      node.put("amount", amount(e.amount()));
      return null;
    }

    @Override
    public Void visit(DealEvent.DepositPaid e) {
      if (e.kind() != DepositKind.EARNEST) {
        node.put("kind", Names.id(e.kind()));
      }
      node.put("payer", e.payer().value());
      ArrayNode shares = node.putArray("shares");
      for (Share s : e.shares()) {
        shares.addObject().put("holder", s.holder().value()).put("amount", amount(s.amount()));
      }
      node.put("signingDeadline", e.signingDeadline().toString());
      return null;
    }

    @Override
    public Void visit(DealEvent.SigningPostponed e) {
      node.put("newDeadline", e.newDeadline().toString());
      return null;
    }

    @Override
    public Void visit(DealEvent.TitleSearched e) {
      parties(node.putArray("owners"), e.report().owners());
      if (!e.report().encumbrances().isEmpty()) {
        ArrayNode list = node.putArray("encumbrances");
        e.report().encumbrances().forEach(x -> encumbrance(list.addObject(), x));
      }
      if (!e.report().feeArrears().isEmpty()) {
        ArrayNode list = node.putArray("feeArrears");
        e.report().feeArrears().forEach(a -> arrears(list.addObject(), a));
      }
      return null;
    }

    @Override
    public Void visit(DealEvent.ContractSigned e) {
      return null; // a date and a type only
    }

    @Override
    public Void visit(DealEvent.LoanApproved e) {
      return null; // a date and a type only
    }

    @Override
    public Void visit(DealEvent.LoanRefused e) {
      return null; // a date and a type only
    }

    @Override
    public Void visit(DealEvent.TitleTransferred e) {
      return null; // a date and a type only
    }

    @Override
    public Void visit(DealEvent.HandedOver e) {
      return null; // a date and a type only
    }

    @Override
    public Void visit(DealEvent.ArrearsClaimed e) {
      arrears(node, e.arrears());
      return null;
    }

    @Override
    public Void visit(DealEvent.LeaseSigned e) {
      node.put("tenant", e.tenant().value());
      node.put("landlord", e.landlord().value());
      node.put("securityDeposit", amount(e.securityDeposit()));
      return null;
    }

    @Override
    public Void visit(DealEvent.MovedIn e) {
      return null; // a date and a type only
    }

    @Override
    public Void visit(DealEvent.MovedOut e) {
      return null; // a date and a type only
    }

    @Override
    public Void visit(DealEvent.SecurityDepositReturned e) {
      node.put("amount", amount(e.amount()));
      return null;
    }

    @Override
    public Void visit(DealEvent.SecurityDepositWithheld e) {
      node.put("amount", amount(e.amount()));
      node.put("reason", e.reason());
      return null;
    }

    @Override
    public Void visit(DealEvent.Cancelled e) {
      node.put("cause", Names.id(e.cause()));
      e.fault().ifPresent(f -> node.put("fault", Names.id(f)));
      if (e.cause() == CancellationCause.MUTUAL_AGREEMENT || !e.agreedReturns().isEmpty()) {
        ObjectNode returns = node.putObject("agreedReturns");
        e.agreedReturns().forEach((holder, a) -> returns.put(holder.value(), amount(a)));
      }
      return null;
    }

    @Override
    public Void visit(DealEvent.RefundPaid e) {
      node.put("from", e.from().value());
      node.put("to", e.to().value());
      node.put("amount", amount(e.amount()));
      return null;
    }

    @Override
    public Void visit(DealEvent.RefundPromised e) {
      node.put("from", e.from().value());
      node.put("to", e.to().value());
      node.put("amount", amount(e.amount()));
      node.put("due", e.due().toString());
      return null;
    }

    @Override
    public Void visit(DealEvent.Resold e) {
      return null; // a date and a type only
    }
  }

  private static void encumbrance(ObjectNode node, Encumbrance encumbrance) {
    if (encumbrance instanceof Encumbrance.Seizure s) {
      node.put("type", "seizure").put("court", s.court()).put("since", s.since().toString());
    } else if (encumbrance instanceof Encumbrance.Mortgage m) {
      node.put("type", "mortgage").put("lender", m.lender());
      node.put("outstanding", amount(m.outstanding()));
    } else if (encumbrance instanceof Encumbrance.Lease l) {
      node.put("type", "lease").put("tenant", l.tenant()).put("until", l.until().toString());
    } else if (encumbrance instanceof Encumbrance.ResidenceRight r) {
      node.put("type", "residence-right").put("holder", r.holder());
    }
  }

  private static void arrears(ObjectNode node, FeeArrears arrears) {
    node.put("creditor", arrears.creditor());
    node.put("from", arrears.from().toString());
    node.put("to", arrears.to().toString());
    node.put("total", amount(arrears.total()));
  }

  private static void filing(ObjectNode node, Filing filing) {
    node.put("date", filing.date().toString());
    node.put("guarantee", filing.guarantee().name());
    node.put("deal", filing.deal().value());
    filing.claimant().ifPresent(c -> node.put("claimant", c.value()));
    if (!filing.facts().values().isEmpty()) {
      ObjectNode facts = node.putObject("facts");
      for (Map.Entry<Fact, Object> e : filing.facts().values().entrySet()) {
        String key = e.getKey().id();
        Object value = e.getValue();
        if (value instanceof Money m) {
          facts.put(key, amount(m));
        } else if (value instanceof LocalDate d) {
          facts.put(key, d.toString());
        } else if (value instanceof Long n) {
          facts.put(key, n);
        } else if (value instanceof Boolean b) {
          facts.put(key, b);
        }
      }
    }
  }

  private static void parties(ArrayNode node, List<PartyId> parties) {
    parties.forEach(p -> node.add(p.value()));
  }

  /** Yuan as a decimal number with two places: exact, and read back exactly. */
  private static BigDecimal amount(Money money) {
    return BigDecimal.valueOf(money.fen(), 2);
  }
}
