// Stable ids for why an item or a service is left out of a quote, shared by the quote answer and
// the cart check so that a page sees one vocabulary.
#pragma once

#include "core/shipping/quote.hpp"

namespace od {

// "cannot-ship-to", "cannot-ship-by", "class-not-carried", "no-box-fits".
const char* exclusion_id(ItemExclusion reason);

// "over-weight-limit", "over-subtotal-limit", "over-item-limit", "parcel-over-weight-limit",
// "over-limit".
const char* over_limit_id(ChargeKind kind);

}  // namespace od
