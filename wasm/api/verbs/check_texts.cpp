#include "api/verbs/check_texts.hpp"
#include "api/verbs/promise_json.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace od::api::checks {
namespace {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Info:
      return "info";
    case Severity::Warning:
      return "warning";
    case Severity::Blocker:
      return "blocker";
  }
  return "info";
}

json value_of(const FindingField& f) {
  switch (f.kind) {
    case FindingField::Kind::Text:
      return f.text;
    case FindingField::Kind::Flag:
      return f.number != 0;
    case FindingField::Kind::Number:
      break;
  }
  return f.number;
}

json object_of(const FindingFields& fields) {
  json out = json::object();
  for (const FindingField& f : fields) out[f.name] = value_of(f);
  return out;
}

std::string item_name(const StoreConfig& config, const std::string& sku,
                      const std::string& language) {
  const CatalogueItem* item = config.find_item(sku);
  return item && !item->name.empty() ? item->name.in(language) : sku;
}

std::string service_name(const StoreConfig& config, const std::string& id,
                         const std::string& language) {
  const Service* s = config.find_service(id);
  return s && !s->name.empty() ? s->name.in(language) : id;
}

std::string zone_name(const StoreConfig& config, const std::string& id,
                      const std::string& language) {
  const Zone* z = config.find_zone(id);
  return z && !z->name.empty() ? z->name.in(language) : id;
}

std::string count(int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Basis points as "31.5 %".
std::string percent_text(int64_t bp) {
  std::string text = std::to_string(bp / 100);
  int64_t rest = bp % 100;
  if (rest != 0) {
    text += '.';
    text += static_cast<char>('0' + rest / 10);
    if (rest % 10) text += static_cast<char>('0' + rest % 10);
  }
  return text + " %";
}

std::string reason_text(const std::string& reason) {
  if (reason == "cannot-ship-to") return "the store does not send it there";
  if (reason == "cannot-ship-by") return "no delivery option that goes there takes it";
  if (reason == "class-not-carried") return "the carrier does not take items of its kind";
  if (reason == "no-box-fits") return "it is too large or too heavy for the store's boxes";
  return "it cannot travel with any option";
}

FindingTexts shopper_texts(const Finding& f, const StoreConfig& config, const std::string& lang) {
  const StoreInfo& store = config.store;
  FindingTexts t;
  const std::string& id = f.id;
  if (id == "free-shipping-gap") {
    t.message = "Add " + money_text(f.number("remaining"), store) + " more for free delivery.";
  } else if (id == "cannot-ship") {
    const std::string reason = f.text("reason");
    const std::string country = f.text("country");
    if (f.text("scope") == "item") {
      t.message = item_name(config, f.text("sku"), lang) + " cannot be delivered to " + country +
                  ": " + reason_text(reason) + ".";
    } else if (reason == "destination-not-served") {
      t.message = "This store does not deliver to " + country + " yet.";
      if (f.field("postcodeMayHelp")) t.message += " Enter your postcode to check again.";
    } else if (reason == "too-many-to-pack") {
      t.message = "This cart is too large to send as one order; please split it.";
    } else {
      t.message = "This order is over what " + service_name(config, f.text("service"), lang) +
                  " can take to " + country + "; please split it into smaller orders.";
    }
  } else if (id == "over-stock") {
    const std::string name = item_name(config, f.text("sku"), lang);
    const int64_t available = f.number("available");
    if (f.text("reason") == "limit") {
      t.message = "You can order at most " + std::to_string(available) + " of " + name + ".";
    } else if (available == 0) {
      t.message = name + " is out of stock.";
    } else {
      t.message = "Only " + std::to_string(available) + " of " + name + " are in stock.";
    }
  } else if (id == "needed-by-missed") {
    t.message = service_name(config, f.text("service"), lang) + " arrives by " +
                spoken_day(f.text("promisedBy")) + ", after " + spoken_day(f.text("neededBy")) +
                " when you need it.";
    if (f.field("fasterService")) {
      t.message += " " + service_name(config, f.text("fasterService"), lang) + " arrives by " +
                   spoken_day(f.text("fasterBy")) + ".";
    }
  } else if (id == "backorder-delay") {
    const int64_t days = f.number("delayDays");
    t.message = item_name(config, f.text("sku"), lang) + " holds your order back by " +
                std::to_string(days) + (days == 1 ? " day" : " days") + ": everything arrives by " +
                spoken_day(f.text("promisedBy")) + ".";
    if (f.number("splitShipments")) {
      t.message +=
          " We can send the rest first, to arrive by " + spoken_day(f.text("withoutItBy")) + ".";
    }
  } else if (id == "shipping-share-high") {
    t.message = "Delivery (" + money_text(f.number("shipping"), store) + ") is " +
                (f.field("shareBasisPoints")
                     ? percent_text(f.number("shareBasisPoints")) + " of your items' total"
                     : "more than your items' total") +
                ".";
    if (f.field("cheaperService")) {
      const int64_t cheaper = f.number("cheaperShipping");
      t.message += " " + service_name(config, f.text("cheaperService"), lang) +
                   (cheaper == 0 ? " is free." : " costs " + money_text(cheaper, store) + ".");
    }
  } else if (id == "duties-on-arrival") {
    t.message =
        "Deliveries to " + f.text("country") + " may be charged import duties or taxes on arrival.";
  } else if (id == "returns-summary") {
    const ReturnsPolicy& r = config.returns;
    if (!r.summary.empty()) {
      t.message = r.summary.in(lang);
    } else {
      t.message = "Returns accepted within " + count(r.days, "day", "days");
      switch (r.cost) {
        case ReturnCost::Free:
          t.message += ", free of charge.";
          break;
        case ReturnCost::Shopper:
          t.message += "; return postage is yours to pay.";
          break;
        case ReturnCost::Fixed:
          t.message += " for " + money_text(r.cost_amount, store) + ".";
          break;
        case ReturnCost::Unstated:
          t.message += ".";
          break;
      }
    }
  }
  return t;
}

FindingTexts audit_texts(const Finding& f, const StoreConfig& config, const std::string& lang) {
  const StoreInfo& store = config.store;
  FindingTexts t;
  const std::string& id = f.id;
  if (id == "per-item-overcharge") {
    const std::string service = service_name(config, f.text("service"), lang);
    const std::string zone = zone_name(config, f.text("zone"), lang);
    const int64_t units = f.number("units");
    const int64_t parcels = f.number("parcels");
    t.message = service + " to " + zone + " charges " + money_text(f.number("overcharge"), store) +
                " more for " + count(units, "unit", "units") + " of " +
                item_name(config, f.text("sku"), lang) + " than the " +
                count(parcels, "parcel", "parcels") + " they ship in.";
    t.evidence = count(units, "unit packs", "units pack") + " into " +
                 count(parcels, "parcel", "parcels") + ": the rate charges " +
                 money_text(f.number("charged"), store) + ", priced by parcel it is " +
                 money_text(f.number("perParcel"), store) + ". " +
                 count(f.number("itemsAffected"), "catalogue item is", "catalogue items are") +
                 " charged more than their parcels.";
    if (f.field("first") && f.number("capped") == 0) {
      t.fix = "Replace the per-item rule at " + f.path +
              " with a price per parcel, such as {\"kind\": \"perParcel\", \"tiers\": "
              "[{\"upTo\": " +
              std::to_string(f.number("parcelUpTo")) +
              ", \"amount\": " + std::to_string(f.number("first")) +
              "}]}, or add a \"cap\" to it so a cart never pays more than its parcels cost you.";
    } else {
      t.fix = "Charge by weight or by parcel instead of by unit at " + f.path +
              ", or lower the cap, so a cart pays for the parcels it needs.";
    }
  } else if (id == "uncovered-destination") {
    const std::string country = f.text("country");
    t.message = "The store sells to " + country + " but no delivery option goes there.";
    t.evidence = f.text("reason") == "no-zone"
                     ? "No zone includes " + country + "."
                     : "A zone includes " + country + ", but no service has a rate for it.";
    t.fix = "Add " + country +
            " to a zone and give a service a rate for that zone, or remove it from "
            "store.sellsTo.";
  } else if (id == "item-fits-no-box") {
    const std::string name = item_name(config, f.text("sku"), lang);
    t.message = name + " fits none of the store's boxes, so it cannot be shipped.";
    t.evidence = name + " measures " + std::to_string(f.number("width")) + " x " +
                 std::to_string(f.number("length")) + " x " + std::to_string(f.number("depth")) +
                 " mm and weighs " + std::to_string(f.number("weight")) +
                 " g; the boxes hold at most " + std::to_string(f.number("heaviestLoad")) + " g.";
    t.fix =
        "Add a box large enough for it, or mark it \"ownPackaging\": true if it ships as it is.";
  } else if (id == "speed-without-date") {
    const std::string service = service_name(config, f.text("service"), lang);
    t.message = service + " to " + zone_name(config, f.text("zone"), lang) +
                " cannot show a delivery date.";
    t.evidence = "The rate at " + f.path + " has no transit days.";
    t.fix =
        "Add \"transitDays\": {\"min\": ..., \"max\": ...} to the rate, from the carrier's "
        "stated times or from `overdeliver calibrate` on past shipments.";
  } else if (id == "no-returns-policy") {
    t.message = "The store states no returns policy.";
    t.evidence = "The configuration has no \"returns\" section, so shoppers see no returns terms.";
    t.fix =
        "Add \"returns\": {\"days\": 30, \"cost\": \"free\", \"url\": \"/returns\"} with your "
        "own terms.";
  } else if (id == "return-costs-unstated") {
    t.message = "The returns policy does not say who pays for returns.";
    t.evidence = "returns.cost is not set.";
    t.fix =
        "Set \"returns\": {\"cost\": \"free\" | \"shopper\" | \"fixed\"} (with \"costAmount\" "
        "for a fixed cost).";
  } else if (id == "slow-reply-promise") {
    const std::string channel = f.text("channel");
    t.message = "The " + channel + " channel promises replies in more than one business day.";
    t.evidence = "It promises " + std::to_string(f.number("amount")) + " " + f.text("unit") + " (" +
                 std::to_string(f.number("promiseMinutes")) +
                 " minutes); a business day "
                 "there is " +
                 std::to_string(f.number("businessDayMinutes")) + " minutes.";
    t.fix =
        "Promise a reply within one business day (for example \"reply\": {\"businessHours\": "
        "8}) and staff the channel to keep it.";
  } else if (id == "no-human-channel") {
    t.message = "No contact channel is answered by a person.";
    t.evidence = f.number("channels") == 0
                     ? std::string("The configuration lists no contact channels.")
                     : count(f.number("channels"), "channel is", "channels are") +
                           " marked \"human\": false.";
    t.fix = "Offer at least one channel answered by a person (e-mail or phone, \"human\": true).";
  } else if (id == "promise-tighter-than-history") {
    const bool handling = f.text("part") == "handling";
    const std::string what = handling ? "Handling at " + f.text("origin")
                                      : service_name(config, f.text("service"), lang) + " to " +
                                            zone_name(config, f.text("zone"), lang);
    const std::string late = percent_text(f.number("lateBasisPoints"));
    t.message = what + " promises " +
                count(f.number("configuredDays"), "business day", "business days") +
                "; past shipments needed " + std::to_string(f.number("historyDays")) + ", and " +
                late + " of them would have been late.";
    t.evidence = std::to_string(f.number("late")) + " of " + std::to_string(f.number("shipments")) +
                 " past shipments took longer than " +
                 count(f.number("configuredDays"), "business day", "business days") +
                 (handling ? " to dispatch." : " in transit.");
    t.fix = "Set " + f.path + " to " + std::to_string(f.number("historyDays")) +
            " (see `overdeliver calibrate` for every lane), or speed up " +
            (handling ? "dispatch." : "delivery with the carrier.");
  } else if (id == "no-contact-hours") {
    t.message = "Some contact channels state no hours.";
    std::string names;
    for (const FindingFields& row : f.rows) {
      if (!names.empty()) names += ", ";
      names += row.front().text;
    }
    t.evidence = "No hours for: " + names + ".";
    t.fix =
        "Add \"hours\" (or \"alwaysOpen\": true) to each channel so shoppers know when a "
        "person is there.";
  }
  return t;
}

// The store's names, in the request's language, of the items, services and zones a finding's
// data or action refers to: {"items": {sku: name}, "services": {...}, "zones": {...}}, so a page
// can phrase the finding in its own language with the same names.
json names_of(const Finding& f, const StoreConfig& config, const std::string& lang) {
  json names = json::object();
  auto add = [&](const FindingFields& fields) {
    for (const FindingField& field : fields) {
      if (field.kind != FindingField::Kind::Text) continue;
      const std::string& n = field.name;
      if (n == "sku") {
        names["items"][field.text] = item_name(config, field.text, lang);
      } else if (n == "service" || n == "fasterService" || n == "cheaperService") {
        names["services"][field.text] = service_name(config, field.text, lang);
      } else if (n == "zone") {
        names["zones"][field.text] = zone_name(config, field.text, lang);
      }
    }
  };
  add(f.data);
  add(f.action_data);
  return names;
}

// The words on the action's button.
std::string action_label(const Finding& f, const StoreConfig& config, const std::string& lang) {
  if (f.action == "add-to-cart")
    return "Add " + money_text(f.number("remaining"), config.store) + " for free delivery";
  if (f.action == "switch-service") {
    const std::string& to = f.action_data.empty() ? std::string() : f.action_data.front().text;
    return "Switch to " + service_name(config, to, lang);
  }
  if (f.action == "split-shipment") return "Send the rest first";
  if (f.action == "remove-item") return "Remove " + item_name(config, f.text("sku"), lang);
  if (f.action == "set-quantity") return "Change to " + std::to_string(f.number("available"));
  if (f.action == "open-returns-policy") return "Returns policy";
  return f.action;
}

}  // namespace

std::string money_text(int64_t minor, const StoreInfo& store) {
  const int digits = store.currency_digits;
  const bool negative = minor < 0;
  uint64_t abs = negative ? 0 - static_cast<uint64_t>(minor) : static_cast<uint64_t>(minor);
  std::string text = std::to_string(abs);
  if (digits > 0) {
    if (text.size() <= static_cast<size_t>(digits)) text.insert(0, digits + 1 - text.size(), '0');
    text.insert(text.size() - digits, ".");
  }
  std::string symbol;
  if (store.currency == "GBP")
    symbol = "£";
  else if (store.currency == "EUR")
    symbol = "€";
  else if (store.currency == "USD")
    symbol = "$";
  else
    symbol = store.currency + " ";
  return (negative ? "-" : "") + symbol + text;
}

FindingTexts texts_of(const Finding& finding, const StoreConfig& config,
                      const std::string& language) {
  FindingTexts t = shopper_texts(finding, config, language);
  if (t.message.empty()) t = audit_texts(finding, config, language);
  if (t.message.empty()) t.message = finding.id;
  return t;
}

json finding_json(const Finding& finding, const StoreConfig& config, const std::string& language,
                  bool audit) {
  const FindingTexts t = texts_of(finding, config, language);
  json out = {
      {"id", finding.id}, {"severity", severity_name(finding.severity)}, {"message", t.message}};
  json data = object_of(finding.data);
  if (!finding.rows_name.empty()) {
    json rows = json::array();
    for (const FindingFields& row : finding.rows) rows.push_back(object_of(row));
    data[finding.rows_name] = std::move(rows);
  }
  out["data"] = std::move(data);
  json names = names_of(finding, config, language);
  if (!names.empty()) out["names"] = std::move(names);
  if (finding.id == "returns-summary" && !config.returns.summary.empty())
    out["storeWritten"] = true;
  if (!finding.action.empty()) {
    json action = {{"kind", finding.action}, {"label", action_label(finding, config, language)}};
    for (const FindingField& f : finding.action_data) action[f.name] = value_of(f);
    out["action"] = std::move(action);
  }
  if (audit) {
    out["path"] = finding.path;
    out["evidence"] = t.evidence;
    out["fix"] = t.fix;
  }
  return out;
}

}  // namespace od::api::checks
