// Store configuration JSON -> StoreConfig, reporting every problem at once with its JSON Pointer.
#pragma once

#include "api/errors.hpp"
#include "api/json_reader.hpp"
#include "core/config/store_config.hpp"

namespace od::api {

// Always returns a (possibly partial) configuration; it is usable only when `errors` is empty.
StoreConfig parse_store_config(const json& document, Errors& errors);

}  // namespace od::api
