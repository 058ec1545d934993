#include "core/config/store_config.hpp"

namespace od {
namespace {

template <typename T>
const T* find_by(const std::vector<T>& list, const std::string& key, std::string T::*field) {
  for (const auto& entry : list) {
    if (entry.*field == key) return &entry;
  }
  return nullptr;
}

}  // namespace

const std::string& LocalizedText::in(const std::string& language) const {
  static const std::string kEmpty;
  if (by_language.empty()) return kEmpty;
  for (const auto& [lang, text] : by_language) {
    if (lang == language) return text;
  }
  const std::string primary = language.substr(0, language.find('-'));
  for (const auto& [lang, text] : by_language) {
    if (lang == primary) return text;
  }
  return by_language.front().second;
}

const ServiceRate* Service::rate_for_zone(const std::string& zone_id) const {
  return find_by(rates, zone_id, &ServiceRate::zone);
}

const Origin* StoreConfig::find_origin(const std::string& id) const {
  return find_by(origins, id, &Origin::id);
}
const Zone* StoreConfig::find_zone(const std::string& id) const {
  return find_by(zones, id, &Zone::id);
}
const Service* StoreConfig::find_service(const std::string& id) const {
  return find_by(services, id, &Service::id);
}
const CatalogueItem* StoreConfig::find_item(const std::string& sku) const {
  return find_by(catalogue, sku, &CatalogueItem::sku);
}

}  // namespace od
