#include "api/config/sections.hpp"
#include "core/money/currency.hpp"

namespace od::api::config {

void parse_store(const json& v, const std::string& path, Errors& errors, StoreInfo& out) {
  ObjectReader r(v, path, errors);
  if (!r.ok()) return;
  if (auto name = r.localized("name", Need::Required)) out.name = *name;
  if (auto currency = r.text("currency", Need::Required, "a currency code such as \"GBP\"")) {
    if (auto digits = currency_digits(*currency)) {
      out.currency = *currency;
      out.currency_digits = *digits;
    } else {
      errors.push_back({r.path_of("currency"),
                        "\"" + *currency +
                            "\" is not an ISO 4217 currency code (three capital letters, such as "
                            "\"GBP\", \"EUR\" or \"JPY\")."});
    }
  }
  if (auto locale = r.text("locale", Need::Optional, "a locale such as \"en-GB\"")) {
    out.locale = *locale;
  } else {
    out.locale = "en";
  }
  if (const json* tz = r.get("timeZone", Need::Required)) {
    if (auto zone = read_time_zone(*tz, r.path_of("timeZone"), errors)) out.time_zone = *zone;
  }
  if (const json* c = r.get("country", Need::Required)) {
    if (auto country = read_country(*c, r.path_of("country"), errors)) out.country = *country;
  }
  r.list("sellsTo", Need::Optional, [&](const json& e, const std::string& p) {
    if (auto country = read_country(e, p, errors)) out.sells_to.push_back(*country);
  });
  out.languages = r.text_list("languages", Need::Optional, "a language code such as \"en\"");
}

void parse_promise(const json& v, const std::string& path, Errors& errors, PromiseSettings& out) {
  ObjectReader r(v, path, errors);
  if (!r.ok()) return;
  if (auto c = r.number("confidence", Need::Optional, 0.5, 0.999, "a share of orders")) {
    out.confidence = *c;
  }
  if (auto split = r.flag("splitShipments", Need::Optional)) out.split_shipments = *split;
}

void parse_checks(const json& v, const std::string& path, Errors& errors, CheckSettings& out) {
  ObjectReader r(v, path, errors);
  if (!r.ok()) return;
  if (auto reach = r.integer("freeShippingReach", Need::Optional, 0, 1'000'000'000,
                             "minor currency units")) {
    out.free_shipping_reach = *reach;
  }
  if (auto share = r.number("shippingShareWarning", Need::Optional, 1, 100, "a percentage")) {
    out.shipping_share_warn_bp = static_cast<int32_t>(*share * 100 + 0.5);
  }
}

}  // namespace od::api::config
