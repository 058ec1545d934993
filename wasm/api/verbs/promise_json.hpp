// A delivery promise as JSON (CLI.md): used by the promise verb and for each quote option.
#pragma once

#include "api/errors.hpp"
#include "core/cart/cart.hpp"
#include "core/promise/delivery_promise.hpp"

namespace od::api {

// null when nothing sure can be said (the widget then shows nothing).
json promise_json(const DeliveryPromise& promise, const Cart& cart, const StoreConfig& config);

// "Friday 25 December", for messages read by people ("" for a text that is not a date).
std::string spoken_day(DayNumber day);
std::string spoken_day(std::string_view iso_date);

// "no-zone", "not-by-service", "no-transit-days", "no-cutoffs", "beyond-calendar".
const char* promise_outcome_id(PromiseOutcome outcome);

}  // namespace od::api
