#include <set>

#include "api/config/sections.hpp"

namespace od::api::config {
namespace {

// Reports every id that appears twice in a list, at the later occurrence.
template <typename T>
void check_unique(const std::vector<T>& list, std::string T::*field, const std::string& section,
                  std::string_view key, Errors& errors) {
  std::set<std::string> seen;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string& id = list[i].*field;
    if (id.empty()) continue;
    if (!seen.insert(id).second) {
      errors.push_back(
          {pointer_join(pointer_join(section, i), key),
           "\"" + id + "\" is used twice; each entry needs its own " + std::string(key) + "."});
    }
  }
}

}  // namespace

void check_references(const StoreConfig& config, Errors& errors) {
  check_unique(config.origins, &Origin::id, "/origins", "id", errors);
  check_unique(config.zones, &Zone::id, "/zones", "id", errors);
  check_unique(config.services, &Service::id, "/services", "id", errors);
  check_unique(config.boxes, &Box::id, "/boxes", "id", errors);
  check_unique(config.catalogue, &CatalogueItem::sku, "/catalogue", "sku", errors);
  check_unique(config.contact.channels, &ContactChannel::id, "/contact/channels", "id", errors);

  for (size_t s = 0; s < config.services.size(); ++s) {
    const Service& service = config.services[s];
    const std::string path = pointer_join("/services", s);
    if (!service.origin.empty() && !config.find_origin(service.origin)) {
      errors.push_back(
          {pointer_join(path, "origin"), "No origin has the id \"" + service.origin + "\"."});
    }
    for (size_t r = 0; r < service.rates.size(); ++r) {
      const std::string& zone = service.rates[r].zone;
      if (!zone.empty() && !config.find_zone(zone)) {
        errors.push_back({pointer_join(pointer_join(pointer_join(path, "rates"), r), "zone"),
                          "No zone has the id \"" + zone + "\"."});
      }
    }
  }
  for (size_t i = 0; i < config.catalogue.size(); ++i) {
    const CatalogueItem& item = config.catalogue[i];
    const std::string path = pointer_join("/catalogue", i);
    for (size_t k = 0; k < item.cannot_ship_by.size(); ++k) {
      if (!config.find_service(item.cannot_ship_by[k])) {
        errors.push_back({pointer_join(pointer_join(path, "cannotShipBy"), k),
                          "No service has the id \"" + item.cannot_ship_by[k] + "\"."});
      }
    }
  }
}

}  // namespace od::api::config
