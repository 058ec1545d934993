// Request kinds whose engines are not part of this build yet answer with a clear error value.
#include "api/verbs/verbs.hpp"

namespace od::api {
namespace {

json unavailable(std::string_view what) {
  return error_result({{"", std::string(what) + " is not available in this version."}});
}

}  // namespace

json promise_verb(const StoreConfig&, const json&) {
  return unavailable("Delivery promises");
}

}  // namespace od::api
