#include "api/config/config_parser.hpp"
#include "api/config/sections.hpp"

namespace od::api {

StoreConfig parse_store_config(const json& document, Errors& errors) {
  using namespace config;
  StoreConfig out;
  ObjectReader root(document, "", errors);
  if (!root.ok()) return out;

  auto section = [&](std::string_view key, Need need, auto parse, auto& target) {
    if (const json* v = root.get(key, need)) parse(*v, root.path_of(key), errors, target);
  };
  section("store", Need::Required, parse_store, out.store);
  section("origins", Need::Required, parse_origins, out.origins);
  section("zones", Need::Required, parse_zones, out.zones);
  section("services", Need::Required, parse_services, out.services);
  section("boxes", Need::Optional, parse_boxes, out.boxes);
  section("catalogue", Need::Optional, parse_catalogue, out.catalogue);
  section("promise", Need::Optional, parse_promise, out.promise);
  section("returns", Need::Optional, parse_returns, out.returns);
  section("contact", Need::Optional, parse_contact, out.contact);
  section("checks", Need::Optional, parse_checks, out.checks);
  root.get("$schema", Need::Optional);  // editors' schema link is welcome and ignored

  for (auto& channel : out.contact.channels) {
    if (channel.time_zone.empty()) channel.time_zone = out.store.time_zone;
  }
  check_references(out, errors);
  return out;
}

}  // namespace od::api
