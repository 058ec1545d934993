#include "core/shipping/item_exclusions.hpp"

#include <algorithm>

namespace od {
namespace {

bool listed(const std::vector<std::string>& list, const std::string& value) {
  return !value.empty() && std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::optional<ItemExclusion> exclusion_for(const CartLine& line, const Zone& zone,
                                           const Destination& destination, const Service& service) {
  if (line.item) {
    if (listed(line.item->cannot_ship_to, zone.id) ||
        listed(line.item->cannot_ship_to, destination.country)) {
      return ItemExclusion::CannotShipToZone;
    }
    if (listed(line.item->cannot_ship_by, service.id)) return ItemExclusion::CannotShipByService;
  }
  if (listed(service.excluded_classes, line.shipping_class)) return ItemExclusion::ClassNotCarried;
  return std::nullopt;
}

}  // namespace od
