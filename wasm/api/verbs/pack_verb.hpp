// The `pack` verb: a packing request (boxes and items, see CLI.md) in, parcels with the place
// of every unit out, or every problem with the request at once. Never throws on any input.
#pragma once

#include <string>

#include "api/errors.hpp"
#include "core/config/store_config.hpp"
#include "core/packing/packing.hpp"

namespace od::api {

json pack_verb(const json& request);

// The configuration's rotation as the packer takes it.
packing::Rotation packing_rotation(Rotation rotation);

// Why a unit was left out: a stable code ("larger-than-every-box") and a sentence a store
// owner understands.
std::string unpacked_code(packing::UnpackedReason reason);
std::string unpacked_message(packing::UnpackedReason reason);

}  // namespace od::api
