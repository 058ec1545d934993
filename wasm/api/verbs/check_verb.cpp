// The `check` verb: obstacles in a cart (CLI.md), as findings with id, severity, message, data
// and, where the page can help, an action.
#include "api/requests/shopper_request.hpp"
#include "api/verbs/check_texts.hpp"
#include "api/verbs/verbs.hpp"
#include "core/checks/cart_check.hpp"

namespace od::api {

json check_verb(const StoreConfig& config, const json& request) {
  Errors errors;
  CartCheckInput input;
  {
    ObjectReader r(request, "", errors);
    if (r.ok()) {
      input.shopper = read_shopper_context(r, config, Need::Optional);
      input.cart = read_cart(r, config, Need::Required);
      if (auto service = r.text("service", Need::Optional, "a service id")) {
        if (config.find_service(*service)) {
          input.service = *service;
        } else {
          errors.push_back({r.path_of("service"),
                            "\"" + *service + "\" is not one of the store's delivery services."});
        }
      }
      input.needed_by = r.date("neededBy", Need::Optional);
    }
  }
  if (!errors.empty()) return error_result(errors);
  if (input.shopper.language.empty()) input.shopper.language = config.store.locale;

  json findings = json::array();
  for (const Finding& f : check_cart(config, input)) {
    findings.push_back(checks::finding_json(f, config, input.shopper.language, false));
  }
  json out = {{"ok", true}, {"currency", config.store.currency}};
  out["findings"] = std::move(findings);
  if (!input.shopper.has_destination) out["destinationNeeded"] = true;
  return out;
}

}  // namespace od::api
