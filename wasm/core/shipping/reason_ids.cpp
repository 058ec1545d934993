#include "core/shipping/reason_ids.hpp"

namespace od {

const char* exclusion_id(ItemExclusion reason) {
  switch (reason) {
    case ItemExclusion::CannotShipToZone:
      return "cannot-ship-to";
    case ItemExclusion::CannotShipByService:
      return "cannot-ship-by";
    case ItemExclusion::ClassNotCarried:
      return "class-not-carried";
    case ItemExclusion::NoBoxFits:
      return "no-box-fits";
  }
  return "excluded";
}

// Why a service cannot take the shipment, named after what was too much.
const char* over_limit_id(ChargeKind kind) {
  switch (kind) {
    case ChargeKind::WeightTier:
      return "over-weight-limit";
    case ChargeKind::SubtotalTier:
      return "over-subtotal-limit";
    case ChargeKind::ItemTier:
      return "over-item-limit";
    case ChargeKind::ParcelTier:
      return "parcel-over-weight-limit";
    default:
      return "over-limit";
  }
}

}  // namespace od
